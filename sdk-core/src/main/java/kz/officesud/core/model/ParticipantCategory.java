package kz.officesud.core.model;

/**
 * The category of a participant in a case (категория участника судебного процесса), as the court's office records it
 * when it issues an access password for case observation (ЭНП): the category decides which acts and documents of the
 * case the participant may see («ЭНП», 2014: доступ к документам автоматически по категории участника — подсудимый,
 * адвокат, следователь … по требованиям УПК, ГПК, КоАП и закона о персональных данных).
 */
public enum ParticipantCategory {
    /** Истец. */
    PLAINTIFF("Истец", "Талапкер"),
    /** Ответчик. */
    DEFENDANT("Ответчик", "Жауапкер"),
    /** Третье лицо. */
    THIRD_PARTY("Третье лицо", "Үшінші тұлға"),
    /** Заявитель. */
    APPLICANT("Заявитель", "Өтініш беруші"),
    /** Представитель (of a person or of a legal entity). */
    REPRESENTATIVE("Представитель", "Өкіл"),
    /** Адвокат, защитник. */
    LAWYER("Адвокат", "Адвокат"),
    /** Подсудимый (обвиняемый). */
    ACCUSED("Подсудимый", "Сотталушы"),
    /** Потерпевший. */
    VICTIM("Потерпевший", "Жәбірленуші"),
    /** Следователь. */
    INVESTIGATOR("Следователь", "Тергеуші"),
    /** Прокурор. */
    PROSECUTOR("Прокурор", "Прокурор"),
    /** Лицо, в отношении которого ведётся производство по делу об административном правонарушении. */
    OFFENDER("Лицо, привлекаемое к ответственности", "Жауапкершілікке тартылатын тұлға");

    private final String nameRu;
    private final String nameKk;

    ParticipantCategory(String nameRu, String nameKk) {
        this.nameRu = nameRu;
        this.nameKk = nameKk;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameKk() {
        return nameKk;
    }
}
