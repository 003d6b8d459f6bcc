package kz.officesud.core.document;

import static kz.officesud.core.document.corpus.Docx.p;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.core.document.corpus.Corpus;
import kz.officesud.core.document.corpus.DocFiles;
import kz.officesud.core.document.corpus.Docx;
import kz.officesud.core.document.corpus.RawPdf;
import kz.officesud.core.document.corpus.RawZip;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
        List<RawZip.Entry> e = new ArrayList<>(Docx.word().body(p("Текст")).entries());
        e.add(RawZip.Entry.of("word/media/image1.png", new byte[8 << 20]));
        Path f = dir.resolve("bomb.docx");
        RawZip.write(f, e);
        assertThat(Files.size(f)).isLessThan(100_000);
        assertThat(reason(f)).isEqualTo(DocumentProblem.ZIP_BOMB);
    }

    @Test
    void zipBomb_whoseHeadersLieAboutTheSize_isRefused() throws Exception {
        List<RawZip.Entry> e = new ArrayList<>(Docx.word().body(p("Текст")).entries());
        e.add(new RawZip.Entry("word/media/image1.png", new byte[4 << 20], true, 1000));
        Path f = dir.resolve("liar.docx");
        RawZip.write(f, e);
        assertThat(reason(f)).isIn(DocumentProblem.ZIP_BOMB, DocumentProblem.CORRUPT);
    }

    @Test
    void zipWithTooManyEntries_isRefused() throws Exception {
        List<RawZip.Entry> e = new ArrayList<>(Docx.word().body(p("Текст")).entries());
        for (int i = 0; i < 10_001; i++) {
            e.add(RawZip.Entry.stored("customXml/item" + i + ".xml", "<a/>"));
        }
        Path f = dir.resolve("many.docx");
        RawZip.write(f, e);
        assertThat(reason(f)).isEqualTo(DocumentProblem.TOO_MANY_ZIP_ENTRIES);
    }

    @Test
    void zipWithTwoEntriesOfTheSameName_isRefused() throws Exception {
        List<RawZip.Entry> e = new ArrayList<>(Docx.word().body(p("Текст")).entries());
        e.add(RawZip.Entry.of("word/document.xml", "<w:document/>"));
        Path f = dir.resolve("dup.docx");
        RawZip.write(f, e);
        assertThat(reason(f)).isEqualTo(DocumentProblem.DUPLICATE_ZIP_ENTRY);
    }

    @Test
    void xxe_aDoctypeWithAnExternalEntity_isRefusedWithoutFetchingAnything() throws Exception {
        Path f = Docx.word()
                .documentPrologue("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM"
                        + " \"file:///etc/passwd\">]>")
                .body(p("&xxe;"))
                .build(dir.resolve("xxe.docx"));
        assertThat(reason(f)).isEqualTo(DocumentProblem.XML_DTD_FORBIDDEN);
    }

    @Test
    void billionLaughs_isRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path f = Docx.word().documentPrologue(dtd.toString()).body(p("&lol9;")).build(dir.resolve("lol.docx"));
        assertThat(reason(f)).isEqualTo(DocumentProblem.XML_DTD_FORBIDDEN);
    }

    @Test
    void deeplyNestedXml_isRefused() throws Exception {
        String deep = "<w:customXml w:element=\"x\">".repeat(5000) + p("Текст") + "</w:customXml>".repeat(5000);
        Path f = Docx.word().body(deep).build(dir.resolve("deep.docx"));
        assertThat(reason(f)).isEqualTo(DocumentProblem.NESTING_TOO_DEEP);
    }

    @Test
    void malformedXml_isCorrupt() throws Exception {
        Path f = Docx.word().body("<w:p><w:r><w:t>open</w:r></w:p>").build(dir.resolve("bad.docx"));
        assertThat(reason(f)).isEqualTo(DocumentProblem.CORRUPT);
    }

    @Test
    void truncatedDocx_isTruncated() throws Exception {
        Path full = Docx.word().body(p("Текст")).build(dir.resolve("full.docx"));
        Path cut = Corpus.truncated(full, dir.resolve("cut.docx"), Files.size(full) / 2);
        assertThat(reason(cut)).isEqualTo(DocumentProblem.TRUNCATED);
    }

    @Test
    void encryptedOoxml_anOle2EncryptedPackage_isPasswordProtected() throws Exception {
        Path f = dir.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(f)) {
            fs.createDocument(
                    new java.io.ByteArrayInputStream(new byte[] {4, 0, 4, 0, 0x40, 0, 0, 0}), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        DocumentReport r = inspector.inspect(f, TODAY);
        assertThat(r.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(r.problems()).containsExactly(DocumentProblem.PASSWORD_PROTECTED);
    }

    @Test
    void encryptedDoc_theFibFlag_isPasswordProtected() throws Exception {
        Path plain = DocFiles.template(dir.resolve("plain.doc"));
        Path f = dir.resolve("secret.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(plain))) {
            DocumentEntry wd = (DocumentEntry) fs.getRoot().getEntry("WordDocument");
            byte[] stream;
            try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
                stream = in.readNBytes(wd.getSize());
            }
            stream[0x0B] |= 0x01; // fEncrypted
            fs.getRoot().getEntry("WordDocument").delete();
            fs.createDocument(new java.io.ByteArrayInputStream(stream), "WordDocument");
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(reason(f)).isEqualTo(DocumentProblem.PASSWORD_PROTECTED);
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
        Path f = dir.resolve("secret.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        assertThat(reason(f)).isEqualTo(DocumentProblem.PASSWORD_PROTECTED);
    }

    @Test
    void pdfWithOnlyAnOwnerPassword_opensAndIsReadable() throws Exception {
        Path f = dir.resolve("owner.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            AccessPermission noCopy = new AccessPermission();
            noCopy.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", noCopy);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        assertThat(inspector.inspect(f, TODAY).readability().isReadable()).isTrue();
    }

    @Test
    void pdfContentStreamBomb_isRefused_inNameAndArrayForm() throws Exception {
        for (RawPdf.Filter filter : List.of(RawPdf.Filter.FLATE, RawPdf.Filter.FLATE_ARRAY)) {
            Path f = dir.resolve("bomb-" + filter + ".pdf");
            try (RawPdf pdf = RawPdf.create(f)) {
                pdf.page(new byte[16 << 20], filter, "");
            }
            assertThat(Files.size(f)).isLessThan(100_000);
            assertThat(reason(f)).as(filter.name()).isEqualTo(DocumentProblem.DECOMPRESSION_BOMB);
        }
    }

    @Test
    void pdfObjectStreamBomb_inTheArrayFilterForm_isRefusedBeforePdfBoxReadsIt() throws Exception {
        Path f = dir.resolve("objstm.pdf");
        try (RawPdf pdf = RawPdf.create(f)) {
            pdf.page("BT ET", RawPdf.Filter.NONE);
            pdf.rawStream("/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode]", RawPdf.zlib(new byte[64 << 20]));
        }
        assertThat(Files.size(f)).isLessThan(200_000);
        assertThat(reason(f)).isEqualTo(DocumentProblem.DECOMPRESSION_BOMB);
    }

    @Test
    void pdfPageTreeNestedThousandsDeep_isRefused() throws Exception {
        List<String> objects = new ArrayList<>();
        int depth = 3000;
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int i = 0; i < depth; i++) {
            int self = i + 2;
            objects.add("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1 >>");
        }
        objects.add("<< /Type /Page /MediaBox [0 0 595 842] >>");
        Path f = dir.resolve("deep.pdf");
        RawPdf.rawDocument(f, objects);
        assertThat(reason(f)).isEqualTo(DocumentProblem.NESTING_TOO_DEEP);
    }

    @Test
    void pdfPageTreeClaimingMillionsOfPages_isRefused() throws Exception {
        Path f = dir.resolve("count.pdf");
        RawPdf.rawDocument(
                f,
                List.of(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R] /Count 50000000 >>",
                        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        assertThat(reason(f)).isEqualTo(DocumentProblem.TOO_MANY_PAGES);
    }

    @Test
    void pdfPageTreeWithACycle_isRefused() throws Exception {
        Path f = dir.resolve("cycle.pdf");
        RawPdf.rawDocument(
                f,
                List.of(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                        "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"));
        assertThat(reason(f)).isIn(DocumentProblem.CORRUPT, DocumentProblem.NESTING_TOO_DEEP);
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
        for (String nest : List.of("[", "q ", "<<")) {
            Path f = dir.resolve("nest.pdf");
            Files.deleteIfExists(f);
            try (RawPdf pdf = RawPdf.create(f)) {
                pdf.simpleFont("F1", "TimesNewRomanPSMT");
                pdf.page(nest.repeat(10_000) + " BT /F1 14 Tf (x) Tj ET", RawPdf.Filter.FLATE);
            }
            assertThat(reason(f)).as(nest).isEqualTo(DocumentProblem.NESTING_TOO_DEEP);
        }
    }

    @Test
    void pdfWithoutPages_hasNoPages() throws Exception {
        Path f = dir.resolve("empty.pdf");
        RawPdf.rawDocument(f, List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"));
        assertThat(reason(f)).isEqualTo(DocumentProblem.NO_PAGES);
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
