package kz.officesud.core.model;

/**
 * What a file is to the filing that carries it. The court office takes one file per document, and the file
 * name identifies the document (the 2018 rules, §12); the role says which part of the filing the document
 * is, so that client and court can tell the statement from its annexes, a fee receipt or a power of attorney.
 */
public enum DocumentRole {
    /** The filing's own document: the statement of claim, the complaint, the motion, the letter. */
    STATEMENT("Заявление (жалоба, ходатайство)"),
    /** A document annexed to the statement («Приложение»). */
    ANNEX("Приложение"),
    /** The scan of a receipt for the state fee paid outside the payment gateway. */
    FEE_RECEIPT("Квитанция об оплате государственной пошлины"),
    /**
     * A power of attorney (доверенность) or another document of a representative's authority, which the court
     * reads to check that the signer may act for the account or the party (the 2014 instruction on filing through «Сот кабинеті», §37–38).
     */
    POWER_OF_ATTORNEY("Доверенность");

    private final String nameRu;

    DocumentRole(String nameRu) {
        this.nameRu = nameRu;
    }

    /** The role's name in Russian. */
    public String nameRu() {
        return nameRu;
    }
}
