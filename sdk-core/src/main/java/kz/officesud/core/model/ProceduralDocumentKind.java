package kz.officesud.core.model;

/**
 * The kinds of document the criminal and administrative-offence sections of the court office take (the 2018 rules,
 * §10: «электронную форму заявления, жалобы, ходатайства, отзыва и других документов»).
 */
public enum ProceduralDocumentKind {
    /** Жалоба. */
    COMPLAINT("Жалоба"),
    /** Ходатайство. */
    MOTION("Ходатайство"),
    /** Отзыв. */
    RESPONSE("Отзыв"),
    /** Заявление. */
    APPLICATION("Заявление"),
    /** Другой документ. */
    OTHER("Другой документ");

    private final String nameRu;

    ProceduralDocumentKind(String nameRu) {
        this.nameRu = nameRu;
    }

    /** The kind's name in Russian. */
    public String nameRu() {
        return nameRu;
    }
}
