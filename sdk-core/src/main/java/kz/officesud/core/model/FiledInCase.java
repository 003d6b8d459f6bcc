package kz.officesud.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A filing in a case the court already has: a complaint against its decision, a document of the case. The case
 * number is the case's at the court the filing is addressed to: its court code must be that court's.
 */
public interface FiledInCase {

    /** The case's number; absent only in an incomplete draft. */
    @Nullable
    CaseNumber caseNumber();

    /**
     * The builders of filings in a case.
     *
     * @param <B> the concrete builder
     */
    interface Builder<B> {
        /** The case's number at the court the filing is addressed to. */
        B caseNumber(CaseNumber caseNumber);
    }
}
