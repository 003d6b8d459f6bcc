package kz.officesud.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A filing in a case the court already has: a complaint against its decision, a document of the case. A case keeps
 * the number the court of first instance gave it ({@code 7594-26-00-2/1234}: court 7594); a filing names the case by
 * the number of the court it goes to, or, when it goes up to the cassation court or the Supreme Court, by its number
 * at the first instance ({@link #caseNumbering()}).
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
     * Whose number the case number is: by default the addressed court's, as for an appeal filed through the court
     * that made the decision.
     */
    default CaseNumbering caseNumbering() {
        return CaseNumbering.ADDRESSED_COURT;
    }

    /** Whose number a filing's case number is, and so which court code it must carry. */
    enum CaseNumbering {
        /**
         * The case's number at the court the filing is addressed to: the court that has the case or made the act
         * the filing challenges or asks to review (an appeal or a private complaint goes through it, a default
         * judgment or a court order is set aside by it). The number's court code is the addressed court's.
         */
        ADDRESSED_COURT,
        /**
         * The case's number at the court of first instance: the filing goes up to a court that reviews the whole
         * case (the cassation court, the Supreme Court), which knows it by the number the first instance gave. The
         * number's court code is a first-instance court's: never a republican court's (codes 60xx) nor one the court
         * directory lists at another instance.
         */
        FIRST_INSTANCE
    }

    /**
     * The builders of filings in a case.
     *
     * @param <B> the concrete builder
     */
    interface Builder<B> {
        /** The case's number ({@linkplain FiledInCase#caseNumbering() whose}: the filing type says). */
        B caseNumber(CaseNumber caseNumber);

        /** The case number written as the court writes it ({@code 7594-26-00-2/123}), parsed now. */
        default B caseNumber(String caseNumber) {
            return caseNumber(CaseNumber.parse(Objects.requireNonNull(caseNumber, "caseNumber")));
        }
    }
}
