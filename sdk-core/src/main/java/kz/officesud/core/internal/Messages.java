package kz.officesud.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.Set;
import kz.officesud.core.validation.ViolationMessages;

/**
 * The user-facing messages of sdk-core, in Kazakh, Russian and English, from the bundle
 * {@code kz/officesud/core/validation/Messages[_kk|_ru|_en].properties} (UTF-8). Placeholders are named:
 * {@code {max}} is replaced by the argument {@code max}.
 */
public final class Messages {
    public static final String BUNDLE = "kz.officesud.core.validation.Messages";
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private Messages() {}

    /** The language actually used for {@code locale}: kk, ru or en (anything else falls back to en). */
    public static Locale supported(Locale locale) {
        String language = locale.getLanguage();
        if ("kz".equals(language)) {
            language = "kk"; // a common mistake: kz is the country, kk the language
        }
        return Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en");
    }

    /** The message for {@code key} in {@code locale}, with named placeholders filled; the key if unknown. */
    public static String format(String key, Map<String, ?> args, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            // another artifact's keys (sdk-documents' document.wrongFont…) live in its own bundle
            for (ViolationMessages source : Sources.ALL) {
                Optional<String> message = source.message(key, args, locale);
                if (message.isPresent()) {
                    return message.get();
                }
            }
            return key;
        }
        return fill(pattern, args);
    }

    /** The message sources of other artifacts on the class or module path, loaded once. */
    private static final class Sources {
        static final List<ViolationMessages> ALL =
                ServiceLoader.load(ViolationMessages.class, Messages.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get)
                        .toList();

        private Sources() {}
    }

    /** Replaces each {@code {name}} in {@code pattern} by {@code args.get(name)}; unknown names stay. */
    public static String fill(String pattern, Map<String, ?> args) {
        if (args.isEmpty() || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
            if (close > i) {
                String name = pattern.substring(i + 1, close);
                Object value = args.get(name);
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * {@code args} with each enum constant replaced by its text in {@code locale}, the bundle's {@code
     * enum.<SimpleName>.<NAME>} ({@code enum.ProceedingsForm.CIVIL} = "civil cases"), where the bundle has one.
     */
    public static Map<String, ?> withEnumTexts(Map<String, ?> args, Locale locale) {
        if (args.values().stream().noneMatch(Enum.class::isInstance)) {
            return args;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        Map<String, Object> out = new java.util.HashMap<>(args);
        for (Map.Entry<String, ?> arg : args.entrySet()) {
            if (arg.getValue() instanceof Enum<?> constant) {
                String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                if (bundle.containsKey(key)) {
                    out.put(arg.getKey(), bundle.getString(key));
                }
            }
        }
        return out;
    }
}
