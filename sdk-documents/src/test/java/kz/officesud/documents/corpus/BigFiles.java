package kz.officesud.documents.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The acceptance-size files: a text PDF and a DOCX of about 20 MB each, written streaming so that making them needs
 * little memory. Used by the heap test and by the JMH benchmarks.
 */
public final class BigFiles {
    private BigFiles() {}

    /**
     * A Word-like text PDF of {@code pages} pages (Times New Roman 14, Cyrillic, 20 lines a page, one FlateDecode
     * stream a page, a shared subset Type0 font). About 1.2 KB a page: 17,000 pages make 20 MB.
     */
    public static Path textPdf(Path target, int pages) throws IOException {
        try (RawPdf pdf = RawPdf.create(target)) {
            pdf.type0Font("F1", "BCDEEE+TimesNewRomanPSMT");
            java.util.Random random = new java.util.Random(pages);
            for (int p = 0; p < pages; p++) {
                StringBuilder c = new StringBuilder(8192);
                c.append("BT /F1 14 Tf 72 790 Td 16.1 TL\n");
                for (int l = 0; l < 20; l++) {
                    // vary the lines so that the page does not compress to nothing
                    StringBuilder text = new StringBuilder(96);
                    while (text.length() < 70) {
                        if (random.nextInt(3) == 0) {
                            text.append(WORDS[random.nextInt(WORDS.length)]);
                        } else {
                            int syllables = 1 + random.nextInt(4);
                            for (int y = 0; y < syllables; y++) {
                                text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                            }
                        }
                        text.append(' ');
                    }
                    c.append(RawPdf.hex2(text.toString())).append(" '\n");
                }
                c.append("ET\n");
                pdf.page(c.toString(), RawPdf.Filter.FLATE);
            }
        }
        return target;
    }

    /**
     * A Word 97–2003 document of about {@code megabytes} MB of text (paragraphs of several runs, Times New Roman 14
     * by the Normal style, some bold or italic, some at 1.5 lines), written by {@link BigDoc} from [MS-DOC].
     */
    public static Path doc(Path target, int megabytes) throws IOException {
        return BigDoc.write(target, megabytes * 1024L * 1024L);
    }

    static String word(java.util.Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static String syllables(java.util.Random random) {
        StringBuilder b = new StringBuilder(12);
        int n = 1 + random.nextInt(4);
        for (int y = 0; y < n; y++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private static final String[] WORDS = ("истец ответчик суд договор подряда задолженность взыскать просит"
                    + " решение определение статья кодекса Республики Казахстан тенге сумма неустойка пеня срок"
                    + " исполнение обязательства акт приёмки работ претензия оплата банк счёт сот талап қарыз шарт")
            .split(" ");

    private static final String[] SYLLABLES = ("ба ве ги до жу за ки ло му не по ра сы ту фе хо цу че ша щи ар ел ин"
                    + " ок ун ст пр тр кр ов ен ан ост ств ния тель қа ғы ұл үр өз ің әл һа")
            .split(" ");

    /**
     * A Word-like DOCX whose {@code document.xml} is about {@code megabytes} MB (Times New Roman 14 by the theme,
     * paragraphs of several runs with revision ids, some bold, as Word writes them). 85 MB of XML zip to about 20 MB.
     */
    public static Path docx(Path target, int megabytes) throws IOException {
        java.util.Random random = new java.util.Random(megabytes);
        Docx template = Docx.word();
        String doc = template.documentXml();
        int bodyAt = doc.indexOf("<w:body>") + "<w:body>".length();
        long goal = (long) megabytes << 20;
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
                new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(target), 1 << 16))) {
            for (RawZip.Entry e : template.entries()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.name()));
                if (e.name().equals("word/document.xml")) {
                    java.io.Writer w = new java.io.OutputStreamWriter(
                            new java.io.FilterOutputStream(zip) {
                                @Override
                                public void write(byte[] b, int off, int len) throws IOException {
                                    out.write(b, off, len);
                                }

                                @Override
                                public void close() throws IOException {
                                    flush();
                                }
                            },
                            java.nio.charset.StandardCharsets.UTF_8);
                    w.write(doc, 0, bodyAt);
                    long written = bodyAt;
                    StringBuilder p = new StringBuilder(4096);
                    while (written < goal) {
                        p.setLength(0);
                        String rsid = Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))
                                .toUpperCase();
                        p.append("<w:p w:rsidR=\"00")
                                .append(rsid)
                                .append("\" w:rsidRDefault=\"00")
                                .append(rsid)
                                .append("\"><w:pPr><w:ind w:firstLine=\"709\"/><w:jc w:val=\"both\"/></w:pPr>");
                        int runs = 2 + random.nextInt(5);
                        for (int r = 0; r < runs; r++) {
                            p.append("<w:r w:rsidRPr=\"00")
                                    .append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))
                                            .toUpperCase())
                                    .append("\">");
                            if (random.nextInt(4) == 0) {
                                p.append("<w:rPr><w:b/><w:bCs/></w:rPr>");
                            }
                            p.append("<w:t xml:space=\"preserve\">");
                            int words = 3 + random.nextInt(12);
                            for (int k = 0; k < words; k++) {
                                if (random.nextInt(3) == 0) {
                                    p.append(WORDS[random.nextInt(WORDS.length)]);
                                } else {
                                    int syllables = 1 + random.nextInt(4);
                                    for (int y = 0; y < syllables; y++) {
                                        p.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                                    }
                                }
                                if (random.nextInt(6) == 0) {
                                    p.append(' ').append(random.nextInt(100_000));
                                }
                                p.append(' ');
                            }
                            p.append("</w:t></w:r>");
                        }
                        p.append("</w:p>");
                        w.write(p.toString());
                        written += p.length() * 3 / 2; // Cyrillic is two bytes in UTF-8: roughly
                    }
                    w.write(doc, bodyAt, doc.length() - bodyAt);
                    w.flush();
                } else {
                    zip.write(e.content());
                }
                zip.closeEntry();
            }
        }
        return target;
    }
}
