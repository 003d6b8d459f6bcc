package kz.officesud.cli;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The command's own words in Kazakh, Russian or English ({@code kz/officesud/cli/Messages*.properties}, UTF-8);
 * the verdicts themselves come in the SDK's messages. Placeholders are {@code {0}}, {@code {1}}…, replaced as they
 * are (no {@link java.text.MessageFormat} quoting rules).
 */
final class Texts {
    /** The languages the command speaks. */
    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private static final String BUNDLE = "kz.officesud.cli.Messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        // English is the base bundle: asked for by the root locale, so that the JVM's default locale never creeps in
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ROOT : locale);
    }

    /** The texts in {@code language} (kk, ru or en). */
    static Texts of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("not a language of the command: " + language);
        }
        return new Texts(Locale.forLanguageTag(language));
    }

    /**
     * The language to speak when none is asked for: the JVM locale's when it is Kazakh, Russian or English, else
     * Russian (the court office's language of most users).
     */
    static String defaultLanguage(Locale jvm) {
        String language = jvm.getLanguage();
        return LANGUAGES.contains(language) ? language : "ru";
    }

    /** The locale whose language the SDK's messages and the court's answers take. */
    Locale locale() {
        return locale;
    }

    /** The bundle, for picocli's localized help. */
    ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}… filled; the key itself when the bundle lacks it. */
    String get(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            pattern = pattern.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return pattern;
    }

    /** Whether the bundle has {@code key}. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }
}
