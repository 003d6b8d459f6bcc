package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import kz.officesud.documents.corpus.Corpus;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.documents.corpus.RawPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSplitterTest {
    private static final long LIMIT = 1L << 20;

    @TempDir
    Path dir;

    /** {@code pages} pages, each with its number as text and an incompressible 100 KB image. */
    private Path scans(String name, int pages, int imageBytes) throws Exception {
        Path f = dir.resolve(name);
        Random random = new Random(pages);
        try (RawPdf pdf = RawPdf.create(f)) {
            pdf.simpleFont("F1", "TimesNewRomanPSMT");
            for (int p = 1; p <= pages; p++) {
                byte[] pixels = new byte[imageBytes];
                random.nextBytes(pixels);
                int img = pdf.stream(
                        "/Type /XObject /Subtype /Image /Width " + (imageBytes / 100)
                                + " /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8",
                        pixels,
                        RawPdf.Filter.NONE);
                pdf.page(
                        ("q 500 0 0 700 50 50 cm /Im1 Do Q " + RawPdf.line("F1", 14, 72, 800, "Page " + p))
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        RawPdf.Filter.FLATE,
                        "/XObject << /Im1 " + img + " 0 R >>");
            }
        }
        return f;
    }

    private static String firstPageText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(doc).strip();
        }
    }

    @Test
    void split_pdfOverTheLimit_givesPartsUnderIt_inPageOrder_namedAsOneDocument() throws Exception {
        Path source = scans("иск.pdf", 30, 100_000);
        assertThat(Files.size(source)).isGreaterThan(2 * LIMIT);

        List<PdfSplitter.Part> parts =
                PdfSplitter.create().withMaxPartBytes(LIMIT).split(source, dir.resolve("out"));

        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        int next = 1;
        for (int i = 0; i < parts.size(); i++) {
            PdfSplitter.Part part = parts.get(i);
            assertThat(part.size()).isLessThanOrEqualTo(LIMIT).isEqualTo(Files.size(part.file()));
            assertThat(part.firstPage()).isEqualTo(next);
            assertThat(part.file().getFileName().toString())
                    .isEqualTo("иск (часть " + (i + 1) + " из " + parts.size() + ").pdf");
            assertThat(firstPageText(part.file())).isEqualTo("Page " + part.firstPage());
            DocumentReport r = DocumentInspector.create().inspect(part.file(), RuleSets.KZ_2018_AMENDED_2025);
            assertThat(r.readability().isReadable()).isTrue();
            assertThat(r.tooLarge()).isFalse();
            next = part.lastPage() + 1;
        }
        assertThat(next).isEqualTo(31);
    }

    @Test
    void split_namesPartsInTheChosenLanguage() throws Exception {
        Path source = scans("claim.pdf", 12, 100_000);
        List<PdfSplitter.Part> parts = PdfSplitter.create()
                .withMaxPartBytes(LIMIT)
                .withNamingLocale(Locale.ENGLISH)
                .split(source, dir.resolve("en"));
        assertThat(parts.get(0).file().getFileName().toString())
                .isEqualTo("claim (part 1 of " + parts.size() + ").pdf");
    }

    @Test
    void split_pdfUnderTheLimit_isCopiedAsOnePart() throws Exception {
        Path source = Corpus.textPdf(dir.resolve("short.pdf"));
        List<PdfSplitter.Part> parts = PdfSplitter.create().split(source, dir.resolve("out"));
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).file().getFileName().toString()).isEqualTo("short.pdf");
        assertThat(parts.get(0).firstPage()).isEqualTo(1);
        assertThat(parts.get(0).lastPage()).isEqualTo(1);
    }

    @Test
    void split_whenOnePageAloneIsOverTheLimit_failsWithATypedError() throws Exception {
        Path source = scans("big-page.pdf", 3, 1_200_000);
        assertThatThrownBy(() -> PdfSplitter.create().withMaxPartBytes(LIMIT).split(source, dir.resolve("out")))
                .isInstanceOf(DocumentSplitException.class)
                .hasMessageContaining("page 1");
    }

    @Test
    void split_ofSomethingThatIsNoPdf_isRefusedWithTheInspectorsReason() throws Exception {
        Path docx = Docx.word().body(Docx.p("Текст")).build(dir.resolve("claim.pdf"));
        assertThatThrownBy(() -> PdfSplitter.create().split(docx, dir.resolve("out")))
                .isInstanceOfSatisfying(DocumentSplitException.class, e -> assertThat(e.violation())
                        .hasValueSatisfying(
                                v -> assertThat(v.problem()).isEqualTo(DocumentProblem.EXTENSION_MISMATCH)));
    }
}
