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
 * A 20 MB Word 97–2003 document (8.2 million characters of Cyrillic text in 33,000 paragraphs of two to five runs,
 * Times New Roman 14 by the Normal style) inspected completely: the compound file's allocation, the Word header, every
 * run's font and size and every paragraph's spacing through POI HWPF. HWPF holds the whole document in memory, so the
 * fork has 256 MB of heap (the inspector asks for about eight times the streams' size and leaves the file not
 * inspected in a smaller heap); run with {@code -prof gc} for the bytes allocated per inspection. The file is written
 * once per fork by sdk-documents' test generator ({@code BigFiles.doc}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx256m", "-Xms256m"})
public class LegacyDocBenchmark {
    private static final RuleSet RULES = RuleSets.KZ_2018_AMENDED_2025.withMaxFileSize(Long.MAX_VALUE);

    private final DocumentInspector inspector = DocumentInspector.create();
    private Path dir = Path.of(".");
    private Path doc = Path.of(".");

    @Setup(Level.Trial)
    public void makeFile() throws IOException {
        dir = Files.createTempDirectory("officesud-bench-doc");
        doc = BigFiles.doc(dir.resolve("long.doc"), 20);
        DocumentReport r = inspector.inspect(doc, RULES);
        if (!(r.readability() instanceof Readability.Readable)
                || !r.acceptable()
                || r.layout().textCharacters() < 8_000_000) {
            throw new IllegalStateException("the benchmark file is not what it should be: " + r);
        }
    }

    @TearDown(Level.Trial)
    public void removeFile() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Benchmark
    public DocumentReport doc20Mb() {
        return inspector.inspect(doc, RULES);
    }
}
