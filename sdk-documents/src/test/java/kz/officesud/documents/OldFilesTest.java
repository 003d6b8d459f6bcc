package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.documents.corpus.DocFiles;
import kz.officesud.documents.corpus.OldFiles;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crafted Word files are what they claim to be (POI itself shows it: it refuses Word 95, reads the stylesheet
 * default as font 0, cannot slice the empty story), and the inspector says what is true of each.
 */
class OldFilesTest {
    private static final RuleSet TODAY = RuleSets.KZ_2018_AMENDED_2025;

    @TempDir
    Path dir;

    private final DocumentInspector inspector = DocumentInspector.create();

    @Test
    void word95_whichPoiRefusesAsTooOld_isAnOldWordFormat_notDamage() throws Exception {
        Path f = OldFiles.word95(dir.resolve("иск.doc"));
        try (InputStream in = Files.newInputStream(f)) {
            assertThatThrownBy(() -> new HWPFDocument(in)).isInstanceOf(OldWordFileFormatException.class);
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.OLD_WORD);
        assertThat(r.problems()).containsExactly(DocumentProblem.OLD_WORD_FORMAT);
        assertThat(r.readability()).isInstanceOf(Readability.NotInspected.class);
    }

    @Test
    void defaultFontSetOnlyInTheStylesheetHeader_isTheFontWordShows_notHwpfsFontZero() throws Exception {
        Path f = OldFiles.stylesheetDefaultFont(dir.resolve("иск.doc"), DocFiles.ARIAL);
        try (InputStream in = Files.newInputStream(f);
                HWPFDocument doc = new HWPFDocument(in)) {
            // HWPF fills what no style sets with the font table's first font
            assertThat(doc.getRange().getParagraph(0).getCharacterRun(0).getFontName())
                    .isEqualTo("Times New Roman");
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.problems()).containsExactly(DocumentProblem.WRONG_FONT);
        assertThat(r.layout().wrongFontShare()).isEqualTo(1.0);
        assertThat(r.layout().findings().get(0).found()).isEqualTo("Arial");
    }

    @Test
    void anEmptyStoryPastTheText_whichPoiCannotSlice_isNoDamage() throws Exception {
        Path f = OldFiles.emptyStoryPastTheText(dir.resolve("иск.doc"));
        try (InputStream in = Files.newInputStream(f);
                HWPFDocument doc = new HWPFDocument(in)) {
            // the empty text-box story starts past the text: HWPF finds a paragraph in it, and fails on its run
            assertThatThrownBy(() -> doc.getMainTextboxRange().getParagraph(0).getCharacterRun(0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.violations()).isEmpty();
        assertThat(r.layout().checked()).isTrue();
        assertThat(r.layout().textCharacters()).isGreaterThan(100);
    }

    @Test
    void allocationTableMarksPastTheEnd_thatNoStreamUses_areNoCut() throws Exception {
        Path f = OldFiles.fatMarksPastTheEnd(dir.resolve("иск.doc"));
        byte[] b = Files.readAllBytes(f);
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int sector = 1 << h.getShort(0x1E);
        int fat = (h.getInt(0x4C) + 1) * sector;
        int pastTheEnd = b.length / sector - 1;
        assertThat(h.getInt(fat + 4 * (pastTheEnd + 1))).isIn(0xFFFFFFFE, 0xFFFFFFFD);
        try (POIFSFileSystem fs = new POIFSFileSystem(f.toFile(), true)) {
            assertThat(fs.getRoot().hasEntry("WordDocument")).isTrue();
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.violations()).isEmpty();
        assertThat(r.layout().textCharacters()).isGreaterThan(100);
    }

    @Test
    void aCutOffDoc_isStillCutOff() throws Exception {
        Path full = DocFiles.template(dir.resolve("full.doc"));
        byte[] b = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.doc"), java.util.Arrays.copyOf(b, b.length - 2048));
        assertThat(inspector.inspect(cut, TODAY).problems()).containsExactly(DocumentProblem.TRUNCATED);
    }

    @Test
    void aVbaProject_makesADocMacroEnabled_andItsTextIsStillChecked() throws Exception {
        DocumentReport r = inspector.inspect(OldFiles.docWithVba(dir.resolve("иск.doc")), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(r.problems()).containsExactly(DocumentProblem.MACRO_ENABLED);
        assertThat(r.layout().checked()).isTrue();
    }
}
