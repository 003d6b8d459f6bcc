package kz.officesud.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.documents.corpus.BigFiles;

/**
 * Run by {@link SmallHeapTest} in a JVM with {@code -Xmx128m}: generates the 20 MB files (a text
 * PDF of 17,000 pages, a DOCX of ~90 MB of document.xml) and inspects each completely.
 */
public final class SmallHeapMain {
    private SmallHeapMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("officesud-small-heap");
        try {
            RuleSet rules =
                    RuleSets.inForceOn(java.time.LocalDate.of(2026, 11, 23)).withMaxFileSize(Long.MAX_VALUE);
            DocumentInspector inspector = DocumentInspector.create();
            Path pdf = BigFiles.textPdf(dir.resolve("text.pdf"), 17_000);
            report("pdf", pdf, inspector.inspect(pdf, rules));
            Files.delete(pdf);
            Path docx = BigFiles.docx(dir.resolve("long.docx"), 100);
            report("docx", docx, inspector.inspect(docx, rules));
            Files.delete(docx);
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private static void report(String label, Path file, DocumentReport report) throws Exception {
        if (!report.acceptable()
                || !report.layout().checked()
                || report.layout().textCharacters() == 0) {
            throw new IllegalStateException(label + " not inspected completely: " + report);
        }
        System.out.println(
                label + " ok " + Files.size(file) + " bytes, " + report.layout().textCharacters()
                        + " characters; max heap " + Runtime.getRuntime().maxMemory());
    }
}
