package kz.officesud.core.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The name of a court or a category in the user's language, falling back to Russian where a source lacks it. */
final class LocalizedName {
    private LocalizedName() {}

    static String of(Locale locale, String nameRu, @Nullable String nameKk, @Nullable String nameEn) {
        String name =
                switch (locale.getLanguage()) {
                    case "kk", "kz" -> nameKk;
                    case "en" -> nameEn;
                    default -> nameRu;
                };
        return name == null ? nameRu : name;
    }
}
