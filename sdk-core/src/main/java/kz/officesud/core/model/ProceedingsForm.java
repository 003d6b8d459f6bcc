package kz.officesud.core.model;

/**
 * The form of proceedings (форма судопроизводства): which code of procedure a case is heard under. The ЭНП guide
 * (seed 003) shows it on every case as «Форма судопроизводства: [гражданское, уголовное, административное]»; the
 * 2018 rules (seed 004, §8) give criminal and administrative-offence filings their own sections.
 */
public enum ProceedingsForm {
    /** Гражданское судопроизводство (ГПК): claims, appeals and complaints in civil cases. */
    CIVIL,
    /** Уголовное судопроизводство (УПК). */
    CRIMINAL,
    /**
     * Административное судопроизводство (АППК): disputes with public bodies, heard at first instance by the
     * specialised inter-district administrative courts.
     */
    ADMINISTRATIVE,
    /** Производство по делам об административных правонарушениях (КоАП). */
    ADMINISTRATIVE_OFFENCE
}
