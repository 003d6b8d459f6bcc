package kz.officesud.documents.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF writer for tests that writes objects as given, so that tests can make what real writers make (Word's
 * subset fonts, Type0 fonts with ToUnicode) and what attackers make (bombs, lies, deep nesting). Pages are streamed
 * to disk as they are added, so that a 20 MB, 17,000-page PDF needs little memory.
 */
public final class RawPdf implements AutoCloseable {
    /** How a content stream is compressed. */
    public enum Filter {
        NONE,
        FLATE,
        FLATE_ARRAY,
        /** {@code [/ASCII85Decode /FlateDecode]}: what older PostScript-to-PDF converters and e-book tools write. */
        ASCII85_FLATE,
        /** {@code /ASCIIHexDecode}. */
        ASCII_HEX,
        /** {@code /LZWDecode} (Acrobat 2-era files). */
        LZW,
        /** {@code /RunLengthDecode}. */
        RUN_LENGTH,
        /** {@code /FlateDecode} with the PNG Up predictor ({@code /DecodeParms << /Predictor 12 /Columns 16 >>}). */
        FLATE_PNG_UP,
        /** {@code [/ASCIIHexDecode /LZWDecode]} with {@code /EarlyChange 0}. */
        HEX_LZW_EARLY0,
        /** A filter no decoder of the inspector takes on a content stream ({@code /JPXDecode}). */
        UNDECODABLE
    }

    private final OutputStream out;
    private long pos;
    private final List<Long> offsets = new ArrayList<>();
    private final List<Integer> pageIds = new ArrayList<>();
    private final Map<String, Integer> fonts = new LinkedHashMap<>();
    private final int pagesId;
    private final int catalogId;
    private int pageFanout = 50;
    private String extraCatalog = "";

    private RawPdf(Path target) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        catalogId = reserve();
        pagesId = reserve();
    }

    public static RawPdf create(Path target) throws IOException {
        return new RawPdf(target);
    }

    /** How many kids an intermediate page-tree node gets. */
    public RawPdf pageFanout(int n) {
        this.pageFanout = n;
        return this;
    }

    /** More entries for the catalog dictionary. */
    public RawPdf catalogExtra(String entries) {
        this.extraCatalog = entries;
        return this;
    }

    /** A simple (WinAnsi) font named {@code /name} in resources, with {@code baseFont}. Not embedded. */
    public RawPdf simpleFont(String name, String baseFont) throws IOException {
        int id = object("<< /Type /Font /Subtype /TrueType /BaseFont /" + baseFont
                + " /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 >>");
        fonts.put(name, id);
        return this;
    }

    /**
     * A Type0 font (Identity-H, two-byte codes equal to Unicode code points of the BMP) with a ToUnicode map for Latin
     * and Cyrillic, as Word writes for Cyrillic text. Not embedded.
     */
    public RawPdf type0Font(String name, String baseFont) throws IOException {
        String cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe)"
                + " /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                + "3 beginbfrange <0020> <00FF> <0020> <0400> <04FF> <0400> <2000> <20FF> <2000> endbfrange\n"
                + "endcmap CMapName currentdict /CMap defineresource pop end end";
        int toUnicode = stream("", cmap.getBytes(StandardCharsets.US_ASCII), Filter.FLATE);
        int descriptor = object("<< /Type /FontDescriptor /FontName /" + baseFont
                + " /Flags 6 /FontBBox [-568 -307 2000 1007] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662"
                + " /StemV 94 >>");
        int cid = object("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + baseFont
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
                + descriptor + " 0 R /DW 500 /CIDToGIDMap /Identity >>");
        int id = object("<< /Type /Font /Subtype /Type0 /BaseFont /" + baseFont + " /Encoding /Identity-H"
                + " /DescendantFonts [" + cid + " 0 R] /ToUnicode " + toUnicode + " 0 R >>");
        fonts.put(name, id);
        return this;
    }

    /** A page with {@code content} (operators), using every font declared so far. */
    public RawPdf page(String content, Filter filter) throws IOException {
        return page(content.getBytes(StandardCharsets.ISO_8859_1), filter, "");
    }

    /** A page with raw content bytes and extra resources (e.g. {@code /XObject << /Im1 5 0 R >>}). */
    public RawPdf page(byte[] content, Filter filter, String extraResources) throws IOException {
        int c = stream("", content, filter);
        return pageWithContents(c + " 0 R", extraResources);
    }

    /** A page whose /Contents is given as written (a reference or an array of references). */
    public RawPdf pageWithContents(String contents, String extraResources) throws IOException {
        StringBuilder f = new StringBuilder();
        fonts.forEach((n, id) -> f.append('/').append(n).append(' ').append(id).append(" 0 R "));
        int id = reserve();
        pageIds.add(id);
        define(
                id,
                "<< /Type /Page /Parent " + pagesId + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << " + f + ">> "
                        + extraResources + " >> /Contents " + contents + " >>");
        return this;
    }

    /** An indirect object; returns its number. */
    public int object(String body) throws IOException {
        int id = reserve();
        define(id, body);
        return id;
    }

    /** A stream object with extra dictionary entries; returns its number. */
    public int stream(String dictExtra, byte[] data, Filter filter) throws IOException {
        byte[] body =
                switch (filter) {
                    case NONE, UNDECODABLE -> data;
                    case FLATE, FLATE_ARRAY -> zlib(data);
                    case ASCII85_FLATE -> Encoders.ascii85(zlib(data));
                    case ASCII_HEX -> Encoders.asciiHex(data);
                    case LZW -> Encoders.lzw(data, 1);
                    case RUN_LENGTH -> Encoders.runLength(data);
                    case FLATE_PNG_UP -> zlib(Encoders.pngUp(data, 16));
                    case HEX_LZW_EARLY0 -> Encoders.asciiHex(Encoders.lzw(data, 0));
                };
        String f =
                switch (filter) {
                    case NONE -> "";
                    case FLATE -> " /Filter /FlateDecode";
                    case FLATE_ARRAY -> " /Filter [/FlateDecode]";
                    case ASCII85_FLATE -> " /Filter [/ASCII85Decode /FlateDecode]";
                    case ASCII_HEX -> " /Filter /ASCIIHexDecode";
                    case LZW -> " /Filter /LZWDecode";
                    case RUN_LENGTH -> " /Filter /RunLengthDecode";
                    case FLATE_PNG_UP -> " /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 16 >>";
                    case HEX_LZW_EARLY0 -> " /Filter [/AHx /LZW] /DecodeParms [null << /EarlyChange 0 >>]";
                    case UNDECODABLE -> " /Filter /JPXDecode";
                };
        return rawStream(dictExtra + f, body);
    }

    /** A stream object whose bytes are written as given (already encoded). */
    public int rawStream(String dict, byte[] encoded) throws IOException {
        int id = reserve();
        offsets.set(id - 1, pos);
        raw((id + " 0 obj\n<< /Length " + encoded.length + " " + dict + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        raw(encoded);
        raw("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        return id;
    }

    /** Writes the page tree, catalog, xref and trailer. */
    @Override
    public void close() throws IOException {
        finish("");
    }

    /** Like {@link #close()}, with more trailer entries (e.g. an /Encrypt reference). */
    public void finish(String trailerExtra) throws IOException {
        List<Integer> level = new ArrayList<>(pageIds);
        List<int[]> counts = new ArrayList<>();
        for (int i = 0; i < level.size(); i++) {
            counts.add(new int[] {1});
        }
        // build intermediate nodes until the root's kids fit
        while (level.size() > pageFanout) {
            List<Integer> next = new ArrayList<>();
            List<int[]> nextCounts = new ArrayList<>();
            for (int i = 0; i < level.size(); i += pageFanout) {
                List<Integer> kids = level.subList(i, Math.min(level.size(), i + pageFanout));
                int n = 0;
                for (int k = i; k < i + kids.size(); k++) {
                    n += counts.get(k)[0];
                }
                int id = reserve();
                next.add(id);
                nextCounts.add(new int[] {n});
                parentFix.put(id, kids);
                define(id, "<< /Type /Pages /Parent " + pagesId + " 0 R /Kids " + refs(kids) + " /Count " + n + " >>");
            }
            level = next;
            counts = nextCounts;
        }
        define(pagesId, "<< /Type /Pages /Kids " + refs(level) + " /Count " + pageIds.size() + " >>");
        define(catalogId, "<< /Type /Catalog /Pages " + pagesId + " 0 R " + extraCatalog + " >>");
        long xref = pos;
        StringBuilder x = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (Long o : offsets) {
            x.append(String.format("%010d 00000 n \n", o == null ? 0 : o));
        }
        x.append("trailer\n<< /Size ")
                .append(offsets.size() + 1)
                .append(" /Root ")
                .append(catalogId)
                .append(" 0 R ")
                .append(trailerExtra)
                .append(" >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        raw(x.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.close();
    }

    // intermediate nodes' kids keep /Parent = root: a simplification PDF readers accept
    private final Map<Integer, List<Integer>> parentFix = new LinkedHashMap<>();

    private static String refs(List<Integer> ids) {
        StringBuilder b = new StringBuilder("[");
        for (int id : ids) {
            b.append(id).append(" 0 R ");
        }
        return b.append(']').toString();
    }

    private int reserve() {
        offsets.add(null);
        return offsets.size();
    }

    private void define(int id, String body) throws IOException {
        offsets.set(id - 1, pos);
        raw((id + " 0 obj\n" + body + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private void raw(byte[] b) throws IOException {
        out.write(b);
        pos += b.length;
    }

    /** zlib (RFC 1950) as PDF's FlateDecode wants. */
    public static byte[] zlib(byte[] data) {
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        d.setInput(data);
        d.finish();
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(Math.max(64, data.length / 3));
        byte[] buf = new byte[64 * 1024];
        while (!d.finished()) {
            b.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return b.toByteArray();
    }

    /** A PDF string literal of Latin-1 text, escaped. */
    public static String lit(String text) {
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }

    /** A hex string of two-byte Unicode codes (for {@link #type0Font}). */
    public static String hex2(String text) {
        StringBuilder b = new StringBuilder(text.length() * 4 + 2).append('<');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            for (int shift = 12; shift >= 0; shift -= 4) {
                b.append(Character.forDigit((c >> shift) & 0xF, 16));
            }
        }
        return b.append('>').toString();
    }

    /** {@code BT /font size Tf x y Td (text) Tj ET} for a simple font. */
    public static String line(String font, double size, double x, double y, String text) {
        return "BT /" + font + " " + size + " Tf " + x + " " + y + " Td " + lit(text) + " Tj ET\n";
    }

    /** Like {@link #line} for a Type0 font. */
    public static String line2(String font, double size, double x, double y, String text) {
        return "BT /" + font + " " + size + " Tf " + x + " " + y + " Td " + hex2(text) + " Tj ET\n";
    }

    /**
     * A whole PDF of the given objects, numbered from 1 (object 1 is the catalog), with a correct cross-reference
     * table: for structures the page-tree writer above cannot make (deep trees, lying counts).
     */
    public static void rawDocument(Path target, List<String> objects) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            at.add(b.size());
            b.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = b.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : at) {
            x.append(String.format("%010d 00000 n \n", o));
        }
        x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n");
        x.append(xref).append("\n%%EOF\n");
        b.writeBytes(x.toString().getBytes(StandardCharsets.ISO_8859_1));
        Files.write(target, b.toByteArray());
    }
}
