package kz.officesud.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import kz.officesud.documents.corpus.RawPdf;

/**
 * A claim's statement as a word processor saves it to PDF: two pages of Cyrillic text (Times New Roman 14, the second
 * page's content stream compressed) and, on the second page, a scan of the signature and stamp (a JPEG image), which
 * makes the file about a given size — 100 KB by default, the size of such a PDF. Made once; each filing gets its own
 * copy, different in a number in the title (in the first page's uncompressed content stream, replaced in place, so
 * no offset moves): every copy is a distinct document that the court stores, hashes, inspects and reads.
 */
final class StatementPdf {
    private static final String PREFIX = "Исковое заявление № ";
    private static final String[] HEADING = {
        "Истец: ТЕСТОВ ТЕСТ, ИИН 123456789011",
        "г. Алматы, пр. Абая, 1",
        "Ответчик: ТОО «Ответчик»",
        "Цена иска: 1 500 000 тенге"
    };
    private static final String[] WORDS = {
        "взыскание", "задолженности", "договор", "поставки", "ответчик", "истец", "сумма", "тенге", "оплата",
        "неустойка", "суд", "решение", "обязательство", "исполнение", "претензия", "срок", "стороны", "товар",
        "счёт-фактура", "акт", "сверки", "расчётов", "Алматы", "районный", "гражданский", "кодекс", "статья"
    };

    private final byte[] template;
    private final int numberAt;
    private final int numberLength;

    private StatementPdf(byte[] template, int numberAt, int numberLength) {
        this.template = template;
        this.numberAt = numberAt;
        this.numberLength = numberLength;
    }

    /** A statement of about {@code bytes} bytes (at least the text's), written once under {@code directory}. */
    static StatementPdf of(int bytes, Path directory) throws IOException {
        byte[] pdf = write(directory.resolve("statement-template.pdf"), new byte[0]);
        byte[] image = jpeg(Math.max(1024, bytes - pdf.length));
        pdf = write(directory.resolve("statement-template.pdf"), image);
        String marker = RawPdf.hex2(PREFIX + number(0));
        // one byte a character: the marker is where its Latin-1 string stands in the file read as Latin-1
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("the statement's number is not where it was written");
        }
        int digits = digits(0).length;
        return new StatementPdf(pdf, at + marker.length() - 1 - digits, digits);
    }

    /** The {@code n}-th filing's statement. */
    byte[] copy(long n) {
        byte[] pdf = template.clone();
        byte[] digits = digits(n);
        if (digits.length != numberLength) {
            throw new IllegalArgumentException("number too large: " + n);
        }
        System.arraycopy(digits, 0, pdf, numberAt, numberLength);
        return pdf;
    }

    int size() {
        return template.length;
    }

    /** The number's hex glyph codes, without the string's angle brackets. */
    private static byte[] digits(long n) {
        String hex = RawPdf.hex2(number(n));
        return hex.substring(1, hex.length() - 1).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%010d", n);
    }

    private static byte[] write(Path file, byte[] jpeg) throws IOException {
        Random random = new Random(7);
        try (RawPdf pdf = RawPdf.create(file)) {
            pdf.type0Font("F1", "BCDEEE+TimesNewRomanPSMT");
            StringBuilder first = new StringBuilder("BT /F1 14 Tf 300 790 Td 16.1 TL\n");
            for (String line : HEADING) {
                first.append(RawPdf.hex2(line)).append(" '\n");
            }
            first.append("ET\nBT /F1 14 Tf 200 640 Td ")
                    .append(RawPdf.hex2(PREFIX + number(0)))
                    .append(" Tj ET\n");
            first.append("BT /F1 14 Tf 72 610 Td 16.1 TL\n");
            text(first, random, 30);
            pdf.page(first.append("ET\n").toString(), RawPdf.Filter.NONE);
            StringBuilder second = new StringBuilder("BT /F1 14 Tf 72 790 Td 16.1 TL\n");
            text(second, random, 20);
            second.append("ET\n");
            String resources = "";
            if (jpeg.length > 0) {
                int image = pdf.rawStream(
                        "/Type /XObject /Subtype /Image /Width " + IMAGE_SIDE + " /Height " + IMAGE_SIDE
                                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode",
                        jpeg);
                second.append("q 160 0 0 160 360 120 cm /Im1 Do Q\n");
                resources = "/XObject << /Im1 " + image + " 0 R >>";
            }
            pdf.page(second.toString().getBytes(StandardCharsets.ISO_8859_1), RawPdf.Filter.FLATE, resources);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private static void text(StringBuilder content, Random random, int lines) {
        for (int l = 0; l < lines; l++) {
            StringBuilder text = new StringBuilder(96);
            while (text.length() < 70) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                if (random.nextInt(4) == 0) {
                    text.append(random.nextInt(1_000_000)).append(' ');
                }
            }
            content.append(RawPdf.hex2(text.toString())).append(" '\n");
        }
    }

    private static final int IMAGE_SIDE = 400;

    /** A JPEG of a scanned stamp: noise on paper, at the quality that makes it about {@code bytes}. */
    private static byte[] jpeg(int bytes) throws IOException {
        java.awt.image.BufferedImage scan =
                new java.awt.image.BufferedImage(IMAGE_SIDE, IMAGE_SIDE, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        for (int y = 0; y < IMAGE_SIDE; y++) {
            for (int x = 0; x < IMAGE_SIDE; x++) {
                int ink = random.nextInt(256);
                scan.setRGB(x, y, (255 - ink / 3) << 16 | (255 - ink / 2) << 8 | 255 - ink / 8);
            }
        }
        byte[] best = null;
        for (float quality = 0.95f; quality > 0.05f; quality -= 0.05f) {
            byte[] candidate = jpeg(scan, quality);
            best = candidate;
            if (candidate.length <= bytes) {
                break;
            }
        }
        return best;
    }

    private static byte[] jpeg(java.awt.image.BufferedImage image, float quality) throws IOException {
        javax.imageio.ImageWriter writer =
                javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
