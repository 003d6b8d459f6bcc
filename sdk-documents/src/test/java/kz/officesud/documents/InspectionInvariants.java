package kz.officesud.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kz.officesud.core.model.ContentSource;

/**
 * What the fuzz targets of the inspector hold for any bytes: a report comes back (never an exception, whatever the
 * bytes), the same bytes get the same report whether they are a file or a stream and however often they are
 * inspected, and every violation renders in kk, ru and en. Time and memory are bounded by the fuzzer itself (its
 * per-input timeout and the fuzzing JVM's small heap), under {@link #LIMITS}.
 */
final class InspectionInvariants {
    /**
     * The default limits scaled to a fuzzer's inputs of a few kilobytes, so that a bomb is refused after megabytes,
     * not the default's gigabyte: the same checks, met sooner.
     */
    static final InspectionLimits LIMITS =
            new InspectionLimits(1 << 20, 200, 100, 256 << 10, 8 << 20, 2 << 20, 64, 200, 20);

    private static final DocumentInspector INSPECTOR = DocumentInspector.withLimits(LIMITS);
    private static final RuleSet RULES = RuleSets.KZ_2018_AMENDED_2025;
    private static final List<Locale> LOCALES =
            List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);
    private static final Path FILE;

    static {
        try {
            Path dir = Files.createTempDirectory("officesud-fuzz");
            dir.toFile().deleteOnExit();
            FILE = dir.resolve("input.bin");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InspectionInvariants() {}

    /** Inspects {@code input} named {@code fileName} twice, as a file and as a stream, and checks the reports. */
    static DocumentReport check(byte[] input, String fileName) throws IOException {
        Files.write(FILE, input);
        DocumentReport asFile = INSPECTOR.inspect(FILE, fileName, RULES);
        DocumentReport asStream = INSPECTOR.inspect(ContentSource.ofBytes(input), fileName, RULES);
        if (!asFile.equals(asStream)) {
            throw new AssertionError("the same bytes got two verdicts:\n" + asFile + "\n" + asStream);
        }
        for (DocumentViolation v : asFile.violations()) {
            for (Locale locale : LOCALES) {
                if (v.message(locale).isBlank()) {
                    throw new AssertionError("no " + locale + " message for " + v);
                }
            }
        }
        return asFile;
    }
}
