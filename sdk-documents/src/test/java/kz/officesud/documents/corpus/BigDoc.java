package kz.officesud.documents.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A Word 97–2003 document of a given size, written from [MS-DOC] the way Word lays out a long text: the text in one
 * Unicode piece of the {@code WordDocument} stream, paragraphs of two to five runs (plain, bold, italic, some with an
 * explicit 14 pt), some paragraphs at 1.5 lines, character and paragraph properties in 512-byte FKP pages (identical
 * property sets stored once a page, as Word does), and the stylesheet, font table, document properties and section of
 * {@code claim-template.doc}: Times New Roman 14 throughout. POI HWPF reads it back.
 */
final class BigDoc {
    private static final int PAGE = 512;
    private static final int TEXT_AT = 0x800;
    private static final int FC_LCB = 0x9A;

    private BigDoc() {}

    /** A run or a paragraph: where its text ends (a file position) and its properties (an index into CHPX or PAPX). */
    private record Span(int fcEnd, int props) {}

    /**
     * Character properties as stored in a ChpxFkp ({@code cb}, grpprl): none (the style's, no entry), bold, italic,
     * an explicit 14 pt.
     */
    private static final byte[] @org.jspecify.annotations.Nullable [] CHPX = {
        null, {3, 0x35, 0x08, 1}, {3, 0x36, 0x08, 1}, {4, 0x43, 0x4A, 28, 0}
    };

    /**
     * Paragraph properties as stored in a PapxFkp ({@code cb} 0, {@code cb'}, istd 0 = Normal, grpprl): none, or 1.5
     * lines (sprmPDyaLine, 360 auto).
     */
    private static final byte[][] PAPX = {{0, 1, 0, 0}, {0, 4, 0, 0, 0x12, 0x64, 0x68, 0x01, 0x01, 0x00}};

    static Path write(Path target, long bytes) throws IOException {
        byte[] word;
        byte[] table;
        String tableName;
        Map<String, byte[]> others = new LinkedHashMap<>();
        try (InputStream in = DocFiles.class.getResourceAsStream("claim-template.doc")) {
            if (in == null) {
                throw new IOException("claim-template.doc is missing from the test resources");
            }
            try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
                word = read(fs, "WordDocument");
                tableName = (word[0x0B] & 0x02) != 0 ? "1Table" : "0Table";
                table = read(fs, tableName);
                for (Entry e : fs.getRoot()) {
                    if (e instanceof DocumentEntry d
                            && !d.getName().equals("WordDocument")
                            && !d.getName().equals(tableName)) {
                        others.put(d.getName(), read(fs, d.getName()));
                    }
                }
            }
        }
        ByteBuffer fib = ByteBuffer.wrap(word.clone()).order(ByteOrder.LITTLE_ENDIAN);
        int pairs = fib.getShort(FC_LCB - 2) & 0xFFFF;

        // the text: paragraphs of runs, UTF-16LE from TEXT_AT
        ByteArrayOutputStream main =
                new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, bytes + bytes / 8));
        main.write(word, 0, Math.min(word.length, TEXT_AT));
        while (main.size() < TEXT_AT) {
            main.write(0);
        }
        List<Span> runs = new ArrayList<>();
        List<Span> paras = new ArrayList<>();
        Random random = new Random(bytes);
        long textBudget = bytes * 92 / 100; // the FKP pages take the rest
        StringBuilder run = new StringBuilder(256);
        while (main.size() < TEXT_AT + textBudget) {
            int nRuns = 2 + random.nextInt(4);
            for (int r = 0; r < nRuns; r++) {
                run.setLength(0);
                int length = 40 + random.nextInt(120);
                while (run.length() < length) {
                    if (random.nextInt(3) == 0) {
                        run.append(BigFiles.word(random));
                    } else {
                        run.append(BigFiles.syllables(random));
                    }
                    run.append(' ');
                }
                if (r == nRuns - 1) {
                    run.setLength(run.length() - 1);
                    run.append('.').append('\r');
                }
                for (int i = 0; i < run.length(); i++) {
                    char c = run.charAt(i);
                    main.write(c & 0xFF);
                    main.write(c >>> 8);
                }
                int chpx = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(CHPX.length - 1);
                runs.add(new Span(main.size(), chpx));
            }
            paras.add(new Span(main.size(), random.nextInt(5) == 0 ? 1 : 0));
        }
        int textEnd = main.size();
        int ccpText = (textEnd - TEXT_AT) / 2;

        // FKP pages, page-aligned after the text
        while (main.size() % PAGE != 0) {
            main.write(0);
        }
        // ChpxFkp: up to 0x65 runs, one offset byte each; PapxFkp: up to 0x1D paragraphs, a 13-byte BX each
        List<int[]> chpxBte = fkpPages(main, runs, CHPX, 0x65, 1);
        List<int[]> papxBte = fkpPages(main, paras, PAPX, 0x1D, 13);

        // the table stream: the template's stylesheet, font table and document properties, then ours
        ByteBuffer tpl = ByteBuffer.wrap(word).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        int[] stsh = copy(table, tpl, 1, t);
        int[] ffn = copy(table, tpl, 15, t);
        int[] dop = copy(table, tpl, 31, t);
        int clxAt = t.size();
        ByteBuffer clx = le(1 + 4 + 8 + 8);
        clx.put((byte) 2)
                .putInt(8 + 8)
                .putInt(0)
                .putInt(ccpText)
                .putShort((short) 0)
                .putInt(TEXT_AT)
                .putShort((short) 0);
        t.write(clx.array());
        int chpxAt = t.size();
        t.write(plcBte(chpxBte, textEnd));
        int papxAt = t.size();
        t.write(plcBte(papxBte, textEnd));
        int sedAt = t.size();
        ByteBuffer sed = le(8 + 12);
        sed.putInt(0)
                .putInt(ccpText)
                .putShort((short) 0)
                .putInt(0xFFFFFFFF)
                .putShort((short) 0)
                .putInt(0xFFFFFFFF);
        t.write(sed.array());

        // the FIB: only what is written here is named; every other structure is empty
        for (int i = 0; i < pairs; i++) {
            fib.putLong(FC_LCB + 8 * i, 0);
        }
        pair(fib, 1, stsh[0], stsh[1]);
        pair(fib, 15, ffn[0], ffn[1]);
        pair(fib, 31, dop[0], dop[1]);
        pair(fib, 33, clxAt, chpxAt - clxAt);
        pair(fib, 12, chpxAt, papxAt - chpxAt);
        pair(fib, 13, papxAt, sedAt - papxAt);
        pair(fib, 6, sedAt, t.size() - sedAt);
        fib.putInt(0x18, TEXT_AT); // fcMin
        fib.putInt(0x1C, textEnd); // fcMac
        fib.putInt(0x40, main.size()); // cbMac
        for (int at = 0x4C; at <= 0x68; at += 4) {
            fib.putInt(at, 0); // ccpText … ccpHdrTxbx
        }
        fib.putInt(0x4C, ccpText);
        byte[] out = main.toByteArray();
        System.arraycopy(fib.array(), 0, out, 0, Math.min(fib.capacity(), TEXT_AT));

        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream file = Files.newOutputStream(target)) {
            fs.createDocument(new ByteArrayInputStream(out), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(t.toByteArray()), tableName);
            for (Map.Entry<String, byte[]> e : others.entrySet()) {
                fs.createDocument(new ByteArrayInputStream(e.getValue()), e.getKey());
            }
            fs.writeFilesystem(file);
        }
        return target;
    }

    /**
     * FKP pages ([MS-DOC] ChpxFkp, PapxFkp): the FCs of the spans, an entry of {@code entryBytes} a span whose first
     * byte is the word offset of its properties (0: none), the properties stored once a page from its end, the count
     * in the last byte. Returns each page's first FC and page number.
     */
    private static List<int[]> fkpPages(
            ByteArrayOutputStream main,
            List<Span> spans,
            byte[] @org.jspecify.annotations.Nullable [] props,
            int maxSpans,
            int entryBytes) {
        List<int[]> bte = new ArrayList<>();
        int fc = TEXT_AT;
        int i = 0;
        while (i < spans.size()) {
            byte[] page = new byte[PAGE];
            ByteBuffer p = ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN);
            Map<Integer, Integer> stored = new LinkedHashMap<>();
            int low = PAGE - 1; // properties grow down from here
            List<Integer> offsets = new ArrayList<>();
            int first = fc;
            while (i < spans.size() && offsets.size() < maxSpans) {
                Span span = spans.get(i);
                byte[] bytes = props[span.props()];
                boolean store = bytes != null && !stored.containsKey(span.props());
                int newLow = store ? (low - bytes.length) & ~1 : low;
                int n = offsets.size() + 1;
                if (4 * (n + 1) + entryBytes * n > newLow) {
                    break; // the FCs and entries would run into the properties
                }
                if (store) {
                    low = newLow;
                    System.arraycopy(bytes, 0, page, low, bytes.length);
                    stored.put(span.props(), low);
                }
                p.putInt(4 * offsets.size(), fc);
                offsets.add(bytes == null ? 0 : stored.get(span.props()) / 2);
                fc = span.fcEnd();
                i++;
            }
            int n = offsets.size();
            p.putInt(4 * n, fc);
            for (int k = 0; k < n; k++) {
                page[4 * (n + 1) + entryBytes * k] = (byte) (int) offsets.get(k);
            }
            page[PAGE - 1] = (byte) n;
            bte.add(new int[] {first, main.size() / PAGE});
            main.writeBytes(page);
        }
        return bte;
    }

    /** A PlcBteChpx or PlcBtePapx: the first FC of each page and the end, then each page's number. */
    private static byte[] plcBte(List<int[]> pages, int end) {
        ByteBuffer b = le(4 * (pages.size() + 1) + 4 * pages.size());
        for (int[] page : pages) {
            b.putInt(page[0]);
        }
        b.putInt(end);
        for (int[] page : pages) {
            b.putInt(page[1]);
        }
        return b.array();
    }

    /** Copies the template's structure at FIB pair {@code index} to {@code out}; returns its new {fc, lcb}. */
    private static int[] copy(byte[] table, ByteBuffer tpl, int index, ByteArrayOutputStream out) {
        int fc = tpl.getInt(FC_LCB + 8 * index);
        int lcb = tpl.getInt(FC_LCB + 8 * index + 4);
        int at = out.size();
        out.write(table, fc, lcb);
        return new int[] {at, lcb};
    }

    private static void pair(ByteBuffer fib, int index, int fc, int lcb) {
        fib.putInt(FC_LCB + 8 * index, fc);
        fib.putInt(FC_LCB + 8 * index + 4, lcb);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] read(POIFSFileSystem fs, String name) throws IOException {
        DocumentEntry e = (DocumentEntry) fs.getRoot().getEntry(name);
        try (DocumentInputStream in = fs.createDocumentInputStream(name)) {
            return in.readNBytes(e.getSize());
        }
    }
}
