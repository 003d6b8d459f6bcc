package kz.officesud.documents.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kz.officesud.documents.Location;

/** The kk/ru/en messages of {@code kz/officesud/documents/Messages*.properties} (UTF-8). */
public final class Messages {
    private static final String BUNDLE = "kz.officesud.documents.Messages";

    private Messages() {}

    /** The message for {@code key} in {@code locale}'s language with {@code {name}} placeholders filled. */
    public static String format(String key, Map<String, Object> args, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // a true flag among the arguments appends its own sentence, e.g. document.tooLarge.splittable
        for (Map.Entry<String, Object> a : args.entrySet()) {
            if (Boolean.TRUE.equals(a.getValue()) && bundle.containsKey(key + "." + a.getKey())) {
                pattern += bundle.getString(key + "." + a.getKey());
            }
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i) {
                String name = pattern.substring(i + 1, close);
                Object value = args.get(name);
                out.append(value == null ? "{" + name + "}" : render(value, bundle));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String render(Object value, ResourceBundle bundle) {
        if (value instanceof Location loc) {
            String part = bundle.containsKey("document.part." + loc.part())
                    ? bundle.getString("document.part." + loc.part())
                    : loc.part();
            String pattern = loc.page() > 0
                    ? bundle.getString("document.location.page")
                    : bundle.getString("document.location.paragraph");
            return pattern.replace("{page}", Integer.toString(loc.page()))
                    .replace("{paragraph}", Integer.toString(loc.paragraph()))
                    .replace("{part}", part);
        }
        return String.valueOf(value);
    }

    /** The bundle for kk, ru, or (any other language) English, never the JVM's default locale. */
    public static ResourceBundle bundle(Locale locale) {
        String language = locale.getLanguage();
        Locale pick = language.equals("kk") || language.equals("ru") ? Locale.forLanguageTag(language) : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, pick);
    }
}
