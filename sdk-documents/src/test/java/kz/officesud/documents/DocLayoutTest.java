package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import kz.officesud.documents.corpus.DocFiles;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.LineSpacingDescriptor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocLayoutTest {
    private static final RuleSet TODAY = RuleSets.KZ_2018_AMENDED_2025;
    private final DocumentInspector inspector = DocumentInspector.create();

    @TempDir
    Path dir;

    @Test
    void doc_inTimesNewRoman14_isAcceptable_withEveryStoryCounted() throws Exception {
        DocumentReport r = inspector.inspect(DocFiles.template(dir.resolve("иск.doc")), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(r.violations()).isEmpty();
        assertThat(r.layout().textCharacters()).isEqualTo(194);
    }

    @Test
    void doc_withAnArialParagraph_reportsTheParagraphAndTheFont() throws Exception {
        Path f = DocFiles.edited(dir.resolve("arial.doc"), doc -> {
            CharacterRun run = doc.getRange().getParagraph(0).getCharacterRun(0);
            run.setFtcAscii(DocFiles.ARIAL);
            run.setFtcOther(DocFiles.ARIAL);
        });
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT);
        LayoutFinding first = r.layout().findings().get(0);
        assertThat(first.location()).isEqualTo(Location.paragraph("body", 1));
        assertThat(first.found()).isEqualTo("Arial");
        assertThat(first.snippet()).isEqualTo("Исковое заявление");
        // LibreOffice wrote paragraphs 1 and 2 as one character run (one CHPX), so HWPF's edit reached both
        assertThat(r.layout().findings())
                .extracting(LayoutFinding::location, LayoutFinding::characters)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Location.paragraph("body", 1), 16L),
                        org.assertj.core.groups.Tuple.tuple(Location.paragraph("body", 2), 40L));
        assertThat(r.violations().get(0).message(Locale.ENGLISH)).contains("paragraph 1 of the main text");
    }

    @Test
    void doc_cyrillicTextTakesTheOtherFont_latinTextTheAsciiFont() throws Exception {
        Path f = DocFiles.edited(dir.resolve("ascii-arial.doc"), doc -> {
            Paragraph p = doc.getRange().getParagraph(0);
            p.getCharacterRun(0).setFtcAscii(DocFiles.ARIAL); // "Исковое заявление": no ASCII letters
        });
        assertThat(inspector.inspect(f, TODAY).violations()).isEmpty();
    }

    @Test
    void doc_with12ptText_isWrongFontSize() throws Exception {
        Path f = DocFiles.edited(dir.resolve("small.doc"), doc -> {
            doc.getRange().getParagraph(2).getCharacterRun(0).setFontSize(24); // paragraphs 3 and 4 share it
        });
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT_SIZE);
        assertThat(r.layout().findings().get(0).found()).isEqualTo("12");
        assertThat(r.layout().findings())
                .extracting(LayoutFinding::location)
                .containsExactly(Location.paragraph("body", 3), Location.paragraph("body", 4));
        assertThat(r.layout().wrongSizeCharacters()).isEqualTo(39 + 29);
    }

    @Test
    void doc_withThreeQuarterLineSpacing_isWrongLineSpacing() throws Exception {
        Path f = DocFiles.edited(dir.resolve("tight.doc"), doc -> {
            LineSpacingDescriptor lsd = new LineSpacingDescriptor();
            lsd.setDyaLine((short) 180);
            lsd.setMultiLinespace((short) 1);
            doc.getRange().getParagraph(1).setLineSpacing(lsd);
        });
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_LINE_SPACING);
        assertThat(r.layout().findings().get(0).found()).isEqualTo("0.75");
    }

    @Test
    void doc_namedDocx_isAnExtensionMismatch() throws Exception {
        DocumentReport r = inspector.inspect(DocFiles.template(dir.resolve("иск.docx")), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(r.problems()).containsExactly(DocumentProblem.EXTENSION_MISMATCH);
    }
}
