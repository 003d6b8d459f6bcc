package kz.officesud.core.model;

/** What a notice in the cabinet's «Уведомления» is about. */
public enum NotificationKind {
    /** The filing arrived at the courts' information system and its registration card was made (§22 of the 2018 rules). */
    ARRIVED,
    /** The filing was registered. */
    REGISTERED,
    /** The filing was refused registration, on a ground. */
    REFUSED,
    /** An event of the case's progress. */
    CASE_EVENT,
    /** A judicial act was issued: the notice links to it (§27 of the 2018 rules). */
    JUDICIAL_ACT,
    /** The court answered the filing. */
    ANSWER,
    /** The court checked the state fee's payment with the tax authority. */
    PAYMENT_CHECKED,
    /** The copies of the filing's documents were deleted after six months (§26 of the 2018 rules). */
    COPIES_DELETED
}
