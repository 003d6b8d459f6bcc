package kz.officesud.signing.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What each signature and signed-container problem code means, in Kazakh, Russian and English, from the bundle
 * {@code kz/officesud/signing/ProblemTitles[_kk|_ru].properties} (UTF-8; English is the base bundle).
 */
public final class ProblemTitles {
    private static final String BUNDLE = "kz.officesud.signing.ProblemTitles";
    private static final Set<String> LANGUAGES = Set.of("kk", "ru");

    private ProblemTitles() {}

    /**
     * The title of {@code key} in {@code locale}'s language: Kazakh ({@code kk}, or the common mistake {@code kz}),
     * Russian, else English. English is asked for by the root locale, so the JVM's default locale never creeps in.
     *
     * @throws java.util.MissingResourceException if no title has that key
     */
    public static String get(String key, Locale locale) {
        String language = "kz".equals(locale.getLanguage()) ? "kk" : locale.getLanguage();
        Locale chosen = LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen).getString(key);
    }
}
