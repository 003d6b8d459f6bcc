package kz.officesud.core.model;

/**
 * The side of a participant in the process (сторона / участник процесса). Which sides a filing takes depends
 * on its proceedings: an action has plaintiffs and defendants, special (non-contentious) proceedings an
 * applicant and no defendant, court-order proceedings a creditor and a debtor.
 */
public enum PartySide {
    /** Истец (талапкер). */
    PLAINTIFF,
    /** Ответчик (жауапкер). */
    DEFENDANT,
    /** Другой участник процесса (процестің басқа қатысушысы). */
    OTHER_PARTICIPANT,
    /** Заявитель (арыз беруші). */
    APPLICANT,
    /** Представитель (өкіл). */
    REPRESENTATIVE,
    /** Третье лицо (үшінші тұлға). */
    THIRD_PARTY,
    /** Взыскатель (өндіріп алушы): the one who asks for a court order, in court-order proceedings. */
    CREDITOR,
    /** Должник (борышкер): the one a court order recovers from, in court-order proceedings. */
    DEBTOR
}
