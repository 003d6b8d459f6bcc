package kz.officesud.mockserver.internal.http;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The reference court's own user-facing texts (problem titles, registration checks) in Kazakh, Russian and
 * English, and the negotiation of {@code Accept-Language}.
 */
public final class Messages {
    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The language of an answer when the request names none we speak: the court's working language. */
    public static final Locale DEFAULT = RUSSIAN;

    private static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);
    private static final String BUNDLE = "kz.officesud.mockserver.internal.http.messages";

    private Messages() {}

    /** Picks kk, ru or en from an {@code Accept-Language} header; {@link #DEFAULT} when none fits. */
    public static Locale negotiate(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale picked = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return picked == null ? DEFAULT : picked;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    /** The text for a key in a language; the key itself when no bundle has it. */
    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, ENGLISH).getString(key);
            return true;
        } catch (MissingResourceException missing) {
            return false;
        }
    }

    private static Locale supported(Locale locale) {
        for (Locale candidate : SUPPORTED) {
            if (candidate.getLanguage().equals(locale.getLanguage())) {
                return candidate;
            }
        }
        return DEFAULT;
    }
}
