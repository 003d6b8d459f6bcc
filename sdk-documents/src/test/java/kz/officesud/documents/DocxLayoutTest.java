package kz.officesud.documents;

import static kz.officesud.documents.corpus.Docx.p;
import static kz.officesud.documents.corpus.Docx.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import kz.officesud.documents.corpus.Docx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxLayoutTest {
    private static final RuleSet TODAY = RuleSets.KZ_2018_AMENDED_2025;
    private static final String ARIAL = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>";
    private final DocumentInspector inspector = DocumentInspector.create();

    @TempDir
    Path dir;

    private DocumentReport inspect(Docx docx) throws Exception {
        return inspector.inspect(docx.build(dir.resolve("иск.docx")), TODAY);
    }

    @Test
    void themeMinorFontTimesNewRoman14_isAcceptable_andCountsTextWithoutSpaces() throws Exception {
        DocumentReport r = inspect(Docx.word().body(p("Исковое заявление"), p("о взыскании долга")));
        assertThat(r.violations()).isEmpty();
        assertThat(r.layout().checked()).isTrue();
        assertThat(r.layout().textCharacters()).isEqualTo(16 + 15);
    }

    @Test
    void themeMinorFontCalibri_makesEveryParagraphWrong_withItsLocation() throws Exception {
        DocumentReport r =
                inspect(Docx.word().themeFonts("Calibri", "Calibri Light").body(p("Текст иска")));
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT);
        LayoutFinding f = r.layout().findings().get(0);
        assertThat(f.found()).isEqualTo("Calibri");
        assertThat(f.location()).isEqualTo(Location.paragraph("body", 1));
        assertThat(f.snippet()).isEqualTo("Текст иска");
        assertThat(r.layout().wrongFontShare()).isEqualTo(1.0);
        assertThat(r.violations().get(0).message(Locale.forLanguageTag("ru")))
                .contains("абзац 1 (основной текст)", "Calibri", "100%");
        assertThat(r.violations().get(0).message(Locale.forLanguageTag("kk"))).contains("1-азат жол");
    }

    @Test
    void headingStyle_takesTheThemesMajorFont() throws Exception {
        DocumentReport r = inspect(Docx.word()
                .themeFonts("Times New Roman", "Arial")
                .body(p("Вводная часть"), p("<w:pStyle w:val=\"1\"/>", r("", "Требования")), p("Текст")));
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT);
        assertThat(r.layout().findings()).hasSize(1);
        assertThat(r.layout().findings().get(0).location()).isEqualTo(Location.paragraph("body", 2));
        assertThat(r.layout().findings().get(0).found()).isEqualTo("Arial");
        assertThat(r.layout().wrongFontCharacters()).isEqualTo(10);
    }

    @Test
    void directFormatting_overridesStyles() throws Exception {
        DocumentReport r = inspect(Docx.word().body(p("", r("", "Истец "), r(ARIAL, "Ответчик"))));
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT);
        assertThat(r.layout().findings().get(0).snippet()).isEqualTo("Ответчик");
        assertThat(r.layout().wrongFontCharacters()).isEqualTo(8);
        assertThat(r.layout().textCharacters()).isEqualTo(13);
    }

    @Test
    void cyrillicText_takesTheHAnsiFont_andLatinTextTheAsciiFont() throws Exception {
        String asciiArial = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Times New Roman\"/>";
        DocumentReport cyr = inspect(Docx.word().body(p("", r(asciiArial, "Казақстан Республикасы"))));
        assertThat(cyr.violations()).isEmpty();
        DocumentReport lat = inspect(Docx.word().body(p("", r(asciiArial, "Kazakhstan"))));
        assertThat(lat.problems()).containsExactly(DocumentProblem.WRONG_FONT);
    }

    @Test
    void fontSize12_isReportedInPoints() throws Exception {
        DocumentReport r = inspect(Docx.word().body(p("Текст"), p("", r("<w:sz w:val=\"24\"/>", "Мелко"))));
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT_SIZE);
        LayoutFinding f = r.layout().findings().get(0);
        assertThat(f.found()).isEqualTo("12");
        assertThat(f.expected()).isEqualTo("14");
        assertThat(f.location()).isEqualTo(Location.paragraph("body", 2));
    }

    @Test
    void characterStyleChain_isFollowedThroughBasedOn() throws Exception {
        DocumentReport r = inspect(Docx.word()
                .style("<w:style w:type=\"character\" w:styleId=\"Base\"><w:name w:val=\"Base\"/>"
                        + "<w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/></w:rPr></w:style>")
                .style("<w:style w:type=\"character\" w:styleId=\"Code\"><w:name w:val=\"Code\"/>"
                        + "<w:basedOn w:val=\"Base\"/><w:rPr><w:b/></w:rPr></w:style>")
                .body(p("", r("<w:rStyle w:val=\"Code\"/>", "статья 148"))));
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT);
        assertThat(r.layout().findings().get(0).found()).isEqualTo("Courier New");
    }

    @Test
    void tableStyle_appliesInsideTheTable_andAParagraphStyleOverridesIt() throws Exception {
        String table = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Small\"/></w:tblPr><w:tr><w:tc>%s</w:tc></w:tr></w:tbl>";
        Docx small = Docx.word()
                .style("<w:style w:type=\"table\" w:styleId=\"Small\"><w:name w:val=\"Small\"/>"
                        + "<w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Body14\"><w:name w:val=\"Body14\"/>"
                        + "<w:rPr><w:sz w:val=\"28\"/></w:rPr></w:style>");
        DocumentReport r = inspect(small.body(p("До таблицы"), String.format(table, p("Ячейка")), p("После")));
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT_SIZE);
        assertThat(r.layout().findings().get(0).snippet()).isEqualTo("Ячейка");
        assertThat(r.layout().findings().get(0).found()).isEqualTo("10");
        assertThat(r.layout().wrongSizeCharacters()).isEqualTo(6);

        DocumentReport ok = inspect(Docx.word()
                .style("<w:style w:type=\"table\" w:styleId=\"Small\"><w:name w:val=\"Small\"/>"
                        + "<w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Body14\"><w:name w:val=\"Body14\"/>"
                        + "<w:rPr><w:sz w:val=\"28\"/></w:rPr></w:style>")
                .body(String.format(table, p("<w:pStyle w:val=\"Body14\"/>", r("", "Ячейка")))));
        assertThat(ok.violations()).isEmpty();
    }

    @Test
    void headersAndFootnotes_areChecked_withTheirOwnLocations() throws Exception {
        DocumentReport r = inspect(Docx.word()
                .header(p("", r(ARIAL, "Колонтитул")))
                .footnote(1, p("", r("<w:sz w:val=\"20\"/>", "Сноска")))
                .body(p("Текст")));
        assertThat(r.problems()).containsExactlyInAnyOrder(DocumentProblem.WRONG_FONT, DocumentProblem.WRONG_FONT_SIZE);
        assertThat(r.layout().findings())
                .extracting(LayoutFinding::location)
                .containsExactly(Location.paragraph("header", 1), Location.paragraph("footnotes", 3));
    }

    @Test
    void deletedText_fieldCodes_hiddenText_andFallbacks_areSkipped() throws Exception {
        DocumentReport r = inspect(Docx.word()
                .body(p(
                        "",
                        r("", "Живой текст"),
                        "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:rPr>" + ARIAL
                                + "</w:rPr><w:delText>удалено</w:delText></w:r></w:del>",
                        "<w:r><w:rPr>" + ARIAL + "</w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>",
                        "<w:r><w:rPr>" + ARIAL + "</w:rPr><w:instrText> PAGE </w:instrText></w:r>",
                        r(ARIAL + "<w:vanish/>", "скрыто"),
                        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>Надпись</w:t></w:r></mc:Choice>"
                                + "<mc:Fallback><w:r><w:rPr>" + ARIAL
                                + "</w:rPr><w:t>Надпись</w:t></w:r></mc:Fallback></mc:AlternateContent>")));
        assertThat(r.violations()).isEmpty();
        assertThat(r.layout().textCharacters()).isEqualTo(10 + 7);
    }

    @Test
    void lineSpacing_belowSingle_isWrong_andOneAndAHalf_isFine() throws Exception {
        DocumentReport tight = inspect(
                Docx.word().body(p("<w:spacing w:line=\"180\" w:lineRule=\"auto\"/>", r("", "Тесно")), p("Свободно")));
        assertThat(tight.problems()).containsExactly(DocumentProblem.WRONG_LINE_SPACING);
        assertThat(tight.layout().findings().get(0).found()).isEqualTo("0.75");
        assertThat(tight.layout().findings().get(0).location()).isEqualTo(Location.paragraph("body", 1));

        DocumentReport exact =
                inspect(Docx.word().body(p("<w:spacing w:line=\"240\" w:lineRule=\"exact\"/>", r("", "Точно 12 пт"))));
        assertThat(exact.problems()).containsExactly(DocumentProblem.WRONG_LINE_SPACING);

        DocumentReport fine = inspect(Docx.word()
                .defaultParaProps("<w:spacing w:after=\"0\" w:line=\"360\" w:lineRule=\"auto\"/>")
                .body(p("Полуторный")));
        assertThat(fine.violations()).isEmpty();
    }

    @Test
    void noFontAnywhere_meansTimesNewRoman_butNoSizeMeans10pt() throws Exception {
        DocumentReport r = inspect(Docx.word().defaultRunProps("").body(p("Текст")));
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT_SIZE);
        assertThat(r.layout().findings().get(0).found()).isEqualTo("10");
    }

    @Test
    void wordFileWithoutText_isReadable_hasNothingToJudge_andIsAWarning() throws Exception {
        DocumentReport r = inspect(Docx.word());
        // accepted (nothing the rules refuse), but the user is told: an empty document is rarely the one meant
        assertThat(r.acceptable()).isTrue();
        assertThat(r.problems()).containsExactly(DocumentProblem.NO_TEXT);
        assertThat(r.layout().checked()).isFalse();
    }
}
