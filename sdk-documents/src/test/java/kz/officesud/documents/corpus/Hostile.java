package kz.officesud.documents.corpus;

import static kz.officesud.documents.corpus.Docx.p;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Makers of hostile and broken files: each small on disk, each built to hurt a naive reader. */
public final class Hostile {
    private Hostile() {}

    private static List<RawZip.Entry> word() {
        return new ArrayList<>(Docx.word().body(p("Текст")).entries());
    }

    /** A DOCX with an 8 MB entry of zeros that deflates to 8 KB. */
    public static Path zipBomb(Path target) throws IOException {
        List<RawZip.Entry> e = word();
        e.add(RawZip.Entry.of("word/media/image1.png", new byte[8 << 20]));
        RawZip.write(target, e);
        return target;
    }

    /** A DOCX whose headers declare 1,000 bytes for a 4 MB entry. */
    public static Path zipSizeLie(Path target) throws IOException {
        List<RawZip.Entry> e = word();
        e.add(new RawZip.Entry("word/media/image1.png", new byte[4 << 20], true, 1000));
        RawZip.write(target, e);
        return target;
    }

    public static Path zipManyEntries(Path target) throws IOException {
        List<RawZip.Entry> e = word();
        for (int i = 0; i < 10_001; i++) {
            e.add(RawZip.Entry.stored("customXml/item" + i + ".xml", "<a/>"));
        }
        RawZip.write(target, e);
        return target;
    }

    public static Path zipDuplicate(Path target) throws IOException {
        List<RawZip.Entry> e = word();
        e.add(RawZip.Entry.of("word/document.xml", "<w:document/>"));
        RawZip.write(target, e);
        return target;
    }

    public static Path xxe(Path target) throws IOException {
        return Docx.word()
                .documentPrologue("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM"
                        + " \"file:///etc/passwd\">]>")
                .body(p("&xxe;"))
                .build(target);
    }

    public static Path billionLaughs(Path target) throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return Docx.word().documentPrologue(dtd.toString()).body(p("&lol9;")).build(target);
    }

    public static Path deepXml(Path target) throws IOException {
        String deep = "<w:customXml w:element=\"x\">".repeat(5000) + p("Текст") + "</w:customXml>".repeat(5000);
        return Docx.word().body(deep).build(target);
    }

    public static Path malformedXml(Path target) throws IOException {
        return Docx.word().body("<w:p><w:r><w:t>open</w:r></w:p>").build(target);
    }

    /** An OLE2 file holding an encrypted OOXML package, as Word saves a DOCX with a password. */
    public static Path encryptedOoxml(Path target) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(target)) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {4, 0, 4, 0, 0x40, 0, 0, 0}), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        return target;
    }

    /** The template DOC with the FIB's fEncrypted flag set. */
    public static Path encryptedDoc(Path target) throws IOException {
        Path plain = DocFiles.template(target.resolveSibling(target.getFileName() + ".plain"));
        try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(plain))) {
            DocumentEntry wd = (DocumentEntry) fs.getRoot().getEntry("WordDocument");
            byte[] stream;
            try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
                stream = in.readNBytes(wd.getSize());
            }
            stream[0x0B] |= 0x01;
            fs.getRoot().getEntry("WordDocument").delete();
            fs.createDocument(new ByteArrayInputStream(stream), "WordDocument");
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        } finally {
            Files.deleteIfExists(plain);
        }
        return target;
    }

    public static Path pdfWithPasswords(Path target, String owner, String user) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(target.toFile());
        }
        return target;
    }

    /**
     * A PDF encrypted for the holder of a certificate (public-key security, {@code /Filter /Adobe.PubSec}, {@code
     * /SubFilter /adbe.pkcs7.s4}), as Acrobat writes it when a document is encrypted "with certificates": only the
     * recipient's private key opens it. PDFBox writes it with Bouncy Castle (here, in the tests).
     */
    public static Path pdfForCertificateHolder(Path target) throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        java.security.KeyPair kp = g.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name name =
                new org.bouncycastle.asn1.x500.X500Name("CN=Судья Иванов, O=Суд, C=KZ");
        java.util.Date from = new java.util.Date(System.currentTimeMillis() - 86_400_000L);
        java.util.Date to = new java.util.Date(System.currentTimeMillis() + 365 * 86_400_000L);
        org.bouncycastle.cert.X509CertificateHolder holder =
                new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
                                name, java.math.BigInteger.valueOf(7), from, to, name, kp.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                                .build(kp.getPrivate()));
        java.security.cert.X509Certificate cert =
                new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
                    new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN),
                        14);
                cs.newLineAtOffset(72, 760);
                cs.showText("Statement of claim");
                cs.endText();
            }
            org.apache.pdfbox.pdmodel.encryption.PublicKeyProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.PublicKeyProtectionPolicy();
            org.apache.pdfbox.pdmodel.encryption.PublicKeyRecipient recipient =
                    new org.apache.pdfbox.pdmodel.encryption.PublicKeyRecipient();
            recipient.setX509(cert);
            recipient.setPermission(new AccessPermission());
            policy.addRecipient(recipient);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(target.toFile());
        }
        return target;
    }

    /** A one-page PDF whose content stream, {@code [/ASCII85Decode /LZWDecode]}, decodes from 70 KB to 16 MB. */
    public static Path pdfLzwBomb(Path target) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            int c = pdf.rawStream(
                    "/Filter [/ASCII85Decode /LZWDecode]", Encoders.ascii85(Encoders.lzw(new byte[16 << 20], 1)));
            pdf.pageWithContents(c + " 0 R", "");
        }
        return target;
    }

    /** {@link #pdfObjectStreamBomb}, its object stream behind {@code [/ASCII85Decode /FlateDecode]}. */
    public static Path pdfObjectStreamBombAscii85(Path target) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            pdf.page("BT ET", RawPdf.Filter.NONE);
            pdf.rawStream(
                    "/Type /ObjStm /N 1 /First 4 /Filter [/ASCII85Decode /FlateDecode]",
                    Encoders.ascii85(RawPdf.zlib(new byte[64 << 20])));
        }
        return target;
    }

    /**
     * {@code source} with every cross-reference offset wrong by a few bytes (line endings changed after the file was
     * written: each LF of the header became CR LF), as mail gateways and text-mode transfers leave PDFs; readers
     * rebuild the table by scanning the file.
     */
    public static Path pdfWithWrongOffsets(Path source, Path target) throws IOException {
        byte[] b = Files.readAllBytes(source);
        String head = new String(b, 0, 32, java.nio.charset.StandardCharsets.ISO_8859_1);
        int firstLf = head.indexOf('\n');
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length + 8);
        out.write(b, 0, firstLf);
        out.write('\r');
        out.write(b, firstLf, b.length - firstLf);
        Files.write(target, out.toByteArray());
        return target;
    }

    /**
     * {@code source} with the last stream's {@code /Length} too large (the same number of digits, all nines), as
     * editors that change a stream without updating its length leave PDFs; readers find {@code endstream} instead.
     */
    public static Path pdfWithWrongStreamLength(Path source, Path target) throws IOException {
        String s = new String(Files.readAllBytes(source), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/Length (\\d+)").matcher(s);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start(1);
            end = m.end(1);
        }
        String wrong = s.substring(0, start) + "9".repeat(end - start) + s.substring(end);
        Files.write(target, wrong.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return target;
    }

    /** A one-page PDF whose content stream inflates from a few KB to 16 MB. */
    public static Path pdfStreamBomb(Path target, RawPdf.Filter filter) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            pdf.page(new byte[16 << 20], filter, "");
        }
        return target;
    }

    /** An object stream ({@code /Filter [/FlateDecode]}) of 64 MB of zeros, which PDFBox would inflate in memory. */
    public static Path pdfObjectStreamBomb(Path target) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            pdf.page("BT ET", RawPdf.Filter.NONE);
            pdf.rawStream("/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode]", RawPdf.zlib(new byte[64 << 20]));
        }
        return target;
    }

    public static Path pdfDeepPageTree(Path target) throws IOException {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int i = 0; i < 3000; i++) {
            objects.add("<< /Type /Pages /Kids [" + (i + 3) + " 0 R] /Count 1 >>");
        }
        objects.add("<< /Type /Page /MediaBox [0 0 595 842] >>");
        RawPdf.rawDocument(target, objects);
        return target;
    }

    public static Path pdfPageCountLie(Path target) throws IOException {
        RawPdf.rawDocument(
                target,
                List.of(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R] /Count 50000000 >>",
                        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        return target;
    }

    public static Path pdfPageTreeCycle(Path target) throws IOException {
        RawPdf.rawDocument(
                target,
                List.of(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                        "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"));
        return target;
    }

    public static Path pdfNoPages(Path target) throws IOException {
        RawPdf.rawDocument(
                target, List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"));
        return target;
    }

    /** A content stream that opens {@code nest} ten thousand times. */
    public static Path pdfDeepContent(Path target, String nest) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            pdf.simpleFont("F1", "TimesNewRomanPSMT");
            pdf.page(nest.repeat(10_000) + " BT /F1 14 Tf (x) Tj ET", RawPdf.Filter.FLATE);
        }
        return target;
    }
}
