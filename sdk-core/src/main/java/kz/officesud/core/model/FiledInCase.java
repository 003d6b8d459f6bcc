package kz.officesud.core.model;

import java.util.Objects;
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
     * Whether this filing must name its case: true, except where the service may open a matter the court does not
     * have yet (a complaint or motion to a first-instance court in criminal or administrative-offence proceedings).
     * A case number given is held to the addressed court all the same.
     */
    default boolean caseNumberRequired() {
        return true;
    }

    /**
     * The builders of filings in a case.
     *
     * @param <B> the concrete builder
     */
    interface Builder<B> {
        /** The case's number at the court the filing is addressed to. */
        B caseNumber(CaseNumber caseNumber);

        /** The case number written as the court writes it ({@code 7594-26-00-2/123}), parsed now. */
        default B caseNumber(String caseNumber) {
            return caseNumber(CaseNumber.parse(Objects.requireNonNull(caseNumber, "caseNumber")));
        }
    }
}
