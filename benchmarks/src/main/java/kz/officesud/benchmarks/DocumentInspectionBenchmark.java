package kz.officesud.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.officesud.documents.DocumentInspector;
import kz.officesud.documents.DocumentReport;
import kz.officesud.documents.Readability;
import kz.officesud.documents.RuleSet;
import kz.officesud.documents.RuleSets;
import kz.officesud.documents.corpus.BigFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The acceptance files, each fully inspected (format, readability, hostile-input limits, Times New Roman 14 layout):
 * a ~20 MB text PDF of 17,000 pages and a ~20 MB DOCX (~90 MB of {@code document.xml}) in a 128 MB heap, and a 20 MB
 * Word 97–2003 document (8.2 million characters in 33,000 paragraphs of two to five runs) in 256 MB, since POI HWPF
 * holds the whole document (the inspector asks for about eight times its streams and leaves the file not inspected in
 * a smaller heap). Each file is generated once per fork, by the state its benchmark uses, with sdk-documents' test
 * generators; run with {@code -prof gc} for the bytes allocated per inspection.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx128m", "-Xms128m"})
public class DocumentInspectionBenchmark {
    /** The size limit is lifted so that the layout walk always runs, whatever size the generator hit. */
    private static final RuleSet RULES = RuleSets.KZ_2018_AMENDED_2025.withMaxFileSize(Long.MAX_VALUE);

    private static final DocumentInspector INSPECTOR = DocumentInspector.create();

    /** How a generated file is written into a directory. */
    @FunctionalInterface
    interface Generator {
        Path write(Path dir) throws IOException;
    }

    /** One generated file in a temporary directory of its own, checked to be what it claims, deleted at the end. */
    @State(Scope.Benchmark)
    public abstract static class GeneratedFile {
        private final Generator generator;
        private final long characters;
        private Path dir = Path.of(".");
        Path file = Path.of(".");

        /** A file written by {@code generator}, that must be read to at least {@code characters} of text. */
        GeneratedFile(Generator generator, long characters) {
            this.generator = generator;
            this.characters = characters;
        }

        @Setup(Level.Trial)
        public void makeFile() throws IOException {
            dir = Files.createTempDirectory("officesud-bench");
            file = generator.write(dir);
            DocumentReport r = INSPECTOR.inspect(file, RULES);
            if (!(r.readability() instanceof Readability.Readable)
                    || !r.acceptable()
                    || !r.layout().checked()
                    || r.layout().textCharacters() < characters) {
                throw new IllegalStateException("the benchmark file is not what it should be: " + r);
            }
        }

        @TearDown(Level.Trial)
        public void removeFile() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    public static class TextPdf extends GeneratedFile {
        public TextPdf() {
            super(dir -> BigFiles.textPdf(dir.resolve("text-17000-pages.pdf"), 17_000), 20_000_000);
        }
    }

    public static class Docx extends GeneratedFile {
        public Docx() {
            super(dir -> BigFiles.docx(dir.resolve("long.docx"), 100), 20_000_000);
        }
    }

    public static class Doc extends GeneratedFile {
        public Doc() {
            super(dir -> BigFiles.doc(dir.resolve("long.doc"), 20), 8_000_000);
        }
    }

    @Benchmark
    public DocumentReport pdf20MbText17000Pages(TextPdf pdf) {
        return INSPECTOR.inspect(pdf.file, RULES);
    }

    @Benchmark
    public DocumentReport docx20Mb(Docx docx) {
        return INSPECTOR.inspect(docx.file, RULES);
    }

    @Benchmark
    @Fork(
            value = 1,
            jvmArgs = {"-Xmx256m", "-Xms256m"})
    public DocumentReport doc20Mb(Doc doc) {
        return INSPECTOR.inspect(doc.file, RULES);
    }
}
