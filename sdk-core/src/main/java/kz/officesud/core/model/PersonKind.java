package kz.officesud.core.model;

/** Физическое лицо / юридическое лицо. */
public enum PersonKind {
    /** Физическое лицо (жеке тұлға): identified by an IIN. */
    INDIVIDUAL,
    /** Юридическое лицо (заңды тұлға): identified by a BIN. */
    LEGAL_ENTITY
}
