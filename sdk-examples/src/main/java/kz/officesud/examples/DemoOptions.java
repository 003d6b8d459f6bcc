package kz.officesud.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The demo's command line. */
record DemoOptions(@Nullable Path p12, char @Nullable [] password, List<Path> trust, Locale locale) {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: java -jar officesud-demo.jar [--p12 FILE --password PASSWORD] [--trust DIR]... [--lang kk|ru|en]",
            "  --p12 FILE        sign with this NCA key file instead of a fresh key of the court's test NCA",
            "  --password PASS   the key file's password",
            "  --trust DIR       CA certificates (.cer/.crt/.pem) the court trusts as test anchors;",
            "                    default with --p12: ../shared/testdata/nca/ca-certs/test when present",
            "  --lang kk|ru|en   the language of the court's messages (default ru)");

    DemoOptions {
        trust = List.copyOf(trust);
    }

    static DemoOptions parse(String... args) {
        Path p12 = null;
        char[] password = null;
        List<Path> trust = new ArrayList<>();
        Locale locale = Locale.forLanguageTag("ru");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--p12" -> p12 = Path.of(value(args, ++i, arg));
                case "--password" -> password = value(args, ++i, arg).toCharArray();
                case "--trust" -> trust.add(Path.of(value(args, ++i, arg)));
                case "--lang" -> {
                    String lang = value(args, ++i, arg);
                    if (!List.of("kk", "ru", "en").contains(lang)) {
                        throw new IllegalArgumentException("--lang takes kk, ru or en, not " + lang);
                    }
                    locale = Locale.forLanguageTag(lang);
                }
                case "-h", "--help" -> throw new IllegalArgumentException("help");
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (p12 != null && password == null) {
            throw new IllegalArgumentException("--p12 needs --password");
        }
        if (p12 == null && password != null) {
            throw new IllegalArgumentException("--password without --p12");
        }
        if (p12 != null && !Files.isRegularFile(p12)) {
            throw new IllegalArgumentException("no key file at " + p12);
        }
        for (Path dir : trust) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--trust " + dir + " is not a directory");
            }
        }
        if (p12 != null && trust.isEmpty()) {
            Path ncaTest = Path.of("..", "shared", "testdata", "nca", "ca-certs", "test");
            if (Files.isDirectory(ncaTest)) {
                trust.add(ncaTest);
            }
        }
        return new DemoOptions(p12, password, trust, locale);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Forgets the password. */
    void wipe() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return "DemoOptions[p12=" + p12 + ", trust=" + trust + ", locale=" + locale + "]"; // never the password
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof DemoOptions other
                && java.util.Objects.equals(p12, other.p12)
                && Arrays.equals(password, other.password)
                && trust.equals(other.trust)
                && locale.equals(other.locale);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(p12, Arrays.hashCode(password), trust, locale);
    }
}
