package kz.officesud.documents.internal;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import kz.officesud.documents.DocumentFormat;
import kz.officesud.documents.Location;
import org.jspecify.annotations.Nullable;

/**
 * The kk/ru/en messages of {@code kz/officesud/documents/Messages*.properties} (UTF-8).
 *
 * <p>A pattern names its values: {@code {fileName}}. {@code {characters,plural,знак|знака|знаков}} is the word
 * for the number {@code characters} in the language's plural forms (English: one, other; Russian: one, few, many;
 * Kazakh has one form after a numeral). A part in square brackets is left out when a value it names is missing or
 * empty: {@code [; first at {where}: {found}]}. An argument {@code variant} picks the pattern {@code key.variant}
 * where there is one; a {@code true} flag {@code f} appends the sentence {@code key.f}.
 *
 * <p>Values are written for the reader: the format code {@code format} as a noun phrase of the language ({@code
 * document.format.docx} = "a Word (.docx) file"), each code of {@code allowed} by its short name ({@code
 * document.formatName.docx} = "Word (.docx)"), a {@link Location} as a page or a paragraph of a story, counts with
 * the language's digit grouping and decimals with its separator.
 */
public final class Messages {
    private static final String BUNDLE = "kz.officesud.documents.Messages";
    /** Arguments that hold a decimal number written with a dot (e.g. {@code "12.5"}). */
    private static final Set<String> DECIMALS = Set.of("share", "tolerance", "size", "limit", "found", "expected");

    private Messages() {}

    /** The message for {@code key} in {@code locale}'s language with its values filled; the key when unknown. */
    public static String format(String key, Map<String, Object> args, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.get("variant") instanceof String variant && bundle.containsKey(key + "." + variant)) {
            pattern = bundle.getString(key + "." + variant);
        }
        // a true flag among the arguments appends its own sentence, e.g. document.tooLarge.splittable
        for (Map.Entry<String, Object> a : args.entrySet()) {
            if (Boolean.TRUE.equals(a.getValue()) && bundle.containsKey(key + "." + a.getKey())) {
                pattern += bundle.getString(key + "." + a.getKey());
            }
        }
        return new Renderer(bundle, language(locale), args).render(pattern);
    }

    /** One rendering: the pattern's optional parts and placeholders. */
    private static final class Renderer {
        private final ResourceBundle bundle;
        private final String language;
        private final Map<String, Object> args;

        Renderer(ResourceBundle bundle, String language, Map<String, Object> args) {
            this.bundle = bundle;
            this.language = language;
            this.args = args;
        }

        String render(String pattern) {
            StringBuilder out = new StringBuilder(pattern.length() + 32);
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                int close = c == '[' ? pattern.indexOf(']', i) : -1;
                if (close > i) {
                    StringBuilder part = new StringBuilder();
                    if (fill(pattern.substring(i + 1, close), part)) {
                        out.append(part);
                    }
                    i = close + 1;
                } else {
                    int end = pattern.indexOf('[', i);
                    end = end < 0 ? pattern.length() : end == i ? i + 1 : end;
                    fill(pattern.substring(i, end), out);
                    i = end;
                }
            }
            return out.toString();
        }

        /** Appends {@code text} with its placeholders filled; false when one of them had no value. */
        private boolean fill(String text, StringBuilder out) {
            boolean complete = true;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int close = c == '{' ? text.indexOf('}', i) : -1;
                if (close > i) {
                    String spec = text.substring(i + 1, close);
                    String value = value(spec);
                    if (value == null || value.isEmpty()) {
                        complete = false;
                        out.append(value == null ? "{" + spec + "}" : "");
                    } else {
                        out.append(value);
                    }
                    i = close + 1;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return complete;
        }

        private @Nullable String value(String spec) {
            int comma = spec.indexOf(',');
            String name = comma < 0 ? spec : spec.substring(0, comma);
            Object value = args.get(name);
            if (value == null) {
                return null;
            }
            if (comma >= 0) {
                String rest = spec.substring(comma + 1);
                if (rest.startsWith("plural,")) {
                    return plural(value, rest.substring("plural,".length()).split("\\|"));
                }
            }
            return render(name, value);
        }

        private String plural(Object value, String[] forms) {
            long n;
            try {
                n = value instanceof Number num ? num.longValue() : Long.parseLong(String.valueOf(value));
            } catch (NumberFormatException e) {
                return forms[forms.length - 1];
            }
            int index = pluralForm(language, n);
            return forms[Math.min(index, forms.length - 1)];
        }

        private String render(String name, Object value) {
            if (value instanceof Location loc) {
                return location(loc);
            }
            if (value instanceof DocumentFormat f) {
                return name.equals("allowed") ? name("formatName", f.code()) : name("format", f.code());
            }
            if (value instanceof Collection<?> list) {
                return String.join(", ", list.stream().map(o -> render(name, o)).toList());
            }
            if (value instanceof Long || value instanceof Integer) {
                return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language))
                        .format(((Number) value).longValue());
            }
            String s = String.valueOf(value);
            if (name.equals("format")) {
                return name("format", s);
            }
            if (name.equals("allowed")) {
                StringBuilder b = new StringBuilder();
                for (String code : s.split(",\\s*")) {
                    b.append(b.length() == 0 ? "" : ", ").append(name("formatName", code));
                }
                return b.toString();
            }
            if (DECIMALS.contains(name) && s.matches("[0-9.–-]+")) {
                return s.replace(".", bundle.getString("document.number.decimalSeparator"));
            }
            return s;
        }

        /** A format's name: {@code document.format.docx} ("a Word (.docx) file") or {@code document.formatName.docx}. */
        private String name(String family, String code) {
            String key = "document." + family + "." + code;
            return bundle.containsKey(key) ? bundle.getString(key) : code;
        }

        private String location(Location loc) {
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
    }

    /**
     * The index of the plural form for {@code n} in {@code language}: English one (1) or other; Russian one (21, 31…),
     * few (2–4, 22–24…) or many (5–20, 25–30…, 11–14); Kazakh uses one form after a numeral.
     */
    static int pluralForm(String language, long n) {
        long abs = Math.abs(n);
        return switch (language) {
            case "ru" -> {
                long mod10 = abs % 10;
                long mod100 = abs % 100;
                if (mod10 == 1 && mod100 != 11) {
                    yield 0;
                }
                yield mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 1 : 2;
            }
            case "en" -> abs == 1 ? 0 : 1;
            default -> 0;
        };
    }

    /** kk, ru, or en for any other language ({@code kz}, the country, is read as Kazakh). */
    static String language(Locale locale) {
        String language = locale.getLanguage();
        if (language.equals("kz")) {
            return "kk";
        }
        return language.equals("kk") || language.equals("ru") ? language : "en";
    }

    /** The bundle for kk, ru, or (any other language) English, never the JVM's default locale. */
    public static ResourceBundle bundle(Locale locale) {
        String language = language(locale);
        Locale pick = language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
        // Locale.ROOT is asked for English: the base bundle, with no fall-back to the JVM's default locale
        return ResourceBundle.getBundle(BUNDLE, pick);
    }
}
