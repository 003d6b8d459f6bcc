package kz.officesud.documents.corpus;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Makers of the simpler corpus files: XLSX, ODF, ZIP, JPEG, PNG, text PDFs. */
public final class Corpus {
    private Corpus() {}

    public static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public static final String XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    /** A minimal Excel-like workbook with one sheet. */
    public static List<RawZip.Entry> xlsxEntries(String mainContentType) {
        List<RawZip.Entry> e = new ArrayList<>();
        e.add(RawZip.Entry.of(
                "[Content_Types].xml",
                Docx.xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + mainContentType + "\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>")));
        e.add(RawZip.Entry.of(
                "_rels/.rels",
                Docx.xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>")));
        e.add(RawZip.Entry.of(
                "xl/workbook.xml",
                Docx.xml("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                        + "<sheet name=\"Расчёт\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")));
        e.add(RawZip.Entry.of(
                "xl/_rels/workbook.xml.rels",
                Docx.xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>")));
        e.add(
                RawZip.Entry.of(
                        "xl/worksheets/sheet1.xml",
                        Docx.xml(
                                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Сумма иска</t></is></c><c r=\"B1\"><v>1500000</v></c></row></sheetData></worksheet>")));
        return e;
    }

    public static Path xlsx(Path target) throws IOException {
        RawZip.write(target, xlsxEntries(XLSX_MAIN));
        return target;
    }

    public static Path xlsm(Path target) throws IOException {
        List<RawZip.Entry> e = xlsxEntries(XLSM_MAIN);
        e.add(RawZip.Entry.of("xl/vbaProject.bin", new byte[] {1, 2, 3, 4}));
        RawZip.write(target, e);
        return target;
    }

    /** An OpenDocument text: a stored mimetype first, as ODF wants. */
    public static Path odt(Path target) throws IOException {
        RawZip.write(
                target,
                List.of(
                        RawZip.Entry.stored("mimetype", "application/vnd.oasis.opendocument.text"),
                        RawZip.Entry.of(
                                "content.xml",
                                "<?xml version=\"1.0\"?><office:document-content"
                                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
                        RawZip.Entry.of("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest/>")));
        return target;
    }

    /** A plain ZIP of two files. */
    public static Path zip(Path target) throws IOException {
        RawZip.write(target, List.of(RawZip.Entry.of("claim.txt", "Исковое заявление"), RawZip.Entry.of("b.txt", "x")));
        return target;
    }

    /** A real JPEG image (a scan-like page) made by ImageIO. */
    public static Path jpeg(Path target) throws IOException {
        BufferedImage img = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 160);
        g.setColor(Color.BLACK);
        for (int y = 20; y < 150; y += 12) {
            g.drawLine(10, y, 110, y);
        }
        g.dispose();
        ImageIO.write(img, "jpeg", target.toFile());
        return target;
    }

    public static Path png(Path target) throws IOException {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", target.toFile());
        return target;
    }

    /** A one-page text PDF as Word exports it: a subset Times New Roman Type0 font and Cyrillic text, 14 pt. */
    public static Path textPdf(Path target) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            pdf.type0Font("F1", "BCDEEE+TimesNewRomanPSMT");
            pdf.page(
                    RawPdf.line2("F1", 14, 72, 760, "ИСКОВОЕ ЗАЯВЛЕНИЕ")
                            + RawPdf.line2("F1", 14, 72, 740, "о взыскании задолженности по договору подряда"),
                    RawPdf.Filter.FLATE);
        }
        return target;
    }

    public static Path text(Path target, String text) throws IOException {
        Files.writeString(target, text, StandardCharsets.UTF_8);
        return target;
    }

    /** The first {@code keep} bytes of {@code source}. */
    public static Path truncated(Path source, Path target, long keep) throws IOException {
        byte[] all = Files.readAllBytes(source);
        Files.write(target, java.util.Arrays.copyOf(all, (int) Math.min(keep, all.length)));
        return target;
    }
}
