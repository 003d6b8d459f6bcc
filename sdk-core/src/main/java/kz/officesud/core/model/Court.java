package kz.officesud.core.model;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A court (судебный орган) as office.sud.kz knows it.
 *
 * @param code the 4-digit court code, which starts every case number of the court: the region's 2-digit
 *     prefix and the court's 2-digit suffix ({@code 7599} = the Almaty City Court)
 * @param officeId the court id in office.sud.kz forms
 * @param region the region under which office.sud.kz lists the court (the republican courts, whose codes
 *     start with 60, are listed under the region id of Astana)
 * @param nameRu the name in Russian
 * @param nameKk the name in Kazakh, where the directory has it
 * @param nameEn the name in English, where the directory has it
 * @param instance the court's instance
 */
public record Court(
        String code,
        int officeId,
        Region region,
        String nameRu,
        @Nullable String nameKk,
        @Nullable String nameEn,
        CourtInstance instance) {

    public Court {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(nameRu, "nameRu");
        Objects.requireNonNull(instance, "instance");
        if (!isCourtCode(code)) {
            throw new IllegalArgumentException("a court code is 4 digits, got '" + code + "'");
        }
        if (officeId <= 0) {
            throw new IllegalArgumentException("officeId must be positive, got " + officeId);
        }
        if (nameRu.isBlank()) {
            throw new IllegalArgumentException("nameRu is blank for court " + code);
        }
    }

    /** The name in {@code locale}'s language, falling back to Russian where the directory lacks it. */
    public String name(Locale locale) {
        String name =
                switch (locale.getLanguage()) {
                    case "kk", "kz" -> nameKk;
                    case "en" -> nameEn;
                    default -> nameRu;
                };
        return name == null ? nameRu : name;
    }

    static boolean isCourtCode(String code) {
        return code.length() == 4 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return code + " " + nameRu;
    }
}
