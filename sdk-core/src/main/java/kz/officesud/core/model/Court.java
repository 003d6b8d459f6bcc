package kz.officesud.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A court (судебный орган) as office.sud.kz knows it: its code, its kind and instance, and the forms of
 * proceedings it hears.
 *
 * @param code the 4-digit court code, which starts every case number of the court: the region's 2-digit prefix and
 *     the court's 2-digit suffix ({@code 7599} = the Almaty City Court)
 * @param officeId the court id in office.sud.kz forms; {@code null} where the directory's sources do not give it
 * @param region the region under which office.sud.kz lists the court (the republican courts, whose codes start
 *     with 60, are listed under the region id of Astana)
 * @param kind the kind of court, which fixes its {@link #instance()}
 * @param forms the forms of proceedings the court hears (not empty)
 * @param nameRu the name in Russian
 * @param nameKk the name in Kazakh, where the directory has it
 * @param nameEn the name in English, where the directory has it
 */
public record Court(
        String code,
        @Nullable Integer officeId,
        Region region,
        CourtKind kind,
        Set<ProceedingsForm> forms,
        String nameRu,
        @Nullable String nameKk,
        @Nullable String nameEn) {

    public Court {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(forms, "forms");
        Objects.requireNonNull(nameRu, "nameRu");
        if (!isCourtCode(code)) {
            throw new IllegalArgumentException("a court code is 4 digits, got '" + code + "'");
        }
        if (officeId != null && officeId <= 0) {
            throw new IllegalArgumentException("officeId must be positive, got " + officeId);
        }
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("court " + code + " hears no form of proceedings");
        }
        forms = Collections.unmodifiableSet(EnumSet.copyOf(forms));
        if (nameRu.isBlank()) {
            throw new IllegalArgumentException("nameRu is blank for court " + code);
        }
    }

    /** A court hearing what courts of its {@code kind} hear ({@link CourtKind#defaultForms()}). */
    public Court(
            String code,
            @Nullable Integer officeId,
            Region region,
            CourtKind kind,
            String nameRu,
            @Nullable String nameKk,
            @Nullable String nameEn) {
        this(code, officeId, region, kind, kind.defaultForms(), nameRu, nameKk, nameEn);
    }

    /** The court's instance, fixed by its kind. */
    public CourtInstance instance() {
        return kind.instance();
    }

    /** Whether the court hears {@code kind}: it is of that instance and hears that form of proceedings. */
    public boolean hears(CaseKind kind) {
        Objects.requireNonNull(kind, "kind");
        return instance() == kind.instance() && forms.contains(kind.form());
    }

    /** The name in {@code locale}'s language, falling back to Russian where the directory lacks it. */
    public String name(Locale locale) {
        return LocalizedName.of(locale, nameRu, nameKk, nameEn);
    }

    static boolean isCourtCode(String code) {
        return code.length() == 4 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return code + " " + nameRu;
    }
}
