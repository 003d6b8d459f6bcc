package kz.officesud.documents;

import static kz.officesud.documents.corpus.Docx.p;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.officesud.documents.corpus.Corpus;
import kz.officesud.documents.corpus.DocFiles;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.documents.corpus.Hostile;
import kz.officesud.documents.corpus.RawPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile or broken input is refused with its typed reason, never an exception or an exhausted heap. */
class HostileInputTest {
    private static final RuleSet TODAY = RuleSets.KZ_2018_AMENDED_2025;
    private final DocumentInspector inspector = DocumentInspector.create();

    @TempDir
    Path dir;

    private DocumentProblem reason(Path f) {
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.readability()).isInstanceOf(Readability.Unreadable.class);
        assertThat(r.acceptable()).isFalse();
        return ((Readability.Unreadable) r.readability()).reason();
    }

    // --- ZIP packages

    @Test
    void zipBomb_anEntryThatExpandsAThousandFold_isRefused() throws Exception {
        Path f = Hostile.zipBomb(dir.resolve("bomb.docx"));
        assertThat(Files.size(f)).isLessThan(100_000);
        assertThat(reason(f)).isEqualTo(DocumentProblem.ZIP_BOMB);
    }

    @Test
    void zipBomb_whoseHeadersLieAboutTheSize_isRefused() throws Exception {
        assertThat(reason(Hostile.zipSizeLie(dir.resolve("liar.docx"))))
                .isIn(DocumentProblem.ZIP_BOMB, DocumentProblem.CORRUPT);
    }

    @Test
    void zipWithTooManyEntries_isRefused() throws Exception {
        assertThat(reason(Hostile.zipManyEntries(dir.resolve("many.docx"))))
                .isEqualTo(DocumentProblem.TOO_MANY_ZIP_ENTRIES);
    }

    @Test
    void zipWithTwoEntriesOfTheSameName_isRefused() throws Exception {
        assertThat(reason(Hostile.zipDuplicate(dir.resolve("dup.docx"))))
                .isEqualTo(DocumentProblem.DUPLICATE_ZIP_ENTRY);
    }

    @Test
    void xxe_aDoctypeWithAnExternalEntity_isRefusedWithoutFetchingAnything() throws Exception {
        assertThat(reason(Hostile.xxe(dir.resolve("xxe.docx")))).isEqualTo(DocumentProblem.XML_DTD_FORBIDDEN);
    }

    @Test
    void billionLaughs_isRefused() throws Exception {
        assertThat(reason(Hostile.billionLaughs(dir.resolve("lol.docx")))).isEqualTo(DocumentProblem.XML_DTD_FORBIDDEN);
    }

    @Test
    void deeplyNestedXml_isRefused() throws Exception {
        assertThat(reason(Hostile.deepXml(dir.resolve("deep.docx")))).isEqualTo(DocumentProblem.NESTING_TOO_DEEP);
    }

    @Test
    void malformedXml_isCorrupt() throws Exception {
        assertThat(reason(Hostile.malformedXml(dir.resolve("bad.docx")))).isEqualTo(DocumentProblem.CORRUPT);
    }

    @Test
    void truncatedDocx_isTruncated() throws Exception {
        Path full = Docx.word().body(p("Текст")).build(dir.resolve("full.docx"));
        Path cut = Corpus.truncated(full, dir.resolve("cut.docx"), Files.size(full) / 2);
        assertThat(reason(cut)).isEqualTo(DocumentProblem.TRUNCATED);
    }

    @Test
    void encryptedOoxml_anOle2EncryptedPackage_isPasswordProtected() throws Exception {
        DocumentReport r = inspector.inspect(Hostile.encryptedOoxml(dir.resolve("secret.docx")), TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(r.problems()).containsExactly(DocumentProblem.PASSWORD_PROTECTED);
    }

    @Test
    void encryptedDoc_theFibFlag_isPasswordProtected() throws Exception {
        assertThat(reason(Hostile.encryptedDoc(dir.resolve("secret.doc"))))
                .isEqualTo(DocumentProblem.PASSWORD_PROTECTED);
    }

    @Test
    void truncatedDoc_isUnreadable() throws Exception {
        Path plain = DocFiles.template(dir.resolve("plain.doc"));
        Path cut = Corpus.truncated(plain, dir.resolve("cut.doc"), 3000);
        assertThat(reason(cut)).isIn(DocumentProblem.TRUNCATED, DocumentProblem.CORRUPT);
    }

    // --- PDF

    @Test
    void pdfWithAUserPassword_isPasswordProtected() throws Exception {
        assertThat(reason(Hostile.pdfWithPasswords(dir.resolve("secret.pdf"), "owner", "user")))
                .isEqualTo(DocumentProblem.PASSWORD_PROTECTED);
    }

    @Test
    void pdfWithOnlyAnOwnerPassword_opensAndIsReadable() throws Exception {
        Path f = Hostile.pdfWithPasswords(dir.resolve("owner.pdf"), "owner", "");
        assertThat(inspector.inspect(f, TODAY).readability().isReadable()).isTrue();
    }

    @Test
    void pdfContentStreamBomb_isRefused_inNameAndArrayForm() throws Exception {
        for (RawPdf.Filter filter : List.of(RawPdf.Filter.FLATE, RawPdf.Filter.FLATE_ARRAY)) {
            Path f = Hostile.pdfStreamBomb(dir.resolve("bomb-" + filter + ".pdf"), filter);
            assertThat(Files.size(f)).isLessThan(100_000);
            assertThat(reason(f)).as(filter.name()).isEqualTo(DocumentProblem.DECOMPRESSION_BOMB);
        }
    }

    @Test
    void pdfObjectStreamBomb_inTheArrayFilterForm_isRefusedBeforePdfBoxReadsIt() throws Exception {
        Path f = Hostile.pdfObjectStreamBomb(dir.resolve("objstm.pdf"));
        assertThat(Files.size(f)).isLessThan(200_000);
        assertThat(reason(f)).isEqualTo(DocumentProblem.DECOMPRESSION_BOMB);
    }

    @Test
    void pdfPageTreeNestedThousandsDeep_isRefused() throws Exception {
        assertThat(reason(Hostile.pdfDeepPageTree(dir.resolve("deep.pdf"))))
                .isEqualTo(DocumentProblem.NESTING_TOO_DEEP);
    }

    @Test
    void pdfPageTreeClaimingMillionsOfPages_isRefused() throws Exception {
        assertThat(reason(Hostile.pdfPageCountLie(dir.resolve("count.pdf")))).isEqualTo(DocumentProblem.TOO_MANY_PAGES);
    }

    @Test
    void pdfPageTreeWithACycle_isRefused() throws Exception {
        assertThat(reason(Hostile.pdfPageTreeCycle(dir.resolve("cycle.pdf")))).isEqualTo(DocumentProblem.CORRUPT);
    }

    @Test
    void pdfWithMorePagesThanTheLimit_isRefused() throws Exception {
        Path f = dir.resolve("pages.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            for (int i = 0; i < 30; i++) {
                pdf.page("", RawPdf.Filter.NONE);
            }
        }
        DocumentReport r = DocumentInspector.withLimits(
                        InspectionLimits.defaults().withMaxPages(20))
                .inspect(f, TODAY);
        assertThat(((Readability.Unreadable) r.readability()).reason()).isEqualTo(DocumentProblem.TOO_MANY_PAGES);
    }

    @Test
    void pdfContentNestedThousandsDeep_isRefused() throws Exception {
        List<String> nests = List.of("[", "q ", "<<");
        for (int i = 0; i < nests.size(); i++) {
            String nest = nests.get(i);
            Path f = Hostile.pdfDeepContent(dir.resolve("nest" + i + ".pdf"), nest);
            assertThat(reason(f)).as(nest).isEqualTo(DocumentProblem.NESTING_TOO_DEEP);
        }
    }

    @Test
    void pdfWithoutPages_hasNoPages() throws Exception {
        assertThat(reason(Hostile.pdfNoPages(dir.resolve("empty.pdf")))).isEqualTo(DocumentProblem.NO_PAGES);
    }

    @Test
    void truncatedPdf_isTruncated() throws Exception {
        Path full = Corpus.textPdf(dir.resolve("full.pdf"));
        Path cut = Corpus.truncated(full, dir.resolve("cut.pdf"), Files.size(full) * 2 / 3);
        assertThat(reason(cut)).isEqualTo(DocumentProblem.TRUNCATED);
    }

    @Test
    void garbageAfterAPdfHeader_isCorrupt() throws Exception {
        Path f = dir.resolve("junk.pdf");
        Files.write(f, ("%PDF-1.7\n" + "garbage ".repeat(500) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(reason(f)).isIn(DocumentProblem.CORRUPT, DocumentProblem.NO_PAGES);
    }
}
