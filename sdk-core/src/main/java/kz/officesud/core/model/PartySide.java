package kz.officesud.core.model;

/** The side of a participant in the process (сторона / участник процесса). */
public enum PartySide {
    /** Истец (талапкер). */
    PLAINTIFF,
    /** Ответчик (жауапкер). */
    DEFENDANT,
    /** Другой участник процесса. */
    OTHER_PARTICIPANT,
    /** Заявитель (арыз беруші). */
    APPLICANT,
    /** Представитель (өкіл). */
    REPRESENTATIVE,
    /** Третье лицо. */
    THIRD_PARTY
}
