package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import kz.officesud.core.model.ContentSource;
import kz.officesud.documents.corpus.Corpus;
import kz.officesud.documents.corpus.Docx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatAndSizeTest {
    private static final RuleSet TODAY = RuleSets.KZ_2018_AMENDED_2025;
    private final DocumentInspector inspector = DocumentInspector.create();

    @TempDir
    Path dir;

    @Test
    void docx_isToldByFollowingRelsToTheMainPartsContentType() throws Exception {
        Path f = Docx.word().body(Docx.p("Исковое заявление")).build(dir.resolve("иск.docx"));
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(r.readability().isReadable()).isTrue();
        assertThat(r.violations()).isEmpty();
        assertThat(r.acceptable()).isTrue();
    }

    @Test
    void docx_namedPdf_isAnExtensionMismatch() throws Exception {
        Path f = Docx.word().body(Docx.p("Текст")).build(dir.resolve("claim.pdf"));
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(r.problems()).containsExactly(DocumentProblem.EXTENSION_MISMATCH);
        assertThat(r.violations().get(0).args())
                .containsEntry("extension", "pdf")
                .containsEntry("format", "docx");
    }

    @Test
    void docx_withoutExtension_isAnExtensionMismatch() throws Exception {
        Path f = Docx.word().body(Docx.p("Текст")).build(dir.resolve("claim"));
        assertThat(inspector.inspect(f, TODAY).problems()).containsExactly(DocumentProblem.EXTENSION_MISMATCH);
    }

    @Test
    void docm_isRefusedAsMacroEnabled_evenWhenNamedDocx() throws Exception {
        Path f = Docx.word()
                .mainContentType("application/vnd.ms-word.document.macroEnabled.main+xml")
                .body(Docx.p("Текст"))
                .build(dir.resolve("claim.docx"));
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.DOCM);
        assertThat(r.problems()).contains(DocumentProblem.MACRO_ENABLED, DocumentProblem.EXTENSION_MISMATCH);
        assertThat(r.acceptable()).isFalse();
    }

    @Test
    void xlsx_isAcceptedBy2018Rules_andRefusedBy2014Rules() throws Exception {
        Path f = Corpus.xlsx(dir.resolve("расчёт.xlsx"));
        assertThat(inspector.inspect(f, RuleSets.KZ_2018_AMENDED_2025).violations())
                .isEmpty();
        DocumentReport old = inspector.inspect(f, RuleSets.KZ_2014);
        assertThat(old.format()).isEqualTo(DocumentFormat.XLSX);
        assertThat(old.problems()).containsExactly(DocumentProblem.FORMAT_NOT_ALLOWED);
        assertThat(old.violations().get(0).args()).containsEntry("allowed", "pdf, docx, doc, jpeg");
    }

    @Test
    void xlsm_isRefusedAsMacroEnabled() throws Exception {
        DocumentReport r = inspector.inspect(Corpus.xlsm(dir.resolve("calc.xlsm")), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.XLSM);
        assertThat(r.problems()).containsExactly(DocumentProblem.MACRO_ENABLED);
    }

    @Test
    void odt_isRefusedAsOpenDocument() throws Exception {
        DocumentReport r = inspector.inspect(Corpus.odt(dir.resolve("claim.odt")), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.ODF);
        assertThat(r.problems()).containsExactly(DocumentProblem.OPEN_DOCUMENT);
    }

    @Test
    void plainZip_namedDocx_isRefusedAsZip() throws Exception {
        DocumentReport r = inspector.inspect(Corpus.zip(dir.resolve("claim.docx")), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.ZIP);
        assertThat(r.problems()).contains(DocumentProblem.PLAIN_ZIP, DocumentProblem.EXTENSION_MISMATCH);
    }

    @Test
    void jpeg_isAcceptedBy2014_refusedBy2018_andItsFontIsNotCheckable() throws Exception {
        Path f = Corpus.jpeg(dir.resolve("скан.jpg"));
        DocumentReport old = inspector.inspect(f, RuleSets.KZ_2014);
        assertThat(old.format()).isEqualTo(DocumentFormat.JPEG);
        assertThat(old.acceptable()).isTrue();
        assertThat(old.problems()).containsExactly(DocumentProblem.LAYOUT_NOT_CHECKABLE);
        assertThat(inspector.inspect(f, TODAY).problems()).contains(DocumentProblem.FORMAT_NOT_ALLOWED);
    }

    @Test
    void png_isNotACourtFormat() throws Exception {
        DocumentReport r = inspector.inspect(Corpus.png(dir.resolve("scan.png")), RuleSets.KZ_2014);
        assertThat(r.format()).isEqualTo(DocumentFormat.PNG);
        assertThat(r.problems()).containsExactly(DocumentProblem.FORMAT_NOT_ALLOWED);
        assertThat(r.readability()).isInstanceOf(Readability.NotInspected.class);
    }

    @Test
    void text_namedDoc_isOfUnknownFormat() throws Exception {
        DocumentReport r = inspector.inspect(Corpus.text(dir.resolve("claim.doc"), "Исковое заявление"), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(r.problems()).containsExactly(DocumentProblem.UNKNOWN_FORMAT);
    }

    @Test
    void emptyFile_isUnreadableAsEmpty() throws Exception {
        Path f = Files.createFile(dir.resolve("claim.pdf"));
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.problems()).containsExactly(DocumentProblem.EMPTY);
        assertThat(r.readability())
                .isEqualTo(new Readability.Unreadable(DocumentProblem.EMPTY, "the file has no bytes"));
    }

    @Test
    void size_overTheLimit_isTooLarge_andAPdfIsOfferedTheSplitter() throws Exception {
        Path f = Corpus.textPdf(dir.resolve("claim.pdf"));
        long size = Files.size(f);
        DocumentReport r = inspector.inspect(f, TODAY.withMaxFileSize(size - 1));
        assertThat(r.tooLarge()).isTrue();
        assertThat(r.size()).isEqualTo(size);
        DocumentViolation v = r.violations().stream()
                .filter(x -> x.problem() == DocumentProblem.TOO_LARGE)
                .findFirst()
                .orElseThrow();
        assertThat(v.args()).containsEntry("splittable", true);
        assertThat(v.message(Locale.ENGLISH)).contains("PdfSplitter");
        assertThat(inspector.inspect(f, TODAY.withMaxFileSize(size)).tooLarge()).isFalse();
    }

    @Test
    void size_isCountedWhileStreaming_fromASupplier() throws Exception {
        Path f = Corpus.textPdf(dir.resolve("claim.pdf"));
        DocumentReport r = inspector.inspect(
                ContentSource.ofBytes(Files.readAllBytes(f)), "claim.pdf", TODAY.withMaxFileSize(100));
        assertThat(r.size()).isEqualTo(Files.size(f));
        assertThat(r.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(r.problems()).containsExactly(DocumentProblem.TOO_LARGE);
    }

    @Test
    void supplier_longerThanTheInspectorsLimit_isCutAndReportedTooLarge() throws Exception {
        Path f = Corpus.textPdf(dir.resolve("claim.pdf"));
        InspectionLimits tiny = new InspectionLimits(100, 10, 100, 1, 1000, 1000, 10, 10, 10);
        DocumentReport r = DocumentInspector.withLimits(tiny)
                .inspect(ContentSource.ofBytes(Files.readAllBytes(f)), "claim.pdf", TODAY.withMaxFileSize(50));
        assertThat(r.readability()).isInstanceOf(Readability.NotInspected.class);
        assertThat(r.problems()).contains(DocumentProblem.TOO_LARGE);
    }

    @Test
    void ruleSets_judgeAFilingByTheRulesInForceOnItsDate() {
        assertThat(RuleSets.inForceOn(LocalDate.of(2016, 5, 1))).isEqualTo(RuleSets.KZ_2014);
        assertThat(RuleSets.inForceOn(LocalDate.of(2018, 7, 3)))
                .as("the 2018 rules' points 9 and 12 before 2025 are not in the sources")
                .isEqualTo(RuleSets.KZ_2014);
        assertThat(RuleSets.inForceOn(LocalDate.of(2025, 6, 13))).isEqualTo(RuleSets.KZ_2014);
        assertThat(RuleSets.inForceOn(LocalDate.of(2025, 6, 14))).isEqualTo(RuleSets.KZ_2018_AMENDED_2025);
        assertThat(RuleSets.inForceOn(LocalDate.of(2025, 12, 1)).maxFileSize()).isEqualTo(20L * 1024 * 1024);
        assertThat(RuleSets.standard().ruleSetOn(LocalDate.of(2010, 1, 1))).isEmpty();
    }

    @Test
    void ruleSets_aCallerCanSupplyItsOwn() {
        RuleSet russian = new RuleSet(
                "RU-GAS",
                "ГАС Правосудие",
                "Приказ 251",
                LocalDate.of(2017, 1, 1),
                java.util.EnumSet.of(DocumentFormat.PDF),
                30L * 1024 * 1024,
                null);
        RuleSets mine = RuleSets.of(java.util.List.of(russian, RuleSets.KZ_2014));
        assertThat(mine.ruleSetOn(LocalDate.of(2016, 1, 1))).contains(RuleSets.KZ_2014);
        assertThat(mine.ruleSetOn(LocalDate.of(2020, 1, 1))).contains(russian);
        assertThat(mine.all()).containsExactly(RuleSets.KZ_2014, russian);
    }

    @Test
    void standardRules_carrySourcesAndLimits() {
        assertThat(RuleSets.KZ_2014.formats())
                .containsExactlyInAnyOrder(
                        DocumentFormat.DOC, DocumentFormat.DOCX, DocumentFormat.PDF, DocumentFormat.JPEG);
        assertThat(RuleSets.KZ_2014.maxFileSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(RuleSets.KZ_2018_AMENDED_2025.formats())
                .containsExactlyInAnyOrder(
                        DocumentFormat.DOC, DocumentFormat.DOCX, DocumentFormat.PDF, DocumentFormat.XLSX);
        assertThat(RuleSets.KZ_2018_AMENDED_2025.source()).contains("No. 2 of 03.06.2025");
        assertThat(RuleSets.KZ_2018_AMENDED_2025.layout()).isEqualTo(LayoutRule.timesNewRoman14());
    }
}
