package kz.officesud.documents.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with its suppression of duplicate overlapping glyphs done by a hash grid instead of sorted maps.
 *
 * <p>Some producers draw a glyph twice, a fraction of a point apart, to embolden it; the stripper drops a glyph when
 * the same text was already drawn on the page within a third of its width, horizontally and vertically (the test
 * PDFBox's {@code PDFTextStripper} applies when {@code suppressDuplicateOverlappingText} is on, the same half-open
 * ranges, inside and outside {@code /ActualText} spans alike). PDFBox keeps those positions in a {@code TreeMap} of
 * {@code TreeSet}s per text, boxing every coordinate and building a sub-map view for each glyph, which made it the
 * largest single cost of reading a statement's text; here each glyph costs a few hash look-ups. The text read is
 * the same.
 */
final class PageTextStripper extends PDFTextStripper {
    private final RepeatedGlyphs repeated = new RepeatedGlyphs();
    private final Deque<Boolean> actualTexts = new ArrayDeque<>();
    private boolean inActualText;

    PageTextStripper() {
        setSuppressDuplicateOverlappingText(false);
        setLineSeparator("\n");
        setParagraphEnd("\n");
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        repeated.clear();
        super.processPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean actual = PDMarkedContent.create(tag, properties).getActualText() != null;
        actualTexts.push(actual);
        inActualText = actual;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Boolean actual = actualTexts.poll();
        if (actual != null && actual) {
            inActualText = false;
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!inActualText) {
            String unicode = text.getUnicode();
            float tolerance = text.getWidth() / unicode.length() / 3.0f;
            if (repeated.seen(unicode, text.getX(), text.getY(), tolerance)) {
                return;
            }
        }
        super.processTextPosition(text);
    }

    /**
     * The glyphs shown on a page, by text, in square cells of a hash grid: a glyph repeats an earlier one when one of
     * the same text lies at x′ ∈ [x − t, x + t) and y′ ∈ [y − t, y + t); a glyph that does not repeat is remembered.
     * Primitive arrays only, so that a glyph allocates nothing; a query that would span more than a few cells (a huge
     * tolerance, coordinates out of the grid's range) walks the earlier glyphs of the same text instead, as PDFBox's
     * sorted maps would.
     */
    static final class RepeatedGlyphs {
        private static final float CELL = 8f;
        private static final long MAX_CELLS = 16;
        /** Cell coordinates the packed key holds: |c| below 2^20. */
        private static final long GRID = 1L << 20;
        /** Texts the packed key holds: 21 bits. */
        private static final int MAX_GRID_TEXTS = 1 << 21;

        private final Map<String, Integer> ids = new HashMap<>();
        private int[] lastOfText = new int[16];
        /** Sized for a page of text (a page of Times New Roman 14 holds about 3,000 glyphs): no growth on most pages. */
        private float[] xs = new float[4096];

        private float[] ys = new float[4096];
        private int[] nextInCell = new int[4096];
        private int[] previousOfText = new int[4096];
        private int size;
        private long[] keys = new long[8192];
        private int[] heads = new int[8192];
        private int cells;

        void clear() {
            ids.clear();
            size = 0;
            cells = 0;
            Arrays.fill(heads, 0);
        }

        boolean seen(String text, float x, float y, float tolerance) {
            int known = ids.size();
            int id = ids.computeIfAbsent(text, t -> known);
            if (id == known) {
                if (id == lastOfText.length) {
                    lastOfText = Arrays.copyOf(lastOfText, id * 2);
                }
                lastOfText[id] = -1;
            }
            float fromX = x - tolerance;
            float toX = x + tolerance;
            float fromY = y - tolerance;
            float toY = y + tolerance;
            if (fromX < toX && fromY < toY && repeats(id, fromX, toX, fromY, toY)) {
                return true;
            }
            add(id, x, y);
            return false;
        }

        private boolean repeats(int id, float fromX, float toX, float fromY, float toY) {
            long cx0 = cell(fromX);
            long cx1 = cell(toX);
            long cy0 = cell(fromY);
            long cy1 = cell(toY);
            boolean inGrid = id < MAX_GRID_TEXTS
                    && cx0 != Long.MIN_VALUE
                    && cx1 != Long.MIN_VALUE
                    && cy0 != Long.MIN_VALUE
                    && cy1 != Long.MIN_VALUE;
            if (inGrid && (cx1 - cx0 + 1) * (cy1 - cy0 + 1) <= MAX_CELLS) {
                for (long cx = cx0; cx <= cx1; cx++) {
                    for (long cy = cy0; cy <= cy1; cy++) {
                        for (int e = heads[slot(key(id, cx, cy), false)] - 1; e >= 0; e = nextInCell[e]) {
                            if (within(e, fromX, toX, fromY, toY)) {
                                return true;
                            }
                        }
                    }
                }
                return false;
            }
            for (int e = lastOfText[id]; e >= 0; e = previousOfText[e]) {
                if (within(e, fromX, toX, fromY, toY)) {
                    return true;
                }
            }
            return false;
        }

        private boolean within(int e, float fromX, float toX, float fromY, float toY) {
            float px = xs[e];
            float py = ys[e];
            return px >= fromX && px < toX && py >= fromY && py < toY;
        }

        private void add(int id, float x, float y) {
            if (size == xs.length) {
                int n = size * 2;
                xs = Arrays.copyOf(xs, n);
                ys = Arrays.copyOf(ys, n);
                nextInCell = Arrays.copyOf(nextInCell, n);
                previousOfText = Arrays.copyOf(previousOfText, n);
            }
            int e = size++;
            xs[e] = x;
            ys[e] = y;
            previousOfText[e] = lastOfText[id];
            lastOfText[id] = e;
            nextInCell[e] = -1;
            long cx = cell(x);
            long cy = cell(y);
            if (id < MAX_GRID_TEXTS && cx != Long.MIN_VALUE && cy != Long.MIN_VALUE) {
                if (2 * (cells + 1) > keys.length) {
                    rehash();
                }
                int slot = slot(key(id, cx, cy), true);
                nextInCell[e] = heads[slot] - 1;
                heads[slot] = e + 1;
            }
        }

        /** The slot of {@code key}: where it is, or (if {@code claim}) where it goes; an empty slot's head is 0. */
        private int slot(long key, boolean claim) {
            int mask = keys.length - 1;
            int i = (int) (mix(key) & mask);
            while (heads[i] != 0) {
                if (keys[i] == key) {
                    return i;
                }
                i = (i + 1) & mask;
            }
            if (claim) {
                keys[i] = key;
                cells++;
            }
            return i;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            keys = new long[oldKeys.length * 2];
            heads = new int[oldHeads.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldHeads[j] != 0) {
                    int i = (int) (mix(oldKeys[j]) & mask);
                    while (heads[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    heads[i] = oldHeads[j];
                }
            }
        }

        /** The cell of a coordinate, or {@code Long.MIN_VALUE} outside the grid (and for NaN and infinities). */
        private static long cell(float v) {
            double c = Math.floor(v / CELL);
            return c > -GRID && c < GRID ? (long) c : Long.MIN_VALUE;
        }

        private static long key(int id, long cx, long cy) {
            return ((long) id << 42) | ((cx & 0x1FFFFF) << 21) | (cy & 0x1FFFFF);
        }

        /** MurmurHash3's 64-bit finaliser: every bit of the key reaches the low bits the table's mask keeps. */
        private static long mix(long key) {
            long h = key;
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            return h ^ (h >>> 33);
        }
    }
}
