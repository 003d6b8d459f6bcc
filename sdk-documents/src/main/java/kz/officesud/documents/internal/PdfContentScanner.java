package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import kz.officesud.documents.DocumentProblem;

/**
 * A content-stream walker of our own: tokenises operators and operands in one pass over a stream, tracks the
 * current transformation matrix, text matrix and text state, and reports each text show with the font resource name
 * and the size from the text rendering matrix ({@code Tf size × |(Tm × CTM)·(0,1)|}). It does not build objects per
 * token, lay out glyphs or load fonts: that is what makes it many times faster than PDFBox's engines.
 */
final class PdfContentScanner {
    /** Receives what the content does. */
    interface Listener {
        /** Text shown: {@code bytes[0, len)} in font resource {@code font}, at {@code size} points. */
        void show(String font, byte[] bytes, int len, long overflow, double size, int renderMode) throws IOException;

        /** {@code Do} of XObject resource {@code name}, with the current matrix (for forms). */
        void xobject(String name, double[] ctm) throws IOException;

        /** An inline image. */
        void inlineImage();
    }

    private static final int MAX_TEXT = 64 * 1024;

    private final InputStream in;
    private final Listener listener;
    private final int maxDepth;
    private final byte[] buf;
    private int pos;
    private int lim;

    // operands
    private final double[] nums = new double[16];
    private int numCount;
    private String lastName = "";
    private byte[] text = new byte[256];
    private int textLen;
    private long textOverflow;
    private int arrayDepth;
    private int dictDepth;

    // state
    private double[] ctm;
    private double[][] ctmStack = new double[16][];
    private double[][] tsStack = new double[16][];
    private String[] fontStack = new String[16];
    private int stackDepth;
    private final double[] tm = {1, 0, 0, 1, 0, 0};
    private final double[] tlm = {1, 0, 0, 1, 0, 0};
    private String font = "";
    private double fontSize = 0;
    private double leading = 0;
    private int render = 0;

    private final StringBuilder op = new StringBuilder(8);

    PdfContentScanner(InputStream in, double[] ctm, Listener listener, int maxDepth) {
        this(in, ctm, listener, maxDepth, new byte[64 * 1024]);
    }

    /** A scanner reading through the caller's {@code buffer} (reused between streams; not shared by threads). */
    PdfContentScanner(InputStream in, double[] ctm, Listener listener, int maxDepth, byte[] buffer) {
        this.buf = buffer;
        this.in = in;
        this.ctm = ctm.clone();
        this.listener = listener;
        this.maxDepth = maxDepth;
    }

    private int peek() throws IOException {
        if (pos >= lim) {
            lim = in.read(buf, 0, buf.length);
            pos = 0;
            if (lim <= 0) {
                lim = 0;
                return -1;
            }
        }
        return buf[pos] & 0xFF;
    }

    private int next() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    private static boolean isWhite(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isDelim(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
                || c == '%';
    }

    void run() throws IOException {
        while (true) {
            int c = next();
            if (c < 0) {
                return;
            }
            if (isWhite(c)) {
                continue;
            }
            switch (c) {
                case '%' -> {
                    while (c >= 0 && c != '\n' && c != '\r') {
                        c = next();
                    }
                }
                case '/' -> lastName = readName();
                case '(' -> readLiteral();
                case '<' -> {
                    if (peek() == '<') {
                        next();
                        if (++dictDepth > maxDepth) {
                            throw deep();
                        }
                    } else {
                        readHex();
                    }
                }
                case '>' -> {
                    if (peek() == '>') {
                        next();
                    }
                    dictDepth = Math.max(0, dictDepth - 1);
                }
                case '[' -> {
                    if (++arrayDepth > maxDepth) {
                        throw deep();
                    }
                }
                case ']' -> arrayDepth = Math.max(0, arrayDepth - 1);
                case '{', '}', ')' -> {
                    // stray delimiters: ignore, as viewers do
                }
                default -> {
                    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
                        readNumber(c);
                    } else {
                        op.setLength(0);
                        op.append((char) c);
                        while (true) {
                            int d = peek();
                            if (d < 0 || isWhite(d) || isDelim(d) || op.length() > 16) {
                                break;
                            }
                            op.append((char) next());
                        }
                        operator();
                    }
                }
            }
        }
    }

    private Refusal deep() {
        return new Refusal(DocumentProblem.NESTING_TOO_DEEP, "a content stream nests deeper than " + maxDepth);
    }

    private String readName() throws IOException {
        StringBuilder b = new StringBuilder(8);
        while (true) {
            int d = peek();
            if (d < 0 || isWhite(d) || isDelim(d)) {
                break;
            }
            next();
            if (d == '#') {
                int h1 = Character.digit(next(), 16);
                int h2 = Character.digit(next(), 16);
                if (h1 >= 0 && h2 >= 0) {
                    b.append((char) (h1 * 16 + h2));
                    continue;
                }
            }
            if (b.length() < 127) {
                b.append((char) d);
            }
        }
        return b.toString();
    }

    private void readNumber(int first) throws IOException {
        long whole = 0;
        double frac = 0;
        double scale = 1;
        boolean neg = first == '-';
        boolean dot = first == '.';
        if (first >= '0' && first <= '9') {
            whole = first - '0';
        }
        while (true) {
            int d = peek();
            if (d >= '0' && d <= '9') {
                next();
                if (dot) {
                    scale /= 10;
                    frac += (d - '0') * scale;
                } else if (whole < 1_000_000_000_000L) {
                    whole = whole * 10 + (d - '0');
                }
            } else if (d == '.' && !dot) {
                next();
                dot = true;
            } else if (d == '-' || d == '+') {
                next(); // "--5" and "5-" occur in the wild; viewers ignore the extra sign
            } else {
                break;
            }
        }
        double v = whole + frac;
        push(neg ? -v : v);
    }

    private void push(double v) {
        if (numCount == nums.length) {
            System.arraycopy(nums, 1, nums, 0, nums.length - 1);
            numCount--;
        }
        nums[numCount++] = v;
    }

    private void addText(int b) {
        if (textLen < MAX_TEXT) {
            if (textLen == text.length) {
                text = Arrays.copyOf(text, Math.min(MAX_TEXT, text.length * 2));
            }
            text[textLen++] = (byte) b;
        } else {
            textOverflow++;
        }
    }

    private void readLiteral() throws IOException {
        int depth = 1;
        while (true) {
            int c = next();
            if (c < 0) {
                return;
            }
            if (c == '\\') {
                int e = next();
                switch (e) {
                    case 'n' -> addText('\n');
                    case 'r' -> addText('\r');
                    case 't' -> addText('\t');
                    case 'b' -> addText('\b');
                    case 'f' -> addText('\f');
                    case '\r' -> {
                        if (peek() == '\n') {
                            next();
                        }
                    }
                    case '\n' -> {
                        // line continuation
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int v = e - '0';
                            for (int k = 0; k < 2 && peek() >= '0' && peek() <= '7'; k++) {
                                v = v * 8 + (next() - '0');
                            }
                            addText(v & 0xFF);
                        } else if (e >= 0) {
                            addText(e);
                        }
                    }
                }
            } else if (c == '(') {
                depth++;
                addText(c);
            } else if (c == ')') {
                if (--depth == 0) {
                    return;
                }
                addText(c);
            } else {
                addText(c);
            }
        }
    }

    private static final byte[] HEX = new byte[256];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int i = 0; i < 10; i++) {
            HEX['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            HEX['a' + i] = (byte) (10 + i);
            HEX['A' + i] = (byte) (10 + i);
        }
    }

    private void readHex() throws IOException {
        int hi = -1;
        while (true) {
            // fast path: pairs of hex digits within the buffer
            while (hi < 0 && pos + 1 < lim) {
                int a = HEX[buf[pos] & 0xFF];
                int b = HEX[buf[pos + 1] & 0xFF];
                if (a < 0 || b < 0) {
                    break;
                }
                if (textLen < text.length) {
                    text[textLen++] = (byte) (a << 4 | b);
                } else {
                    addText(a << 4 | b);
                }
                pos += 2;
            }
            int c = next();
            if (c < 0 || c == '>') {
                break;
            }
            int d = HEX[c];
            if (d < 0) {
                continue;
            }
            if (hi < 0) {
                hi = d;
            } else {
                addText(hi * 16 + d);
                hi = -1;
            }
        }
        if (hi >= 0) {
            addText(hi * 16);
        }
    }

    private double num(int fromEnd) {
        int i = numCount - fromEnd;
        return i >= 0 ? nums[i] : 0;
    }

    private void operator() throws IOException {
        String o = op.toString();
        switch (o) {
            case "q" -> {
                if (stackDepth >= maxDepth) {
                    throw deep();
                }
                if (stackDepth == ctmStack.length) {
                    ctmStack = Arrays.copyOf(ctmStack, stackDepth * 2);
                    tsStack = Arrays.copyOf(tsStack, stackDepth * 2);
                    fontStack = Arrays.copyOf(fontStack, stackDepth * 2);
                }
                ctmStack[stackDepth] = ctm.clone();
                tsStack[stackDepth] = new double[] {fontSize, leading, render};
                fontStack[stackDepth] = font;
                stackDepth++;
            }
            case "Q" -> {
                if (stackDepth > 0) {
                    stackDepth--;
                    ctm = ctmStack[stackDepth];
                    fontSize = tsStack[stackDepth][0];
                    leading = tsStack[stackDepth][1];
                    render = (int) tsStack[stackDepth][2];
                    font = fontStack[stackDepth];
                }
            }
            case "cm" -> {
                if (numCount >= 6) {
                    ctm = multiply(new double[] {num(6), num(5), num(4), num(3), num(2), num(1)}, ctm);
                }
            }
            case "BT" -> {
                identity(tm);
                identity(tlm);
            }
            case "Tf" -> {
                font = lastName;
                fontSize = num(1);
            }
            case "Tm" -> {
                if (numCount >= 6) {
                    double[] m = {num(6), num(5), num(4), num(3), num(2), num(1)};
                    System.arraycopy(m, 0, tm, 0, 6);
                    System.arraycopy(m, 0, tlm, 0, 6);
                }
            }
            case "Td" -> translate(num(2), num(1));
            case "TD" -> {
                leading = -num(1);
                translate(num(2), num(1));
            }
            case "T*" -> translate(0, -leading);
            case "TL" -> leading = num(1);
            case "Tr" -> render = (int) num(1);
            case "Tj", "TJ" -> show();
            case "'", "\"" -> {
                translate(0, -leading);
                show();
            }
            case "Do" -> listener.xobject(lastName, ctm);
            case "BI" -> inlineImage();
            default -> {
                // other operators do not change what we measure
            }
        }
        numCount = 0;
        textLen = 0;
        textOverflow = 0;
        arrayDepth = 0;
        dictDepth = 0;
    }

    private void show() throws IOException {
        // the size from the text rendering matrix: Tf size scaled by (Tm × CTM) applied to the unit vertical
        double c = tm[2] * ctm[0] + tm[3] * ctm[2];
        double d = tm[2] * ctm[1] + tm[3] * ctm[3];
        double size = Math.abs(fontSize) * Math.hypot(c, d);
        listener.show(font, text, textLen, textOverflow, size, render);
    }

    private void inlineImage() throws IOException {
        listener.inlineImage();
        // skip the image dictionary to ID, then binary data to a white-space-delimited EI
        int prev = ' ';
        while (true) {
            int c = next();
            if (c < 0) {
                return;
            }
            if (prev == 'I' && c == 'D' && (isWhite(peek()) || peek() < 0)) {
                next();
                break;
            }
            prev = c;
        }
        int a = ' ';
        int b = ' ';
        while (true) {
            int c = next();
            if (c < 0) {
                return;
            }
            if (isWhite(a) && b == 'E' && c == 'I' && (peek() < 0 || isWhite(peek()))) {
                return;
            }
            a = b;
            b = c;
        }
    }

    private void translate(double tx, double ty) {
        double[] t = {1, 0, 0, 1, tx, ty};
        double[] m = multiply(t, tlm);
        System.arraycopy(m, 0, tlm, 0, 6);
        System.arraycopy(m, 0, tm, 0, 6);
    }

    private static void identity(double[] m) {
        m[0] = 1;
        m[1] = 0;
        m[2] = 0;
        m[3] = 1;
        m[4] = 0;
        m[5] = 0;
    }

    /** {@code a × b} for PDF's row-vector matrices [a b c d e f]. */
    static double[] multiply(double[] a, double[] b) {
        return new double[] {
            a[0] * b[0] + a[1] * b[2],
            a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4],
            a[4] * b[1] + a[5] * b[3] + b[5]
        };
    }
}
