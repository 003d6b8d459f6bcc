package kz.officesud.core.model;

/** The kind of civil proceedings (вид производства). */
public enum Proceedings {
    /** Исковое производство. */
    ACTION(true),
    /** Приказное производство. */
    COURT_ORDER(true),
    /** Особое исковое производство. */
    SPECIAL_ACTION(true),
    /** Особое производство (non-contentious). */
    SPECIAL(false);

    private final boolean claimAmountRequired;

    Proceedings(boolean claimAmountRequired) {
        this.claimAmountRequired = claimAmountRequired;
    }

    /** True if the form asks for the total amount of the dispute (it may be zero for a non-property claim). */
    public boolean claimAmountRequired() {
        return claimAmountRequired;
    }
}
