package kz.officesud.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.officesud.documents.DocumentInspector;
import kz.officesud.documents.DocumentReport;
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
 * The acceptance files of issue #4: a ~20 MB text PDF of 17,000 pages and a ~20 MB DOCX (~90 MB of {@code
 * document.xml}), each fully inspected (format, readability, hostile-input limits, Times New Roman 14 layout) in a
 * 128 MB heap. The files are generated once per fork by sdk-core's test generators.
 */
@State(Scope.Benchmark)
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

    private final DocumentInspector inspector = DocumentInspector.create();
    private Path dir = Path.of(".");
    private Path pdf = Path.of(".");
    private Path docx = Path.of(".");

    @Setup(Level.Trial)
    public void makeFiles() throws IOException {
        dir = Files.createTempDirectory("officesud-bench");
        pdf = BigFiles.textPdf(dir.resolve("text-17000-pages.pdf"), 17_000);
        docx = BigFiles.docx(dir.resolve("long.docx"), 100);
        check(inspector.inspect(pdf, RULES));
        check(inspector.inspect(docx, RULES));
    }

    private static void check(DocumentReport r) {
        if (!r.acceptable() || !r.layout().checked() || r.layout().textCharacters() == 0) {
            throw new IllegalStateException("the benchmark file is not what it should be: " + r);
        }
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Benchmark
    public DocumentReport pdf20MbText17000Pages() {
        return inspector.inspect(pdf, RULES);
    }

    @Benchmark
    public DocumentReport docx20Mb() {
        return inspector.inspect(docx, RULES);
    }
}
