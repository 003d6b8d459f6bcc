package kz.officesud.core.model;

/**
 * The answer of «Проверка законности судебного акта», the cabinet's public check of a judicial act: whether the courts
 * issued an act with these identifiers, as the check answers for acts issued within the last twelve months.
 */
public enum ActLegitimacy {
    /** The court issued this act (and, when a file was given, this is its file). */
    GENUINE("Судебный акт подлинный"),
    /** The court issued an act with this id, but the file given is not its file. */
    CONTENT_DIFFERS("Файл не совпадает с выданным судебным актом"),
    /** The act was issued more than twelve months ago: the check does not answer for it. */
    OUTSIDE_PERIOD("Судебный акт выдан более двенадцати месяцев назад"),
    /** The courts issued no act with this id. */
    NOT_FOUND("Судебный акт не найден");

    private final String nameRu;

    ActLegitimacy(String nameRu) {
        this.nameRu = nameRu;
    }

    /** The answer in Russian. */
    public String nameRu() {
        return nameRu;
    }
}
