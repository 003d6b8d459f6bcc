package kz.officesud.core.document.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The acceptance-size files: a text PDF and a DOCX of about 20 MB each, written streaming so that making them needs
 * little memory. Used by the heap test and by the JMH benchmarks.
 */
public final class BigFiles {
    private BigFiles() {}

    private static final String LINE = "Истец просит суд взыскать с ответчика задолженность по договору подряда";

    /**
     * A Word-like text PDF of {@code pages} pages (Times New Roman 14, Cyrillic, 40 lines a page, one FlateDecode
     * stream a page, a shared subset Type0 font). About 1.2 KB a page: 17,000 pages make 20 MB.
     */
    public static Path textPdf(Path target, int pages) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            pdf.type0Font("F1", "BCDEEE+TimesNewRomanPSMT");
            java.util.Random random = new java.util.Random(pages);
            for (int p = 0; p < pages; p++) {
                StringBuilder c = new StringBuilder(8192);
                c.append("BT /F1 14 Tf 72 790 Td 16.1 TL\n");
                for (int l = 0; l < 40; l++) {
                    // vary the lines so that the page does not compress to nothing
                    int from = random.nextInt(20);
                    String text = LINE.substring(from) + " " + (p * 40 + l) + " " + LINE.substring(0, from);
                    c.append(RawPdf.hex2(text)).append(" '\n");
                }
                c.append("ET\n");
                pdf.page(c.toString(), RawPdf.Filter.FLATE);
            }
        }
        return target;
    }
}
