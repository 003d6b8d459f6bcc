package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import kz.officesud.documents.corpus.Corpus;
import kz.officesud.documents.corpus.RawPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfLayoutTest {
    private static final RuleSet TODAY = RuleSets.KZ_2018_AMENDED_2025;
    private final DocumentInspector inspector = DocumentInspector.create();

    @TempDir
    Path dir;

    @Test
    void pdf_inSubsetTimesNewRoman14_isAcceptable_andItsTextIsCounted() throws Exception {
        DocumentReport r = inspector.inspect(Corpus.textPdf(dir.resolve("иск.pdf")), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(r.readability()).isEqualTo(new Readability.Readable(true));
        assertThat(r.layout().checked()).isTrue();
        // "ИСКОВОЕ ЗАЯВЛЕНИЕ" + "о взыскании задолженности по договору подряда" without spaces
        assertThat(r.layout().textCharacters()).isEqualTo(16 + 40);
        assertThat(r.layout().deviatingCharacters()).isZero();
        assertThat(r.violations()).isEmpty();
    }

    @Test
    void pdf_withAnArialParagraphOnPage2_reportsThePageTheFontAndASnippet() throws Exception {
        Path f = dir.resolve("arial.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            pdf.type0Font("F1", "ABCDEF+TimesNewRomanPSMT").type0Font("F2", "GHIJKL+ArialMT");
            pdf.page(RawPdf.line2("F1", 14, 72, 760, "Первая страница"), RawPdf.Filter.FLATE);
            pdf.page(
                    RawPdf.line2("F1", 14, 72, 760, "Вторая") + RawPdf.line2("F2", 14, 72, 740, "Ответчик уклоняется"),
                    RawPdf.Filter.FLATE);
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT);
        LayoutFinding finding = r.layout().findings().get(0);
        assertThat(finding.aspect()).isEqualTo(LayoutAspect.FONT);
        assertThat(finding.location()).isEqualTo(Location.page(2));
        assertThat(finding.found()).isEqualTo("Arial");
        assertThat(finding.snippet()).isEqualTo("Ответчик уклоняется");
        assertThat(finding.characters()).isEqualTo(18);
        assertThat(r.layout().textCharacters()).isEqualTo(14 + 6 + 18);
        assertThat(r.layout().wrongFontShare()).isEqualTo(18.0 / 38);
        assertThat(r.violations().get(0).message(Locale.forLanguageTag("ru"))).contains("Arial", "стр");
    }

    @Test
    void pdf_sizeComesFromTheTextRenderingMatrix_notFromTfAlone() throws Exception {
        Path ok = dir.resolve("scaled.pdf");
        try (RawPdf pdf = RawPdf.create(ok)) {
            pdf.simpleFont("F1", "TimesNewRomanPSMT");
            // 0.75 × 18.6667 = 14 (Word's export at 96 dpi units); and Tf 1 with a Tm of 14
            pdf.page(
                    "q 0.75 0 0 0.75 0 0 cm BT /F1 18.66667 Tf 96 1000 Td (Claim) Tj ET Q\n"
                            + "BT /F1 1 Tf 14 0 0 14 72 700 Tm (Defendant) Tj ET\n",
                    RawPdf.Filter.FLATE);
        }
        DocumentReport r = inspector.inspect(ok, TODAY);
        assertThat(r.violations()).isEmpty();
        assertThat(r.layout().textCharacters()).isEqualTo(5 + 9);

        Path small = dir.resolve("small.pdf");
        try (RawPdf pdf = RawPdf.create(small)) {
            pdf.simpleFont("F1", "TimesNewRomanPSMT");
            pdf.page("BT /F1 14 Tf 0.857143 0 0 0.857143 72 700 Tm (Twelve points) Tj ET\n", RawPdf.Filter.FLATE);
        }
        DocumentReport s = inspector.inspect(small, TODAY);
        assertThat(s.problems()).containsExactly(DocumentProblem.WRONG_FONT_SIZE);
        assertThat(s.layout().findings().get(0).found()).isEqualTo("12");
    }

    @Test
    void pdf_thatIsAScan_isReadable_butItsFontCannotBeChecked() throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            int img = pdf.stream(
                    "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
                    new byte[] {0, 127, (byte) 255, 0},
                    RawPdf.Filter.FLATE);
            pdf.page(
                    "q 500 0 0 700 50 50 cm /Im1 Do Q\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    RawPdf.Filter.FLATE,
                    "/XObject << /Im1 " + img + " 0 R >>");
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.readability()).isEqualTo(new Readability.Readable(false));
        assertThat(r.problems()).containsExactly(DocumentProblem.LAYOUT_NOT_CHECKABLE);
        assertThat(r.acceptable()).isTrue();
        assertThat(r.violations().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void pdf_scanWithAnInvisibleOcrLayer_isStillNotCheckable() throws Exception {
        Path f = dir.resolve("ocr.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            pdf.simpleFont("F1", "GlyphLessFont");
            pdf.page("BT 3 Tr /F1 10 Tf 72 700 Td (recognised text) Tj ET\n", RawPdf.Filter.FLATE);
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.problems()).containsExactly(DocumentProblem.LAYOUT_NOT_CHECKABLE);
    }

    @Test
    void pdf_inLiberationSerif_isWrongByDefault_andAcceptedWhenSubstitutesAre() throws Exception {
        Path f = dir.resolve("liberation.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            pdf.type0Font("F1", "QWERTY+LiberationSerif");
            pdf.page(RawPdf.line2("F1", 14, 72, 760, "Исковое заявление"), RawPdf.Filter.FLATE);
        }
        assertThat(inspector.inspect(f, TODAY).problems()).containsExactly(DocumentProblem.WRONG_FONT);
        RuleSet lenient = TODAY.withLayout(LayoutRule.timesNewRoman14().acceptingMetricCompatibleSubstitutes());
        assertThat(inspector.inspect(f, lenient).violations()).isEmpty();
    }

    @Test
    void pdf_boldAndItalicTimesNewRoman_areTimesNewRoman() throws Exception {
        Path f = dir.resolve("bold.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            pdf.simpleFont("F1", "TimesNewRomanPS-BoldMT").simpleFont("F2", "TimesNewRoman,Italic");
            pdf.page(
                    RawPdf.line("F1", 14, 72, 760, "CLAIM") + RawPdf.line("F2", 14, 72, 740, "note"),
                    RawPdf.Filter.NONE);
        }
        assertThat(inspector.inspect(f, TODAY).violations()).isEmpty();
    }

    @Test
    void pdf_textInAFormXObject_isChecked() throws Exception {
        Path f = dir.resolve("form.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            int font = pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            int form = pdf.stream(
                    "/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /Font << /H " + font
                            + " 0 R >> >>",
                    "BT /H 14 Tf 10 10 Td (Stamp) Tj ET".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    RawPdf.Filter.FLATE);
            pdf.page(
                    "q /Fm1 Do Q".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    RawPdf.Filter.NONE,
                    "/XObject << /Fm1 " + form + " 0 R >>");
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT);
        assertThat(r.layout().findings().get(0).found()).isEqualTo("Helvetica");
        assertThat(r.layout().findings().get(0).snippet()).isEqualTo("Stamp");
    }

    @Test
    void pdf_tolerance_letsASmallShareOfOtherTextPass() throws Exception {
        Path f = dir.resolve("mostly.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            pdf.simpleFont("F1", "TimesNewRomanPSMT").simpleFont("F2", "ArialMT");
            pdf.page(
                    RawPdf.line("F1", 14, 72, 760, "x".repeat(95)) + RawPdf.line("F2", 14, 72, 740, "yyyyy"),
                    RawPdf.Filter.FLATE);
        }
        assertThat(inspector.inspect(f, TODAY).problems()).containsExactly(DocumentProblem.WRONG_FONT);
        RuleSet tolerant = TODAY.withLayout(LayoutRule.timesNewRoman14().withTolerance(0.05));
        DocumentReport r = inspector.inspect(f, tolerant);
        assertThat(r.violations()).isEmpty();
        assertThat(r.layout().wrongFontShare()).isEqualTo(0.05);
    }
}
