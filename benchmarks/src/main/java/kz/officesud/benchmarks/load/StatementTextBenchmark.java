package kz.officesud.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.statement.StatementText;
import kz.officesud.documents.DocumentText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * What the clerk reads of each statement the load harness files: the text of its two-page, 94 KB PDF (the
 * {@link StatementPdf} the harness sends), as the court reads it ({@link DocumentText}, then the heading, title and
 * annexes of {@link StatementText}), beside PDFBox's own {@code PDFTextStripper} with its default duplicate-glyph
 * suppression, which the court used before.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StatementTextBenchmark {
    private final DocumentText text = DocumentText.create();
    private Path dir;
    private Path statement;

    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("officesud-statement-text-");
        statement = Files.write(
                dir.resolve("statement.pdf"), StatementPdf.of(102_400, dir).copy(1));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** The court's reading: the text, then what the clerk's checks ask of it. */
    @Benchmark
    public int court() throws IOException {
        StatementText read = StatementText.of(text.read(statement).orElseThrow());
        return read.heading().size()
                + read.annexes().size()
                + read.title().map(String::length).orElse(0);
    }

    /** PDFBox's stripper as configured by default (duplicate overlapping glyphs suppressed with its sorted maps). */
    @Benchmark
    public int pdfBoxStripper() throws IOException {
        try (PDDocument document = Loader.loadPDF(statement.toFile())) {
            return new PDFTextStripper().getText(document).length();
        }
    }

    /** PDFBox's stripper without duplicate suppression: the floor of what the text costs through PDFBox. */
    @Benchmark
    public int pdfBoxStripperNoSuppression() throws IOException {
        try (PDDocument document = Loader.loadPDF(statement.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(false);
            return stripper.getText(document).length();
        }
    }
}
