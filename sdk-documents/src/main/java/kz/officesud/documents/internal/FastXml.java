package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kz.officesud.documents.DocumentProblem;
import org.jspecify.annotations.Nullable;

/**
 * A small, fast, secure XML scanner over UTF-8 bytes, for OOXML parts. Secure by construction: a DTD is refused (no
 * XXE, no entity expansion), only the five predefined entities and character references are accepted. It checks
 * well-formedness as far as a court viewer would care: every tag closed in order, attributes quoted, one root, no
 * text outside it, entities valid, depth bounded. Namespaces are matched by the prefix that the root element binds
 * to a namespace URI (OOXML producers bind them on the root).
 *
 * <p>Elements and text are reported to a {@link Handler}; names and attributes are read on demand, so that elements
 * nobody asks about cost nothing.
 */
public final class FastXml {
    /** Receives the events of one part. */
    public interface Handler {
        /** An element starts ({@code empty}: it is also its own end; {@link #end} follows at once). */
        void start(FastXml x) throws IOException;

        /** An element ends; {@link FastXml#is} tests its name. */
        void end(FastXml x) throws IOException;

        /** Raw text between tags: UTF-8 bytes {@code [from, to)} of {@code buf}, entities not expanded. */
        void text(byte[] buf, int from, int to, boolean cdata) throws IOException;
    }

    private static final int CHUNK = 256 * 1024;
    private static final int MAX_TAG = 1 << 20;

    private final InputStream in;
    private final int maxDepth;
    private final String partName;
    private byte[] buf = new byte[CHUNK * 2];
    private int len;
    private boolean eof;

    // current tag
    private int tagStart;
    private int nameStart;
    private int nameEnd;
    private int attrStart;
    private int attrEnd;
    /** The attribute {@link #nextAttribute} found last: name {@code [an0, an1)}, value {@code [av0, av1)}. */
    private int an0;

    private int an1;
    private int av0;
    private int av1;
    private boolean emptyElement;
    private boolean endTag;

    // element stack (names copied)
    private byte[] names = new byte[4096];
    private int[] nameOffsets = new int[65];
    private int depth;
    private boolean rootSeen;
    private boolean rootClosed;

    private byte[] prefix = new byte[0];

    private FastXml(InputStream in, int maxDepth, String partName) {
        this.in = in;
        this.maxDepth = maxDepth;
        this.partName = partName;
    }

    /** Scans {@code in} to its end, reporting to {@code handler}. */
    public static void scan(InputStream in, String partName, int maxDepth, Handler handler) throws IOException {
        new FastXml(in, maxDepth, partName).run(handler);
    }

    /** Binds the prefix used by {@link #is} to the one the current element declares for {@code namespaceUri}. */
    public void usePrefixOf(String namespaceUri) {
        byte[] uri = namespaceUri.getBytes(StandardCharsets.UTF_8);
        for (int p = nextAttribute(attrStart); p >= 0; p = nextAttribute(p)) {
            int n0 = an0;
            int n1 = an1;
            int v0 = av0;
            int v1 = av1;
            if (regionEquals(v0, v1, uri)) {
                if (n1 - n0 == 5 && startsWith(n0, "xmlns")) {
                    prefix = new byte[0];
                    return;
                }
                if (n1 - n0 > 6 && startsWith(n0, "xmlns:")) {
                    prefix = Arrays.copyOfRange(buf, n0 + 6, n1);
                    return;
                }
            }
        }
    }

    /**
     * Finds the attribute of the current start tag at or after {@code p} (already checked well-formed by
     * {@link #checkAttributes}), sets {@link #an0}..{@link #av1} to it and returns where the next one may begin;
     * -1 when there is none.
     */
    private int nextAttribute(int p) {
        p = skipSpace(p);
        if (p >= attrEnd) {
            return -1;
        }
        int n0 = p;
        while (p < attrEnd && buf[p] != '=' && !isSpace(buf[p])) {
            p++;
        }
        int n1 = p;
        while (p < attrEnd && buf[p] != '"' && buf[p] != '\'') {
            p++;
        }
        if (p >= attrEnd) {
            return -1;
        }
        byte q = buf[p];
        int v0 = ++p;
        while (p < attrEnd && buf[p] != q) {
            p++;
        }
        an0 = n0;
        an1 = n1;
        av0 = v0;
        av1 = p;
        return p + 1;
    }

    /** Whether the current element (start or end) is {@code local} in the bound namespace. */
    public boolean is(byte[] local) {
        int n = nameEnd - nameStart;
        if (prefix.length == 0) {
            return n == local.length && regionEquals(nameStart, nameEnd, local);
        }
        if (n != prefix.length + 1 + local.length || buf[nameStart + prefix.length] != ':') {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[nameStart + i] != prefix[i]) {
                return false;
            }
        }
        int o = nameStart + prefix.length + 1;
        for (int i = 0; i < local.length; i++) {
            if (buf[o + i] != local[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the current element's qualified name is exactly {@code qname} (e.g. {@code mc:Fallback}); for elements of
     * namespaces other than the bound one, whose prefixes OOXML producers fix.
     */
    public boolean isQualified(byte[] qname) {
        return regionEquals(nameStart, nameEnd, qname);
    }

    /** The current element's local name (without prefix); allocates: use for small parts only. */
    public String localName() {
        int colon = nameStart;
        while (colon < nameEnd && buf[colon] != ':') {
            colon++;
        }
        int s = colon < nameEnd ? colon + 1 : nameStart;
        return new String(buf, s, nameEnd - s, StandardCharsets.UTF_8);
    }

    /** Whether the current start tag is also its end ({@code <x/>}). */
    public boolean isEmptyElement() {
        return emptyElement;
    }

    /** The depth of the current element (root = 1). */
    public int depth() {
        return depth;
    }

    /**
     * The value of the attribute whose qualified name ends with {@code local} after a prefix (any prefix) or has no
     * prefix, entities expanded; null when absent.
     */
    public @Nullable String attr(String local) {
        byte[] l = local.getBytes(StandardCharsets.US_ASCII);
        for (int p = nextAttribute(attrStart); p >= 0; p = nextAttribute(p)) {
            int n0 = an0;
            int n1 = an1;
            int v0 = av0;
            int v1 = av1;
            int ln = n1 - n0;
            boolean match = (ln == l.length && regionEquals(n0, n1, l))
                    || (ln > l.length && buf[n1 - l.length - 1] == ':' && regionEquals(n1 - l.length, n1, l));
            if (match) {
                return decode(buf, v0, v1);
            }
        }
        return null;
    }

    /** The text of {@code [from, to)} with entities expanded. */
    public static String decode(byte[] b, int from, int to) {
        String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int semi = c == '&' ? raw.indexOf(';', i) : -1;
            if (semi > i) {
                String ent = raw.substring(i + 1, semi);
                switch (ent) {
                    case "amp" -> out.append('&');
                    case "lt" -> out.append('<');
                    case "gt" -> out.append('>');
                    case "quot" -> out.append('"');
                    case "apos" -> out.append('\'');
                    default -> {
                        try {
                            int cp = ent.startsWith("#x")
                                    ? Integer.parseInt(ent.substring(2), 16)
                                    : Integer.parseInt(ent.substring(1));
                            out.appendCodePoint(cp);
                        } catch (RuntimeException e) {
                            out.append('?');
                        }
                    }
                }
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private void run(Handler h) throws IOException {
        int p = 0;
        fill(0);
        // skip a UTF-8 byte-order mark
        if (len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            p = 3;
        }
        while (true) {
            // text up to the next '<'
            int t0 = p;
            while (true) {
                while (p < len && buf[p] != '<') {
                    p++;
                }
                if (p < len || eof) {
                    break;
                }
                // need more: deliver what we have (on a character boundary) and refill
                int cut = p;
                while (cut > t0 && (buf[cut - 1] & 0xC0) == 0x80) {
                    cut--;
                }
                if (cut > t0 && (buf[cut - 1] & 0x80) != 0) {
                    cut--; // the lead byte of a split character stays too
                }
                int amp = lastIndexOf(t0, cut, (byte) '&');
                if (amp >= 0 && lastIndexOf(amp, cut, (byte) ';') < 0) {
                    cut = amp; // keep a split entity together
                }
                if (cut > t0) {
                    text(h, t0, cut, false);
                }
                int shift = compact(cut);
                p -= shift;
                t0 = cut - shift;
                fill(len);
            }
            if (p > t0) {
                text(h, t0, p, false);
            }
            if (p >= len) {
                break;
            }
            // markup at p
            int end = findMarkupEnd(p);
            while (end < 0) {
                if (eof) {
                    throw corrupt("markup is not closed");
                }
                if (len - p > MAX_TAG) {
                    throw corrupt("a tag longer than " + MAX_TAG + " bytes");
                }
                int shift = compact(p);
                p -= shift;
                fill(len);
                end = findMarkupEnd(p);
            }
            markup(h, p, end);
            p = end;
        }
        if (depth != 0 || !rootSeen) {
            throw corrupt(rootSeen ? "the document element is not closed" : "no document element");
        }
    }

    private void text(Handler h, int from, int to, boolean cdata) throws IOException {
        if (depth == 0) {
            for (int i = from; i < to; i++) {
                if (!isSpace(buf[i])) {
                    throw corrupt("text outside the document element");
                }
            }
            return;
        }
        if (!cdata) {
            for (int i = from; i < to; i++) {
                if (buf[i] == '&') {
                    checkEntity(i, to);
                } else if (buf[i] == '>' && i >= from + 2 && buf[i - 1] == ']' && buf[i - 2] == ']') {
                    throw corrupt("]]> in text");
                }
            }
        }
        h.text(buf, from, to, cdata);
    }

    private void checkEntity(int amp, int limit) throws Refusal {
        int semi = amp + 1;
        while (semi < limit && semi - amp < 12 && buf[semi] != ';') {
            semi++;
        }
        if (semi >= limit || buf[semi] != ';') {
            throw corrupt("a bare & or an over-long entity");
        }
        int n = semi - amp - 1;
        if (n >= 2 && buf[amp + 1] == '#') {
            return;
        }
        if ((n == 3 && startsWith(amp + 1, "amp"))
                || (n == 2 && (startsWith(amp + 1, "lt") || startsWith(amp + 1, "gt")))
                || (n == 4 && (startsWith(amp + 1, "quot") || startsWith(amp + 1, "apos")))) {
            return;
        }
        throw corrupt("an undeclared entity");
    }

    /** The index just past the markup starting at {@code p} ('<'), or -1 if it is not complete in the buffer. */
    private int findMarkupEnd(int p) {
        if (p + 1 >= len) {
            return -1;
        }
        byte c = buf[p + 1];
        if (c == '!') {
            if (p + 4 <= len && buf[p + 2] == '-' && buf[p + 3] == '-') {
                return indexOf3(p + 4, '-', '-', '>');
            }
            if (p + 9 <= len && startsWith(p + 2, "[CDATA[")) {
                return indexOf3(p + 9, ']', ']', '>');
            }
            if (p + 9 > len) {
                return -1;
            }
            return indexOfQuoted(p + 2);
        }
        if (c == '?') {
            int q = p + 2;
            while (q + 1 < len) {
                if (buf[q] == '?' && buf[q + 1] == '>') {
                    return q + 2;
                }
                q++;
            }
            return -1;
        }
        return indexOfQuoted(p + 1);
    }

    private int indexOfQuoted(int q) {
        byte quote = 0;
        while (q < len) {
            byte b = buf[q];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return q + 1;
            }
            q++;
        }
        return -1;
    }

    private int indexOf3(int q, char a, char b, char c) {
        while (q + 2 < len) {
            if (buf[q] == a && buf[q + 1] == b && buf[q + 2] == c) {
                return q + 3;
            }
            q++;
        }
        return -1;
    }

    private void markup(Handler h, int p, int end) throws IOException {
        byte c = buf[p + 1];
        if (c == '!') {
            // the same tests as findMarkupEnd: anything else after "<!" (a "<![CDATAX>" too) is unknown markup
            if (buf[p + 2] == '-' && buf[p + 3] == '-') {
                return; // comment
            }
            if (startsWith(p + 2, "[CDATA[")) {
                if (depth == 0) {
                    throw corrupt("CDATA outside the document element");
                }
                h.text(buf, p + 9, end - 3, true);
                return;
            }
            if (startsWith(p + 2, "DOCTYPE")) {
                throw new Refusal(DocumentProblem.XML_DTD_FORBIDDEN, partName + " declares a DTD");
            }
            throw corrupt("unknown markup <!");
        }
        if (c == '?') {
            return; // XML declaration or processing instruction
        }
        tagStart = p;
        endTag = c == '/';
        int q = endTag ? p + 2 : p + 1;
        nameStart = q;
        while (q < end - 1 && !isSpace(buf[q]) && buf[q] != '/' && buf[q] != '>') {
            q++;
        }
        nameEnd = q;
        if (nameEnd == nameStart) {
            throw corrupt("a tag without a name");
        }
        emptyElement = !endTag && buf[end - 2] == '/';
        attrStart = q;
        attrEnd = emptyElement ? end - 2 : end - 1;
        if (endTag) {
            if (depth == 0) {
                throw corrupt("an end tag without a start");
            }
            int o0 = nameOffsets[depth - 1];
            int o1 = nameOffsets[depth];
            if (!Arrays.equals(buf, nameStart, nameEnd, names, o0, o1)) {
                throw corrupt("tags are not closed in order");
            }
            h.end(this);
            depth--;
            if (depth == 0) {
                rootClosed = true;
            }
            return;
        }
        if (rootClosed) {
            throw corrupt("a second document element");
        }
        checkAttributes();
        if (depth >= maxDepth) {
            throw new Refusal(DocumentProblem.NESTING_TOO_DEEP, partName + " nests elements deeper than " + maxDepth);
        }
        if (depth + 2 >= nameOffsets.length) {
            nameOffsets = Arrays.copyOf(nameOffsets, nameOffsets.length * 2);
        }
        int o = nameOffsets[depth];
        int n = nameEnd - nameStart;
        if (o + n > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, o + n));
        }
        System.arraycopy(buf, nameStart, names, o, n);
        nameOffsets[++depth] = o + n;
        rootSeen = true;
        h.start(this);
        if (emptyElement) {
            h.end(this);
            depth--;
            if (depth == 0) {
                rootClosed = true;
            }
        }
    }

    private void checkAttributes() throws Refusal {
        int p = attrStart;
        while (true) {
            p = skipSpace(p);
            if (p >= attrEnd) {
                return;
            }
            int n0 = p;
            while (p < attrEnd && buf[p] != '=' && !isSpace(buf[p])) {
                if (buf[p] == '<' || buf[p] == '"' || buf[p] == '\'') {
                    throw corrupt("a malformed attribute");
                }
                p++;
            }
            if (p == n0) {
                throw corrupt("an attribute without a name");
            }
            p = skipSpace(p);
            if (p >= attrEnd || buf[p] != '=') {
                throw corrupt("an attribute without a value");
            }
            p = skipSpace(p + 1);
            if (p >= attrEnd || (buf[p] != '"' && buf[p] != '\'')) {
                throw corrupt("an unquoted attribute value");
            }
            byte q = buf[p++];
            int v0 = p;
            while (p < attrEnd && buf[p] != q) {
                if (buf[p] == '<') {
                    throw corrupt("< in an attribute value");
                }
                p++;
            }
            if (p >= attrEnd) {
                throw corrupt("an attribute value is not closed");
            }
            for (int i = v0; i < p; i++) {
                if (buf[i] == '&') {
                    checkEntity(i, p);
                }
            }
            p++;
            if (p < attrEnd && !isSpace(buf[p])) {
                throw corrupt("attributes are not separated");
            }
        }
    }

    private Refusal corrupt(String what) {
        return new Refusal(DocumentProblem.CORRUPT, partName + " is not well-formed XML: " + what);
    }

    private int compact(int from) {
        if (from == 0) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            return 0;
        }
        System.arraycopy(buf, from, buf, 0, len - from);
        len -= from;
        tagStart -= from;
        return from;
    }

    private void fill(int at) throws IOException {
        if (eof) {
            return;
        }
        if (buf.length - at < CHUNK) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, at + CHUNK));
        }
        int n = in.readNBytes(buf, at, Math.min(CHUNK, buf.length - at));
        if (n <= 0) {
            eof = true;
        }
        len = at + Math.max(0, n);
    }

    private int skipSpace(int p) {
        while (p < attrEnd && isSpace(buf[p])) {
            p++;
        }
        return p;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private boolean startsWith(int p, String s) {
        if (p + s.length() > len) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean regionEquals(int from, int to, byte[] other) {
        if (to - from != other.length) {
            return false;
        }
        for (int i = 0; i < other.length; i++) {
            if (buf[from + i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    private int lastIndexOf(int from, int to, byte b) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
