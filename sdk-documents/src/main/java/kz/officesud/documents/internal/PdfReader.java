package kz.officesud.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.InspectionLimits;
import kz.officesud.documents.LayoutReport;
import kz.officesud.documents.LayoutRule;
import kz.officesud.documents.Location;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * PDF: the file's structure (cross references, objects, encryption) through PDFBox at the COS level; the page tree
 * walked here (depth, cycles and page count bounded); content streams inflated through {@link BoundedInflater} and
 * walked by {@link PdfContentScanner}. PDFBox never decodes a content stream, never builds a font program and never
 * lays out glyphs: that keeps a 20 MB, 17,000-page PDF within a small heap and a second or two.
 *
 * <p>Fonts: the family is the {@code /BaseFont} without its subset prefix ({@code ABCDEF+}) and style suffix
 * ({@code ,Bold}, {@code -BoldMT}, {@code PSMT}); sizes come from the text rendering matrix. Invisible text (render
 * mode 3, an OCR layer over a scan) is not judged. Line spacing is not measured in PDFs (it is not recorded there).
 */
final class PdfReader {
    private PdfReader() {}

    static Outcome inspect(Path file, @Nullable LayoutRule layout, InspectionLimits limits) throws IOException {
        BoundedInflater.Budget budget = new BoundedInflater.Budget(limits.maxInflatedBytes());
        PdfPrescan.check(file, limits, budget);
        PDDocument doc;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null, null);
        } catch (InvalidPasswordException e) {
            throw new Refusal(DocumentProblem.PASSWORD_PROTECTED, "the PDF needs a user password");
        } catch (IOException e) {
            Refusal r = Refusal.find(e);
            throw r != null
                    ? r
                    : new Refusal(
                            DocumentProblem.CORRUPT, "PDF: " + e.getClass().getSimpleName());
        }
        Walk walk = new Walk(layout, limits, budget);
        try (doc) {
            walk.pages(doc.getDocumentCatalog().getCOSObject());
            return walk.outcome();
        } finally {
            walk.inflater.end();
        }
    }

    /** One page's worth of content to scan: its resources and its content streams. */
    private static final class Walk implements PdfContentScanner.Listener {
        private final @Nullable LayoutRule layout;
        private final InspectionLimits limits;
        private final BoundedInflater.Budget budget;
        private final @Nullable LayoutTally tally;
        private final Map<COSDictionary, FontInfo> fonts = new IdentityHashMap<>();
        private final Set<COSStream> formsOnStack = Collections.newSetFromMap(new IdentityHashMap<>());
        private int page;
        private @Nullable COSDictionary resources;
        private long visibleGlyphs;
        private boolean images;
        private int formDepth;
        /** Whether a content stream or form used a filter we do not decode: its text was not read. */
        private boolean undecodable;

        private final java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        private final byte[] inflaterBuffer = new byte[16 * 1024];
        private final byte[] scannerBuffer = new byte[64 * 1024];

        Walk(@Nullable LayoutRule layout, InspectionLimits limits, BoundedInflater.Budget budget) {
            this.layout = layout;
            this.limits = limits;
            this.budget = budget;
            this.tally = layout == null ? null : new LayoutTally(layout, limits.maxFindings());
        }

        Outcome outcome() {
            boolean text = visibleGlyphs > 0;
            LayoutReport report = tally != null && text ? tally.report() : LayoutReport.notChecked();
            // text that could not be decoded may be there: never say "no text layer" then
            Outcome.Text found =
                    undecodable ? Outcome.Text.NOT_DECODABLE : text ? Outcome.Text.PRESENT : Outcome.Text.NONE;
            return Outcome.readable(text || undecodable, report).withText(found);
        }

        /** Walks the page tree without recursion: depth, cycles and the page count are bounded. */
        void pages(COSDictionary catalog) throws IOException {
            COSDictionary root = catalog.getCOSDictionary(COSName.PAGES);
            if (root == null) {
                throw new Refusal(DocumentProblem.NO_PAGES, "the PDF has no page tree");
            }
            int claimed = root.getInt(COSName.COUNT, 0);
            if (claimed > limits.maxPages()) {
                throw new Refusal(DocumentProblem.TOO_MANY_PAGES, "the page tree claims " + claimed + " pages");
            }
            record Node(COSDictionary dict, @Nullable COSDictionary resources, int depth) {}
            Deque<Node> todo = new ArrayDeque<>();
            Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            todo.push(new Node(root, null, 1));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (!seen.add(n.dict())) {
                    throw new Refusal(DocumentProblem.CORRUPT, "the page tree has a cycle");
                }
                if (n.depth() > limits.maxNestingDepth()) {
                    throw new Refusal(
                            DocumentProblem.NESTING_TOO_DEEP,
                            "the page tree nests deeper than " + limits.maxNestingDepth());
                }
                COSDictionary res = n.dict().getCOSDictionary(COSName.RESOURCES);
                COSDictionary inherited = res != null ? res : n.resources();
                COSBase kids = n.dict().getDictionaryObject(COSName.KIDS);
                if (kids instanceof COSArray arr
                        && !COSName.PAGE.equals(n.dict().getCOSName(COSName.TYPE))) {
                    // push in reverse so that pages come out in order
                    for (int i = arr.size() - 1; i >= 0; i--) {
                        if (arr.getObject(i) instanceof COSDictionary kid) {
                            todo.push(new Node(kid, inherited, n.depth() + 1));
                        }
                    }
                } else {
                    if (++page > limits.maxPages()) {
                        throw new Refusal(DocumentProblem.TOO_MANY_PAGES, "more than " + limits.maxPages() + " pages");
                    }
                    page(n.dict(), inherited);
                }
            }
            if (page == 0) {
                throw new Refusal(DocumentProblem.NO_PAGES, "the PDF has no pages");
            }
        }

        private void page(COSDictionary pageDict, @Nullable COSDictionary res) throws IOException {
            COSBase contents = pageDict.getDictionaryObject(COSName.CONTENTS);
            List<COSStream> streams = new ArrayList<>();
            if (contents instanceof COSStream s) {
                streams.add(s);
            } else if (contents instanceof COSArray arr) {
                for (int i = 0; i < arr.size(); i++) {
                    if (arr.getObject(i) instanceof COSStream s) {
                        streams.add(s);
                    }
                }
            }
            if (streams.isEmpty()) {
                return;
            }
            resources = res;
            // one stream at a time (SequenceInputStream closes each at its end), so one inflater serves them all
            java.util.Iterator<COSStream> it = streams.iterator();
            java.util.Enumeration<InputStream> parts = new java.util.Enumeration<>() {
                @Override
                public boolean hasMoreElements() {
                    return it.hasNext();
                }

                @Override
                public InputStream nextElement() {
                    try {
                        InputStream in = decoded(it.next(), true, true);
                        return in != null ? in : InputStream.nullInputStream();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            try (InputStream all = new SequenceInputStream(parts)) {
                new PdfContentScanner(
                                all, new double[] {1, 0, 0, 1, 0, 0}, this, limits.maxNestingDepth(), scannerBuffer)
                        .run();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /**
         * The stream's decoded bytes, bounded; null when it uses a filter we do not decode (its text is skipped and
         * the file's text noted as not decodable when {@code text} says the stream holds text).
         */
        private @Nullable InputStream decoded(COSStream s, boolean shared, boolean text) throws IOException {
            List<PdfFilters.Filter> chain = filters(s);
            if (chain.isEmpty()) {
                return s.createRawInputStream();
            }
            if (chain.size() == 1
                    && chain.get(0).name().equals("FlateDecode")
                    && chain.get(0).params() == null) {
                // the common case, on one reused inflater
                if (shared) {
                    return new BoundedInflater(
                            s.createRawInputStream(),
                            inflater,
                            inflaterBuffer,
                            limits.maxStreamBytes(),
                            limits.maxCompressionRatio(),
                            limits.ratioGraceBytes(),
                            budget);
                }
                return new BoundedInflater(
                        s.createRawInputStream(),
                        true,
                        limits.maxStreamBytes(),
                        limits.maxCompressionRatio(),
                        limits.ratioGraceBytes(),
                        budget);
            }
            if (!PdfFilters.decodable(chain)) {
                undecodable |= text;
                return null;
            }
            return PdfFilters.decode(s.createRawInputStream(), chain, limits, budget);
        }

        @Override
        public void show(String fontName, byte[] bytes, int len, long overflow, double size, int renderMode)
                throws IOException {
            if (len == 0) {
                return;
            }
            FontInfo font = font(fontName);
            long glyphs = font.countVisible(bytes, len) + overflow / font.codeBytes;
            if (renderMode == 3 || glyphs == 0) {
                return; // invisible text (an OCR layer) is not set in any font the reader sees
            }
            visibleGlyphs += glyphs;
            if (tally != null) {
                tally.add(
                        Location.page(page),
                        font.ok,
                        font.family,
                        tally.rule().acceptsSize(size),
                        size,
                        Double.NaN,
                        glyphs,
                        max -> font.decode(bytes, len, max));
            }
        }

        @Override
        public void xobject(String name, double[] ctm) throws IOException {
            COSDictionary res = resources;
            if (res == null) {
                return;
            }
            COSDictionary xobjects = res.getCOSDictionary(COSName.XOBJECT);
            if (xobjects == null || !(xobjects.getDictionaryObject(COSName.getPDFName(name)) instanceof COSStream x)) {
                return;
            }
            COSName subtype = x.getCOSName(COSName.SUBTYPE);
            if (COSName.IMAGE.equals(subtype)) {
                images = true;
                return;
            }
            if (!COSName.FORM.equals(subtype) || formsOnStack.contains(x)) {
                return;
            }
            if (formDepth >= limits.maxNestingDepth()) {
                throw new Refusal(
                        DocumentProblem.NESTING_TOO_DEEP, "forms nest deeper than " + limits.maxNestingDepth());
            }
            double[] matrix = {1, 0, 0, 1, 0, 0};
            if (x.getDictionaryObject(COSName.MATRIX) instanceof COSArray m && m.size() == 6) {
                for (int i = 0; i < 6; i++) {
                    matrix[i] = m.getObject(i) instanceof COSNumber num ? num.floatValue() : matrix[i];
                }
            }
            COSDictionary formRes = x.getCOSDictionary(COSName.RESOURCES);
            InputStream in = decoded(x, false, true);
            if (in == null) {
                return;
            }
            formsOnStack.add(x);
            formDepth++;
            resources = formRes != null ? formRes : res;
            try (in) {
                new PdfContentScanner(in, PdfContentScanner.multiply(matrix, ctm), this, limits.maxNestingDepth())
                        .run();
            } finally {
                resources = res;
                formDepth--;
                formsOnStack.remove(x);
            }
        }

        @Override
        public void inlineImage() {
            images = true;
        }

        boolean images() {
            return images;
        }

        private FontInfo font(String name) throws IOException {
            COSDictionary res = resources;
            COSDictionary fontDicts = res == null ? null : res.getCOSDictionary(COSName.FONT);
            COSBase f = fontDicts == null ? null : fontDicts.getDictionaryObject(COSName.getPDFName(name));
            if (!(f instanceof COSDictionary dict)) {
                return FontInfo.MISSING;
            }
            FontInfo info = fonts.get(dict);
            if (info == null) {
                info = FontInfo.of(dict, layout, this);
                fonts.put(dict, info);
            }
            return info;
        }

        byte[] smallStream(COSStream s, int max) throws IOException {
            InputStream in = decoded(s, false, false);
            if (in == null) {
                return new byte[0];
            }
            try (in) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    out.write(buf, 0, n);
                    if (out.size() > max) {
                        throw new Refusal(DocumentProblem.DECOMPRESSION_BOMB, "a font's map is over " + max + " bytes");
                    }
                }
                return out.toByteArray();
            }
        }
    }

    /**
     * The stream's filters, first to last, each with its decode parameters ({@code /DecodeParms} a dictionary, or an
     * array beside an array of filters); a parameter set without a predictor counts as none. A filter that is not a
     * name is kept as {@code ?}, which no decoder takes.
     */
    static List<PdfFilters.Filter> filters(COSStream s) {
        COSBase f = s.getDictionaryObject(COSName.FILTER);
        COSBase p = s.getDictionaryObject(COSName.DECODE_PARMS);
        List<PdfFilters.Filter> out = new ArrayList<>();
        if (f instanceof COSName n) {
            out.add(new PdfFilters.Filter(
                    n.getName(), params(p instanceof COSArray a ? (a.size() > 0 ? a.getObject(0) : null) : p)));
        } else if (f instanceof COSArray arr) {
            for (int i = 0; i < arr.size(); i++) {
                COSBase pi = p instanceof COSArray a ? (i < a.size() ? a.getObject(i) : null) : i == 0 ? p : null;
                String name = arr.getObject(i) instanceof COSName n ? n.getName() : "?";
                out.add(new PdfFilters.Filter(name, params(pi)));
            }
        }
        return out;
    }

    private static PdfFilters.@Nullable Params params(@Nullable COSBase p) {
        if (!(p instanceof COSDictionary d)) {
            return null;
        }
        int predictor = d.getInt(COSName.PREDICTOR, 1);
        int early = d.getInt(COSName.EARLY_CHANGE, 1);
        if (predictor <= 1 && early == 1) {
            return null;
        }
        return new PdfFilters.Params(
                predictor,
                d.getInt(COSName.COLORS, 1),
                d.getInt(COSName.BITS_PER_COMPONENT, 8),
                d.getInt(COSName.COLUMNS, 1),
                early);
    }

    /** What we need of a font: its family, whether the rule accepts it, how to count and decode its codes. */
    private static final class FontInfo {
        static final FontInfo MISSING = new FontInfo("?", false, 1, null);
        private static final Charset WIN_ANSI = Charset.forName("windows-1252");

        final String family;
        final boolean ok;
        final int codeBytes;
        private final @Nullable CMap toUnicode;
        private byte @Nullable [] kinds; // per code: 0 unknown, 1 white space, 2 visible

        private FontInfo(String family, boolean ok, int codeBytes, @Nullable CMap toUnicode) {
            this.family = family;
            this.ok = ok;
            this.codeBytes = codeBytes;
            this.toUnicode = toUnicode;
        }

        static FontInfo of(COSDictionary dict, @Nullable LayoutRule layout, Walk walk) throws IOException {
            String base = "";
            COSName bf = dict.getCOSName(COSName.BASE_FONT);
            if (bf != null) {
                base = bf.getName();
            }
            boolean type0 = COSName.TYPE0.equals(dict.getCOSName(COSName.SUBTYPE));
            if (COSName.TYPE3.equals(dict.getCOSName(COSName.SUBTYPE)) && base.isEmpty()) {
                base = "Type3";
            }
            String family = family(base);
            CMap cmap = null;
            if (dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream tu) {
                try {
                    cmap = new CMapParser().parse(new RandomAccessReadBuffer(walk.smallStream(tu, 1 << 20)));
                } catch (IOException | RuntimeException e) {
                    if (e instanceof Refusal r) {
                        throw r;
                    }
                    cmap = null; // a broken map only costs us the snippets
                }
            }
            boolean ok = layout != null && layout.acceptsFont(family);
            return new FontInfo(family, ok, type0 ? 2 : 1, cmap);
        }

        /** The family of a PostScript name: no subset prefix, no style suffix, no {@code PS}/{@code MT} tags. */
        static String family(String baseFont) {
            String s = baseFont;
            if (s.length() > 7
                    && s.charAt(6) == '+'
                    && s.substring(0, 6).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                s = s.substring(7);
            }
            int comma = s.indexOf(',');
            if (comma > 0) {
                s = s.substring(0, comma);
            }
            int dash = s.indexOf('-');
            if (dash > 0) {
                s = s.substring(0, dash);
            }
            for (String suffix : new String[] {"PSMT", "MT", "PS"}) {
                if (s.length() > suffix.length() && s.endsWith(suffix)) {
                    s = s.substring(0, s.length() - suffix.length());
                    break;
                }
            }
            return s.isEmpty() ? "?" : s;
        }

        /** Visible glyphs among the codes: white space (by the ToUnicode map, or byte 0x20) is not counted. */
        long countVisible(byte[] b, int len) {
            long n = 0;
            if (codeBytes == 1) {
                if (toUnicode == null) {
                    for (int i = 0; i < len; i++) {
                        int c = b[i] & 0xFF;
                        if (c != 0x20 && c != 0xA0 && c > 0x0D) {
                            n++;
                        }
                    }
                    return n;
                }
                for (int i = 0; i < len; i++) {
                    n += kind(b[i] & 0xFF) == 2 ? 1 : 0;
                }
                return n;
            }
            for (int i = 0; i + 1 < len; i += 2) {
                int code = (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
                n += toUnicode == null ? (code == 0x20 || code == 3 ? 0 : 1) : (kind(code) == 2 ? 1 : 0);
            }
            return n;
        }

        private int kind(int code) {
            byte[] k = kinds;
            if (k == null) {
                k = new byte[codeBytes == 1 ? 256 : 65536];
                kinds = k;
            }
            if (k[code] == 0) {
                String u = unicode(code);
                k[code] = (byte) (u == null || !u.isBlank() ? 2 : 1);
            }
            return k[code];
        }

        private @Nullable String unicode(int code) {
            CMap m = toUnicode;
            if (m == null) {
                return null;
            }
            return codeBytes == 1 ? m.toUnicode(code) : m.toUnicode(code, 2);
        }

        String decode(byte[] b, int len, int maxChars) {
            StringBuilder out = new StringBuilder(Math.min(maxChars, 64));
            if (codeBytes == 1 && toUnicode == null) {
                String s = new String(b, 0, Math.min(len, maxChars), WIN_ANSI);
                return s;
            }
            for (int i = 0; i + codeBytes - 1 < len && out.length() < maxChars; i += codeBytes) {
                int code = codeBytes == 1 ? b[i] & 0xFF : (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
                String u = unicode(code);
                out.append(u == null ? "\uFFFD" : u);
            }
            return out.toString();
        }
    }
}
