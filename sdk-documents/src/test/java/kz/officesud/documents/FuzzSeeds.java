package kz.officesud.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.documents.corpus.Encoders;
import kz.officesud.documents.corpus.RawPdf;
import kz.officesud.documents.internal.PdfFiltersFuzzTest;

/**
 * Writes the seeds of this module's fuzz targets from the test corpus's own generators (nothing downloaded, nothing
 * from outside the repository): into {@code .cifuzz-corpus/<target class>/<method>/} under the directory it runs in,
 * where the fuzz profile's runs read and grow them. Files over 64 KB are left out, so the fuzzer's inputs stay small.
 * Run from the module's directory with its test class path (docs/reliability.md).
 */
public final class FuzzSeeds {
    private static final int MAX_SEED = 64 << 10;
    private static final String INTERNAL = "kz.officesud.documents.internal.";

    private FuzzSeeds() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".cifuzz-corpus");
        Path work = Files.createTempDirectory("officesud-seeds");
        try {
            inspectorSeeds(root, work);
            xmlSeeds(root, work);
            filterSeeds(root);
            contentSeeds(root);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static Path dir(Path root, String target, String method) throws IOException {
        return Files.createDirectories(root.resolve(target).resolve(method));
    }

    /** Every corpus file of at most 64 KB, to the inspection target of its format (images and others to the PDF one). */
    private static void inspectorSeeds(Path root, Path work) throws Exception {
        for (CorpusTest.Case c : CorpusTest.corpus()) {
            Path file = c.maker().make(work.resolve(c.name()));
            if (Files.size(file) > MAX_SEED || Files.size(file) == 0) {
                continue;
            }
            String target =
                    switch (c.format()) {
                        case DOCX, DOCM, XLSX, XLSM, ODF, OTHER_OOXML, ZIP -> DocxInspectionFuzzTest.class.getName();
                        case DOC, OLD_WORD, XLS, OTHER_OLE2 -> DocInspectionFuzzTest.class.getName();
                        default -> PdfInspectionFuzzTest.class.getName();
                    };
            Files.copy(file, dir(root, target, "inspect").resolve(c.name()));
        }
    }

    /** The XML parts of a Word-like package with a header, a footnote and a table. */
    private static void xmlSeeds(Path root, Path work) throws IOException {
        Path docx = Docx.word()
                .header(Docx.p("Колонтитул"))
                .footnote(1, Docx.p("Сноска"))
                .body(
                        Docx.p("Исковое заявление &amp; &#1040;"),
                        "<w:tbl><w:tblPr><w:tblStyle w:val=\"T\"/></w:tblPr><w:tr><w:tc>" + Docx.p("Ячейка")
                                + "</w:tc></w:tr></w:tbl>",
                        "<w:p><w:r><w:t><![CDATA[<текст>]]></w:t></w:r></w:p>")
                .build(work.resolve("parts.docx"));
        Path out = dir(root, INTERNAL + "FastXmlFuzzTest", "scan");
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] part = in.readAllBytes();
                    if (part.length <= MAX_SEED) {
                        Files.write(out.resolve(entry.getName().replace('/', '_')), part);
                    }
                }
            }
        }
    }

    /** A content stream through every filter, with and without predictors. */
    private static void filterSeeds(Path root) throws IOException {
        byte[] content = (RawPdf.line2("F1", 14, 72, 760, "Исковое заявление")
                        + RawPdf.line("F2", 12, 72, 740, "Claim of 1 500 000 tenge"))
                .getBytes(StandardCharsets.ISO_8859_1);
        Path out = dir(root, INTERNAL + "PdfFiltersFuzzTest", "decode");
        seed(out, "ahx", PdfFiltersFuzzTest.input(List.of("ASCIIHexDecode"), null, Encoders.asciiHex(content)));
        seed(out, "a85", PdfFiltersFuzzTest.input(List.of("ASCII85Decode"), null, Encoders.ascii85(content)));
        seed(out, "rl", PdfFiltersFuzzTest.input(List.of("RunLengthDecode"), null, Encoders.runLength(content)));
        seed(out, "lzw", PdfFiltersFuzzTest.input(List.of("LZWDecode"), null, Encoders.lzw(content, 1)));
        seed(out, "fl", PdfFiltersFuzzTest.input(List.of("FlateDecode"), null, RawPdf.zlib(content)));
        seed(
                out,
                "fl-png-up",
                PdfFiltersFuzzTest.input(
                        List.of("FlateDecode"), new int[] {12, 1, 8, 16}, RawPdf.zlib(Encoders.pngUp(content, 16))));
        seed(
                out,
                "a85-fl",
                PdfFiltersFuzzTest.input(
                        List.of("ASCII85Decode", "FlateDecode"), null, Encoders.ascii85(RawPdf.zlib(content))));
        seed(
                out,
                "ahx-lzw",
                PdfFiltersFuzzTest.input(
                        List.of("ASCIIHexDecode", "LZWDecode"), null, Encoders.asciiHex(Encoders.lzw(content, 1))));
        seed(
                out,
                "ahx-rl-crypt",
                PdfFiltersFuzzTest.input(
                        List.of("ASCIIHexDecode", "RunLengthDecode", "Crypt"),
                        null,
                        Encoders.asciiHex(Encoders.runLength(content))));
    }

    /** Content streams as writers make them: text in simple and Type0 fonts, arrays, forms, images, inline images. */
    private static void contentSeeds(Path root) throws IOException {
        Path out = dir(root, INTERNAL + "PdfContentScannerFuzzTest", "scan");
        seed(out, "type0", RawPdf.line2("F1", 14, 72, 760, "Исковое заявление").getBytes(StandardCharsets.ISO_8859_1));
        seed(
                out,
                "simple-tj",
                ("BT /F2 12 Tf 14.4 TL 1 0 0 1 72 700 Tm [(Cla) -20 (im) 300 (\\(1\\) \\\\ \\101)] TJ T* (next) '"
                                + " 2 1 (last) \" ET")
                        .getBytes(StandardCharsets.ISO_8859_1));
        seed(
                out,
                "matrices",
                "q 0.75 0 0 0.75 0 0 cm BT /F1 18.66667 Tf 3 Tr 96 1000 Td <04180441043a> Tj ET Q q 500 0 0 700 50 50 cm /Im1 Do Q"
                        .getBytes(StandardCharsets.ISO_8859_1));
        seed(
                out,
                "inline-image",
                "q 10 0 0 10 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u0000\u007f\u00ff\u0000 EI Q BT /F1 1 Tf (x) Tj ET"
                        .getBytes(StandardCharsets.ISO_8859_1));
        seed(
                out,
                "dicts-and-comments",
                ("% a comment\n/OC /oc1 BDC /Span << /ActualText <FEFF0041> /MCID 0 >> BDC BT /F1 14 Tf (A) Tj ET EMC"
                                + " EMC 1 0 0 RG 0 0 m 10 10 l S { } [ [ ] ]")
                        .getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void seed(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name + "-" + HexFormat.of().formatHex(bytes, 0, Math.min(4, bytes.length))), bytes);
    }
}
