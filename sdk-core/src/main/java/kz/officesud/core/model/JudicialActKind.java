package kz.officesud.core.model;

/** The kinds of judicial act (судебный акт). */
public enum JudicialActKind {
    /** Решение. */
    DECISION("Решение"),
    /** Определение. */
    RULING("Определение"),
    /** Постановление. */
    RESOLUTION("Постановление"),
    /** Приговор. */
    VERDICT("Приговор"),
    /** Судебный приказ. */
    COURT_ORDER("Судебный приказ"),
    /** Another document of the court (иной судебный документ), such as one sent with an answer. */
    OTHER("Иной документ суда");

    private final String nameRu;

    JudicialActKind(String nameRu) {
        this.nameRu = nameRu;
    }

    public String nameRu() {
        return nameRu;
    }
}
