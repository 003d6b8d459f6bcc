package kz.officesud.documents;

import static kz.officesud.documents.DocumentProblem.*;
import static kz.officesud.documents.corpus.Docx.p;
import static kz.officesud.documents.corpus.Docx.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import kz.officesud.documents.corpus.Corpus;
import kz.officesud.documents.corpus.DocFiles;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.documents.corpus.Hostile;
import kz.officesud.documents.corpus.OldFiles;
import kz.officesud.documents.corpus.RawPdf;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.LineSpacingDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance corpus: every file is made here, at test time (Word-like DOCX with styles and themes, DOC, PDFs with
 * text and scans, XLSX, JPEG, and every hostile case), and each has its expected verdict: the format its bytes show
 * and exactly the problems the inspector must report.
 */
class CorpusTest {
    private static final RuleSet TODAY = RuleSets.KZ_2018_AMENDED_2025;
    private static final RuleSet Y2014 = RuleSets.KZ_2014;
    private static final String ARIAL = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>";

    private static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("officesud-corpus");
    }

    @AfterAll
    static void removeDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        }
    }

    @FunctionalInterface
    interface Maker {
        Path make(Path target) throws Exception;
    }

    /** One corpus file: its name, how it is made, the rules it is judged by, and the expected verdict. */
    record Case(String name, Maker maker, RuleSet rules, DocumentFormat format, Set<DocumentProblem> expected) {}

    private static Case ok(String name, DocumentFormat format, Maker maker) {
        return new Case(name, maker, TODAY, format, EnumSet.noneOf(DocumentProblem.class));
    }

    private static Case bad(String name, DocumentFormat format, Maker maker, DocumentProblem... expected) {
        return with(TODAY, name, format, maker, expected);
    }

    private static Case with(
            RuleSet rules, String name, DocumentFormat format, Maker maker, DocumentProblem... expected) {
        EnumSet<DocumentProblem> e = EnumSet.noneOf(DocumentProblem.class);
        e.addAll(List.of(expected));
        return new Case(name, maker, rules, format, e);
    }

    private static Path pdf(Path target, RawPdf.Filter filter, String... fontsThenContent) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            for (int i = 0; i + 1 < fontsThenContent.length; i += 2) {
                pdf.type0Font(fontsThenContent[i], fontsThenContent[i + 1]);
            }
            pdf.page(fontsThenContent[fontsThenContent.length - 1], filter);
        }
        return target;
    }

    private static Path scanPdf(Path target, String extraContent, String font) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            if (!font.isEmpty()) {
                pdf.simpleFont("F1", font);
            }
            int img = pdf.stream(
                    "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
                    new byte[] {0, 127, (byte) 255, 0},
                    RawPdf.Filter.FLATE);
            pdf.page(
                    ("q 500 0 0 700 50 50 cm /Im1 Do Q " + extraContent).getBytes(StandardCharsets.ISO_8859_1),
                    RawPdf.Filter.FLATE,
                    "/XObject << /Im1 " + img + " 0 R >>");
        }
        return target;
    }

    static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        DocumentFormat docx = DocumentFormat.DOCX;
        // --- DOCX: Word-like, styles and themes
        c.add(ok("docx-tnr14.docx", docx, t -> Docx.word()
                .body(p("Исковое заявление"), p("Текст"))
                .build(t)));
        c.add(ok("docx-tnr14-2014.docx", docx, t -> Docx.word()
                .body(p("Заявление"))
                .build(t)));
        c.add(bad(
                "docx-theme-calibri.docx",
                docx,
                t -> Docx.word()
                        .themeFonts("Calibri", "Calibri Light")
                        .body(p("Текст"))
                        .build(t),
                WRONG_FONT));
        c.add(bad(
                "docx-heading-major-arial.docx",
                docx,
                t -> Docx.word()
                        .themeFonts("Times New Roman", "Arial")
                        .body(p("<w:pStyle w:val=\"1\"/>", r("", "Требования")), p("Текст"))
                        .build(t),
                WRONG_FONT));
        c.add(bad(
                "docx-direct-arial.docx",
                docx,
                t -> Docx.word().body(p("", r(ARIAL, "Ответчик"))).build(t),
                WRONG_FONT));
        c.add(bad(
                "docx-normal-style-verdana.docx",
                docx,
                t -> Docx.word()
                        .normalRunProps("<w:rFonts w:ascii=\"Verdana\" w:hAnsi=\"Verdana\"/>")
                        .body(p("Текст"))
                        .build(t),
                WRONG_FONT));
        c.add(bad(
                "docx-12pt.docx",
                docx,
                t -> Docx.word().body(p("", r("<w:sz w:val=\"24\"/>", "Мелко"))).build(t),
                WRONG_FONT_SIZE));
        c.add(bad(
                "docx-default-size-missing.docx",
                docx,
                t -> Docx.word().defaultRunProps("").body(p("Текст")).build(t),
                WRONG_FONT_SIZE));
        c.add(bad(
                "docx-arial-12pt.docx",
                docx,
                t -> Docx.word()
                        .body(p("", r(ARIAL + "<w:sz w:val=\"24\"/>", "Всё не так")))
                        .build(t),
                WRONG_FONT,
                WRONG_FONT_SIZE));
        c.add(bad(
                "docx-char-style-chain.docx",
                docx,
                t -> Docx.word()
                        .style(
                                "<w:style w:type=\"character\" w:styleId=\"Base\"><w:name w:val=\"Base\"/>"
                                        + "<w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/></w:rPr></w:style>")
                        .style("<w:style w:type=\"character\" w:styleId=\"Code\"><w:name w:val=\"Code\"/>"
                                + "<w:basedOn w:val=\"Base\"/></w:style>")
                        .body(p("", r("<w:rStyle w:val=\"Code\"/>", "ст. 148")))
                        .build(t),
                WRONG_FONT));
        c.add(bad(
                "docx-table-style-10pt.docx",
                docx,
                t -> Docx.word()
                        .style("<w:style w:type=\"table\" w:styleId=\"Small\"><w:name w:val=\"Small\"/>"
                                + "<w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>")
                        .body("<w:tbl><w:tblPr><w:tblStyle w:val=\"Small\"/></w:tblPr><w:tr><w:tc>" + p("Ячейка")
                                + "</w:tc></w:tr></w:tbl>")
                        .build(t),
                WRONG_FONT_SIZE));
        c.add(bad(
                "docx-header-arial.docx",
                docx,
                t -> Docx.word()
                        .header(p("", r(ARIAL, "Колонтитул")))
                        .body(p("Текст"))
                        .build(t),
                WRONG_FONT));
        c.add(bad(
                "docx-footnote-10pt.docx",
                docx,
                t -> Docx.word()
                        .footnote(1, p("", r("<w:sz w:val=\"20\"/>", "Сноска")))
                        .body(p("Текст"))
                        .build(t),
                WRONG_FONT_SIZE));
        c.add(bad(
                "docx-spacing-075.docx",
                docx,
                t -> Docx.word()
                        .body(p("<w:spacing w:line=\"180\" w:lineRule=\"auto\"/>", r("", "Тесно")))
                        .build(t),
                WRONG_LINE_SPACING));
        c.add(bad(
                "docx-spacing-exact-12pt.docx",
                docx,
                t -> Docx.word()
                        .body(p("<w:spacing w:line=\"240\" w:lineRule=\"exact\"/>", r("", "Тесно")))
                        .build(t),
                WRONG_LINE_SPACING));
        c.add(ok("docx-spacing-15.docx", docx, t -> Docx.word()
                .defaultParaProps("<w:spacing w:line=\"360\" w:lineRule=\"auto\"/>")
                .body(p("Полуторный"))
                .build(t)));
        c.add(ok("docx-cyrillic-hansi.docx", docx, t -> Docx.word()
                .body(p("", r("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Times New Roman\"/>", "Қазақстан")))
                .build(t)));
        c.add(ok("docx-deleted-fields-hidden.docx", docx, t -> Docx.word()
                .body(p(
                        "",
                        r("", "Живой текст"),
                        "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:rPr>" + ARIAL
                                + "</w:rPr><w:delText>удалено</w:delText></w:r></w:del>",
                        "<w:r><w:rPr>" + ARIAL + "</w:rPr><w:instrText> PAGE </w:instrText></w:r>",
                        r(ARIAL + "<w:vanish/>", "скрыто")))
                .build(t)));
        c.add(bad(
                "docx-liberation-serif.docx",
                docx,
                t -> Docx.word()
                        .themeFonts("Liberation Serif", "Liberation Serif")
                        .body(p("Текст"))
                        .build(t),
                WRONG_FONT));
        c.add(bad("docx-no-text.docx", docx, t -> Docx.word().build(t), NO_TEXT));
        c.add(bad("docx-named.pdf", docx, t -> Docx.word().body(p("Текст")).build(t), EXTENSION_MISMATCH));
        c.add(bad(
                "docx-without-extension",
                docx,
                t -> Docx.word().body(p("Текст")).build(t),
                EXTENSION_MISMATCH));
        c.add(bad(
                "macro.docm",
                DocumentFormat.DOCM,
                t -> Docx.word()
                        .mainContentType("application/vnd.ms-word.document.macroEnabled.main+xml")
                        .body(p("Текст"))
                        .build(t),
                MACRO_ENABLED));
        c.add(bad(
                "macro-named.docx",
                DocumentFormat.DOCM,
                t -> Docx.word()
                        .mainContentType("application/vnd.ms-word.document.macroEnabled.main+xml")
                        .body(p("Текст"))
                        .build(t),
                MACRO_ENABLED,
                EXTENSION_MISMATCH));
        // --- DOCX: hostile
        c.add(bad("zip-bomb.docx", docx, Hostile::zipBomb, ZIP_BOMB));
        c.add(bad("zip-many-entries.docx", docx, Hostile::zipManyEntries, TOO_MANY_ZIP_ENTRIES));
        c.add(bad("zip-duplicate-entry.docx", docx, Hostile::zipDuplicate, DUPLICATE_ZIP_ENTRY));
        c.add(bad("xxe.docx", docx, Hostile::xxe, XML_DTD_FORBIDDEN));
        c.add(bad("billion-laughs.docx", docx, Hostile::billionLaughs, XML_DTD_FORBIDDEN));
        c.add(bad("deep-xml.docx", docx, Hostile::deepXml, NESTING_TOO_DEEP));
        c.add(bad("malformed-xml.docx", docx, Hostile::malformedXml, CORRUPT));
        c.add(bad("password.docx", docx, Hostile::encryptedOoxml, PASSWORD_PROTECTED));
        c.add(bad(
                "truncated.docx",
                docx,
                t -> {
                    Path full = Docx.word()
                            .body(p("Текст"))
                            .build(t.resolveSibling(t.getFileName() + "-full-for-truncated.docx"));
                    return Corpus.truncated(full, t, Files.size(full) / 2);
                },
                TRUNCATED));
        // --- DOC
        DocumentFormat doc = DocumentFormat.DOC;
        c.add(ok("doc-tnr14.doc", doc, DocFiles::template));
        c.add(with(Y2014, "doc-tnr14-2014.doc", doc, DocFiles::template));
        c.add(bad(
                "doc-arial.doc",
                doc,
                t -> DocFiles.edited(t, d -> {
                    CharacterRun run = d.getRange().getParagraph(0).getCharacterRun(0);
                    run.setFtcAscii(DocFiles.ARIAL);
                    run.setFtcOther(DocFiles.ARIAL);
                }),
                WRONG_FONT));
        c.add(bad(
                "doc-12pt.doc",
                doc,
                t -> DocFiles.edited(
                        t, d -> d.getRange().getParagraph(2).getCharacterRun(0).setFontSize(24)),
                WRONG_FONT_SIZE));
        c.add(bad(
                "doc-spacing-075.doc",
                doc,
                t -> DocFiles.edited(t, d -> {
                    LineSpacingDescriptor lsd = new LineSpacingDescriptor();
                    lsd.setDyaLine((short) 180);
                    lsd.setMultiLinespace((short) 1);
                    d.getRange().getParagraph(1).setLineSpacing(lsd);
                }),
                WRONG_LINE_SPACING));
        c.add(bad("doc-named.docx", doc, DocFiles::template, EXTENSION_MISMATCH));
        c.add(bad("doc-password.doc", doc, Hostile::encryptedDoc, PASSWORD_PROTECTED));
        c.add(bad(
                "doc-truncated.doc",
                doc,
                t -> Corpus.truncated(
                        DocFiles.template(t.resolveSibling(t.getFileName() + "-full-for-truncated.doc")), t, 3000),
                TRUNCATED));
        // --- DOC as real files come: old formats, macros, writers' quirks (each once read as damaged or as fine)
        DocumentFormat oldWord = DocumentFormat.OLD_WORD;
        c.add(bad("word95.doc", oldWord, OldFiles::word95, OLD_WORD_FORMAT));
        c.add(bad("word95-named.docx", oldWord, OldFiles::word95, OLD_WORD_FORMAT, EXTENSION_MISMATCH));
        c.add(bad("word2.doc", oldWord, OldFiles::word2, OLD_WORD_FORMAT));
        c.add(bad("doc-vba-macros.doc", doc, OldFiles::docWithVba, MACRO_ENABLED));
        c.add(with(
                Y2014,
                "calc-vba-macros.xls",
                DocumentFormat.XLS,
                OldFiles::xlsWithVba,
                FORMAT_NOT_ALLOWED,
                MACRO_ENABLED));
        c.add(ok("doc-fat-marks-past-the-end.doc", doc, OldFiles::fatMarksPastTheEnd));
        c.add(ok("doc-empty-story-past-the-text.doc", doc, OldFiles::emptyStoryPastTheText));
        c.add(bad(
                "doc-stylesheet-default-arial.doc",
                doc,
                t -> OldFiles.stylesheetDefaultFont(t, DocFiles.ARIAL),
                WRONG_FONT));
        c.add(ok(
                "doc-stylesheet-default-tnr.doc",
                doc,
                t -> OldFiles.stylesheetDefaultFont(t, DocFiles.TIMES_NEW_ROMAN)));
        c.add(bad("doc-no-text.doc", doc, OldFiles::docWithoutText, NO_TEXT));
        // --- messages: one character, a tiny share, the first place of a deviation past the findings kept
        c.add(bad(
                "docx-one-character-arial.docx",
                docx,
                t -> Docx.word().body(p("", r("", "Текст"), r(ARIAL, "№"))).build(t),
                WRONG_FONT));
        c.add(bad(
                "docx-tiny-share-arial.docx",
                docx,
                t -> Docx.word()
                        .body(p("Исковое заявление о взыскании задолженности ".repeat(500)), p("", r(ARIAL, "№")))
                        .build(t),
                WRONG_FONT));
        c.add(bad(
                "docx-font-after-many-size-findings.docx",
                docx,
                t -> {
                    List<String> paragraphs = new ArrayList<>();
                    for (int i = 0; i < 120; i++) {
                        paragraphs.add(p("", r("<w:sz w:val=\"24\"/>", "Абзац " + i)));
                    }
                    paragraphs.add(p("", r(ARIAL, "Ответчик")));
                    return Docx.word().body(paragraphs.toArray(String[]::new)).build(t);
                },
                WRONG_FONT,
                WRONG_FONT_SIZE));
        // --- PDF with text
        DocumentFormat pdf = DocumentFormat.PDF;
        c.add(ok("pdf-word-like.pdf", pdf, Corpus::textPdf));
        c.add(with(Y2014, "pdf-word-like-2014.pdf", pdf, Corpus::textPdf));
        c.add(bad(
                "pdf-arial.pdf",
                pdf,
                t -> pdf(t, RawPdf.Filter.FLATE, "F1", "GHIJKL+ArialMT", RawPdf.line2("F1", 14, 72, 760, "Ответчик")),
                WRONG_FONT));
        c.add(bad(
                "pdf-12pt.pdf",
                pdf,
                t -> pdf(
                        t,
                        RawPdf.Filter.FLATE,
                        "F1",
                        "ABCDEF+TimesNewRomanPSMT",
                        RawPdf.line2("F1", 12, 72, 760, "Мелко")),
                WRONG_FONT_SIZE));
        c.add(ok(
                "pdf-scaled-matrix.pdf",
                pdf,
                t -> pdf(
                        t,
                        RawPdf.Filter.FLATE,
                        "F1",
                        "TimesNewRomanPSMT",
                        "q 0.75 0 0 0.75 0 0 cm BT /F1 18.66667 Tf 96 1000 Td <04180441043a> Tj ET Q")));
        c.add(ok(
                "pdf-uncompressed.pdf",
                pdf,
                t -> pdf(t, RawPdf.Filter.NONE, "F1", "TimesNewRomanPSMT", RawPdf.line2("F1", 14, 72, 760, "Текст"))));
        c.add(ok(
                "pdf-array-filter.pdf",
                pdf,
                t -> pdf(
                        t,
                        RawPdf.Filter.FLATE_ARRAY,
                        "F1",
                        "TimesNewRomanPSMT",
                        RawPdf.line2("F1", 14, 72, 760, "Текст"))));
        c.add(bad(
                "pdf-liberation.pdf",
                pdf,
                t -> pdf(
                        t,
                        RawPdf.Filter.FLATE,
                        "F1",
                        "QWERTY+LiberationSerif",
                        RawPdf.line2("F1", 14, 72, 760, "Текст")),
                WRONG_FONT));
        c.add(with(
                TODAY.withLayout(LayoutRule.timesNewRoman14().acceptingMetricCompatibleSubstitutes()),
                "pdf-liberation-accepted.pdf",
                pdf,
                t -> pdf(
                        t,
                        RawPdf.Filter.FLATE,
                        "F1",
                        "QWERTY+LiberationSerif",
                        RawPdf.line2("F1", 14, 72, 760, "Текст"))));
        c.add(ok(
                "pdf-bold-italic.pdf",
                pdf,
                t -> pdf(
                        t,
                        RawPdf.Filter.FLATE,
                        "F1",
                        "TimesNewRomanPS-BoldMT",
                        "F2",
                        "TimesNewRomanPS-ItalicMT",
                        RawPdf.line2("F1", 14, 72, 760, "Жирный") + RawPdf.line2("F2", 14, 72, 740, "Курсив"))));
        c.add(bad(
                "pdf-mixed-two-pages.pdf",
                pdf,
                t -> {
                    try (RawPdf p = RawPdf.create(t)) {
                        p.type0Font("F1", "ABCDEF+TimesNewRomanPSMT").type0Font("F2", "GHIJKL+ArialMT");
                        p.page(RawPdf.line2("F1", 14, 72, 760, "Первая"), RawPdf.Filter.FLATE);
                        p.page(RawPdf.line2("F2", 12, 72, 760, "Вторая"), RawPdf.Filter.FLATE);
                    }
                    return t;
                },
                WRONG_FONT,
                WRONG_FONT_SIZE));
        c.add(bad("pdf-named.docx", pdf, Corpus::textPdf, EXTENSION_MISMATCH));
        // --- PDF: every standard filter and chain (once "no text layer"), and what cannot be decoded
        for (RawPdf.Filter f : List.of(
                RawPdf.Filter.ASCII85_FLATE,
                RawPdf.Filter.ASCII_HEX,
                RawPdf.Filter.LZW,
                RawPdf.Filter.RUN_LENGTH,
                RawPdf.Filter.FLATE_PNG_UP,
                RawPdf.Filter.HEX_LZW_EARLY0)) {
            String name = f.name().toLowerCase(Locale.ROOT).replace('_', '-');
            c.add(ok(
                    "pdf-filter-" + name + ".pdf",
                    pdf,
                    t -> pdf(
                            t,
                            f,
                            "F1",
                            "BCDEEE+TimesNewRomanPSMT",
                            RawPdf.line2("F1", 14, 72, 760, "Исковое заявление"))));
        }
        c.add(bad(
                "pdf-ascii85-flate-arial.pdf",
                pdf,
                t -> pdf(
                        t,
                        RawPdf.Filter.ASCII85_FLATE,
                        "F1",
                        "GHIJKL+ArialMT",
                        RawPdf.line2("F1", 14, 72, 760, "Ответчик")),
                WRONG_FONT));
        c.add(bad(
                "pdf-content-not-decodable.pdf",
                pdf,
                t -> pdf(
                        t,
                        RawPdf.Filter.UNDECODABLE,
                        "F1",
                        "BCDEEE+TimesNewRomanPSMT",
                        RawPdf.line2("F1", 14, 72, 760, "Текст")),
                LAYOUT_NOT_CHECKABLE));
        c.add(ok(
                "pdf-wrong-stream-length.pdf",
                pdf,
                t -> Hostile.pdfWithWrongStreamLength(
                        Corpus.textPdf(t.resolveSibling(t.getFileName() + "-source.pdf")), t)));
        c.add(ok(
                "pdf-wrong-xref-offsets.pdf",
                pdf,
                t -> Hostile.pdfWithWrongOffsets(
                        Corpus.textPdf(t.resolveSibling(t.getFileName() + "-source-of-wrong-offsets.pdf")), t)));
        c.add(bad("pdf-certificate-encrypted.pdf", pdf, Hostile::pdfForCertificateHolder, PASSWORD_PROTECTED));
        c.add(with(TODAY.withMaxFileSize(1024), "pdf-over-limit.pdf", pdf, Corpus::textPdf, TOO_LARGE));
        // --- PDF scans
        c.add(bad("pdf-scan.pdf", pdf, t -> scanPdf(t, "", ""), LAYOUT_NOT_CHECKABLE));
        c.add(bad(
                "pdf-scan-ocr-layer.pdf",
                pdf,
                t -> scanPdf(t, "BT 3 Tr /F1 10 Tf 72 700 Td (ocr) Tj ET", "GlyphLessFont"),
                LAYOUT_NOT_CHECKABLE));
        c.add(bad(
                "pdf-owner-password-only.pdf",
                pdf,
                t -> Hostile.pdfWithPasswords(t, "owner", ""),
                LAYOUT_NOT_CHECKABLE));
        // --- PDF hostile
        c.add(bad("pdf-user-password.pdf", pdf, t -> Hostile.pdfWithPasswords(t, "owner", "user"), PASSWORD_PROTECTED));
        c.add(bad("pdf-stream-bomb.pdf", pdf, t -> Hostile.pdfStreamBomb(t, RawPdf.Filter.FLATE), DECOMPRESSION_BOMB));
        c.add(bad(
                "pdf-stream-bomb-array.pdf",
                pdf,
                t -> Hostile.pdfStreamBomb(t, RawPdf.Filter.FLATE_ARRAY),
                DECOMPRESSION_BOMB));
        c.add(bad("pdf-objstm-bomb-array.pdf", pdf, Hostile::pdfObjectStreamBomb, DECOMPRESSION_BOMB));
        c.add(bad("pdf-objstm-bomb-ascii85.pdf", pdf, Hostile::pdfObjectStreamBombAscii85, DECOMPRESSION_BOMB));
        c.add(bad("pdf-lzw-bomb.pdf", pdf, Hostile::pdfLzwBomb, DECOMPRESSION_BOMB));
        c.add(bad("pdf-deep-page-tree.pdf", pdf, Hostile::pdfDeepPageTree, NESTING_TOO_DEEP));
        c.add(bad("pdf-page-count-lie.pdf", pdf, Hostile::pdfPageCountLie, TOO_MANY_PAGES));
        c.add(bad("pdf-page-tree-cycle.pdf", pdf, Hostile::pdfPageTreeCycle, CORRUPT));
        c.add(bad("pdf-deep-arrays.pdf", pdf, t -> Hostile.pdfDeepContent(t, "["), NESTING_TOO_DEEP));
        c.add(bad("pdf-deep-q.pdf", pdf, t -> Hostile.pdfDeepContent(t, "q "), NESTING_TOO_DEEP));
        c.add(bad("pdf-no-pages.pdf", pdf, Hostile::pdfNoPages, NO_PAGES));
        c.add(bad(
                "pdf-truncated.pdf",
                pdf,
                t -> {
                    Path full = Corpus.textPdf(t.resolveSibling(t.getFileName() + "-full-for-truncated.pdf"));
                    return Corpus.truncated(full, t, Files.size(full) * 2 / 3);
                },
                TRUNCATED));
        // --- XLSX, JPEG and what the court does not take
        c.add(ok("calc.xlsx", DocumentFormat.XLSX, Corpus::xlsx));
        c.add(with(Y2014, "calc-2014.xlsx", DocumentFormat.XLSX, Corpus::xlsx, FORMAT_NOT_ALLOWED));
        c.add(bad("calc-named.docx", DocumentFormat.XLSX, Corpus::xlsx, EXTENSION_MISMATCH));
        c.add(bad("calc.xlsm", DocumentFormat.XLSM, Corpus::xlsm, MACRO_ENABLED));
        c.add(with(Y2014, "scan-2014.jpg", DocumentFormat.JPEG, Corpus::jpeg, LAYOUT_NOT_CHECKABLE));
        c.add(with(Y2014, "scan-2014.jpeg", DocumentFormat.JPEG, Corpus::jpeg, LAYOUT_NOT_CHECKABLE));
        c.add(bad("scan.jpg", DocumentFormat.JPEG, Corpus::jpeg, FORMAT_NOT_ALLOWED, LAYOUT_NOT_CHECKABLE));
        c.add(with(
                Y2014,
                "scan-truncated.jpg",
                DocumentFormat.JPEG,
                t -> Corpus.truncated(
                        Corpus.jpeg(t.resolveSibling(t.getFileName() + "-full-for-truncated.jpg")), t, 600),
                TRUNCATED));
        c.add(bad("scan.png", DocumentFormat.PNG, Corpus::png, FORMAT_NOT_ALLOWED));
        c.add(bad("claim.odt", DocumentFormat.ODF, Corpus::odt, OPEN_DOCUMENT));
        c.add(bad("archive.zip", DocumentFormat.ZIP, Corpus::zip, PLAIN_ZIP));
        c.add(bad("archive-named.docx", DocumentFormat.ZIP, Corpus::zip, PLAIN_ZIP, EXTENSION_MISMATCH));
        c.add(bad("text-named.doc", DocumentFormat.UNKNOWN, t -> Corpus.text(t, "Исковое заявление"), UNKNOWN_FORMAT));
        c.add(bad(
                "random-named.pdf",
                DocumentFormat.UNKNOWN,
                t -> {
                    byte[] b = new byte[4096];
                    new Random(7).nextBytes(b);
                    b[0] = 'X';
                    return Files.write(t, b);
                },
                UNKNOWN_FORMAT));
        c.add(bad("empty.pdf", DocumentFormat.UNKNOWN, t -> Files.write(t, new byte[0]), EMPTY));
        return c;
    }

    @Test
    void corpus_hasAtLeastSixtyFiles_coveringEveryFormatAndProblem() {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases.stream().map(Case::name).distinct()).hasSameSizeAs(cases);
        EnumSet<DocumentProblem> covered = EnumSet.noneOf(DocumentProblem.class);
        cases.forEach(k -> covered.addAll(k.expected()));
        // every problem but UNSUPPORTED_ENCODING (an exotic PDF filter) has a file in the corpus
        assertThat(EnumSet.complementOf(covered)).containsExactly(UNSUPPORTED_ENCODING);
        assertThat(cases.stream().map(Case::format))
                .contains(
                        DocumentFormat.DOCX,
                        DocumentFormat.DOC,
                        DocumentFormat.PDF,
                        DocumentFormat.XLSX,
                        DocumentFormat.JPEG);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFile_getsItsExpectedVerdict() {
        DocumentInspector inspector = DocumentInspector.create();
        return corpus().stream()
                .map(k -> DynamicTest.dynamicTest(k.name(), () -> {
                    Path f = k.maker().make(dir.resolve(k.name()));
                    DocumentReport r = inspector.inspect(f, k.rules());
                    assertThat(r.format()).as("format of %s", k.name()).isEqualTo(k.format());
                    assertThat(EnumSet.copyOf(withNone(r.problems())))
                            .as("problems of %s: %s", k.name(), r.violations())
                            .isEqualTo(withNone(List.copyOf(k.expected())));
                    boolean errors = k.expected().stream().anyMatch(p -> p.severity() == Severity.ERROR);
                    assertThat(r.acceptable()).as("acceptable %s", k.name()).isEqualTo(!errors);
                    for (DocumentViolation v : r.violations()) {
                        for (Locale l :
                                List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"))) {
                            assertWellFormed(v, l);
                        }
                    }
                }));
    }

    private static final java.util.regex.Pattern RU_COUNT =
            java.util.regex.Pattern.compile("\\((\\d[\\d\\u00a0]*) (знак|знака|знаков)\\)");
    private static final java.util.regex.Pattern EN_COUNT =
            java.util.regex.Pattern.compile("\\((\\d[\\d,]*) (character|characters)\\)");

    /**
     * A message says what is true in plain words: every value filled, no empty quotes, no unknown place, no 0 % of
     * anything, no format code for a name, and a count with its word in the right plural form.
     */
    static void assertWellFormed(DocumentViolation v, Locale l) {
        String m = v.message(l);
        assertThat(m)
                .as("message %s in %s", v.messageKey(), l)
                .doesNotContain("{", "}", "«»", " ?", "?:", "ooxml", "ole2", " a a", " a Excel", " a OpenDocument")
                .doesNotContainPattern("(?<![0-9.,])0%")
                .doesNotContainPattern("\\b(an?|is) (docx|doc|pdf|xlsx|jpeg|xls|docm|xlsm|zip|png|word6)\\b");
        java.util.regex.Matcher ru = RU_COUNT.matcher(m);
        while (ru.find()) {
            long n = Long.parseLong(ru.group(1).replaceAll("\\D", ""));
            long d = n % 10;
            long h = n % 100;
            String word = d == 1 && h != 11 ? "знак" : d >= 2 && d <= 4 && (h < 12 || h > 14) ? "знака" : "знаков";
            assertThat(ru.group(2)).as("%s: %s", m, n).isEqualTo(word);
        }
        java.util.regex.Matcher en = EN_COUNT.matcher(m);
        while (en.find()) {
            long n = Long.parseLong(en.group(1).replaceAll("\\D", ""));
            assertThat(en.group(2)).as("%s: %s", m, n).isEqualTo(n == 1 ? "character" : "characters");
        }
        if (l.getLanguage().equals("kk")) {
            assertThat(m).as(m).doesNotContain("таңбалар");
        }
    }

    private static EnumSet<DocumentProblem> withNone(List<DocumentProblem> problems) {
        EnumSet<DocumentProblem> s = EnumSet.noneOf(DocumentProblem.class);
        s.addAll(problems);
        return s;
    }
}
