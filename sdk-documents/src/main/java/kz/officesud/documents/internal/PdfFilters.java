package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.InspectionLimits;
import org.jspecify.annotations.Nullable;

/**
 * The standard stream filters of PDF (ISO 32000-1, 7.4) as bounded, streaming decoders: ASCIIHexDecode,
 * ASCII85Decode, LZWDecode (with {@code EarlyChange}), FlateDecode, RunLengthDecode, the TIFF (2) and PNG (10–15)
 * predictors of LZW and Flate, a {@code /Crypt} filter of the identity, and any chain of them ({@code [/ASCII85Decode
 * /FlateDecode]}, applied first to last). The image filters (DCT, JPX, CCITT fax, JBIG2) and unknown names are not
 * decoded: {@link #decode} answers null, and the caller says the text cannot be decoded.
 *
 * <p>Every stage is bounded: its output may not pass the limit of one stream, nor {@code ratio} × the raw bytes read
 * once past the grace size (LZW and run-length codes expand too: up to about 2,700 and 64 times); the last stage's
 * output is charged to the inspection's budget. Beyond them: {@link DocumentProblem#DECOMPRESSION_BOMB}. Data that
 * ends early or goes wrong part-way ends the stream there, as viewers do; a damaged deflate stream is refused.
 */
final class PdfFilters {
    private PdfFilters() {}

    /** One filter of a chain, with its decode parameters (null when none). */
    record Filter(String name, @Nullable Params params) {}

    /** The decode parameters the standard filters take ({@code /DecodeParms}). */
    record Params(int predictor, int colors, int bitsPerComponent, int columns, int earlyChange) {
        static final Params NONE = new Params(1, 1, 8, 1, 1);
    }

    /** Whether every filter of the chain is one we decode. */
    static boolean decodable(List<Filter> chain) {
        for (Filter f : chain) {
            if (canonical(f.name()) == null) {
                return false;
            }
            Params p = f.params() == null ? Params.NONE : f.params();
            if (p.predictor() > 1 && !predictorSupported(p)) {
                return false;
            }
        }
        return true;
    }

    /** The standard name of a filter or of its abbreviation; null for the filters we do not decode. */
    static @Nullable String canonical(String name) {
        return switch (name) {
            case "ASCIIHexDecode", "AHx" -> "ASCIIHexDecode";
            case "ASCII85Decode", "A85" -> "ASCII85Decode";
            case "LZWDecode", "LZW" -> "LZWDecode";
            case "FlateDecode", "Fl" -> "FlateDecode";
            case "RunLengthDecode", "RL" -> "RunLengthDecode";
            case "Crypt" -> "Crypt"; // what is left of it after the security handler: the identity
            default -> null;
        };
    }

    private static boolean predictorSupported(Params p) {
        boolean png = p.predictor() >= 10 && p.predictor() <= 15;
        boolean tiff = p.predictor() == 2 && p.bitsPerComponent() == 8;
        return (png || tiff)
                && p.colors() >= 1
                && p.colors() <= 32
                && (p.bitsPerComponent() == 1
                        || p.bitsPerComponent() == 2
                        || p.bitsPerComponent() == 4
                        || p.bitsPerComponent() == 8
                        || p.bitsPerComponent() == 16)
                && p.columns() >= 1
                && (long) p.columns() * p.colors() * p.bitsPerComponent() <= 8L * (1 << 20);
    }

    /**
     * {@code raw} decoded through {@code chain}, bounded by {@code limits} and {@code budget}; null when a filter is
     * not one we decode (nothing is read then).
     */
    static @Nullable InputStream decode(
            InputStream raw, List<Filter> chain, InspectionLimits limits, BoundedInflater.Budget budget) {
        if (!decodable(chain)) {
            return null;
        }
        Counting source = new Counting(raw);
        InputStream in = source;
        for (int i = 0; i < chain.size(); i++) {
            Filter f = chain.get(i);
            Params p = f.params() == null ? Params.NONE : f.params();
            String name = java.util.Objects.requireNonNull(canonical(f.name()));
            in = switch (name) {
                case "ASCIIHexDecode" -> new AsciiHex(in);
                case "ASCII85Decode" -> new Ascii85(in);
                case "LZWDecode" -> new Lzw(in, p.earlyChange());
                case "FlateDecode" ->
                    new BoundedInflater(
                            in,
                            true,
                            limits.maxStreamBytes(),
                            limits.maxCompressionRatio(),
                            limits.ratioGraceBytes(),
                            new BoundedInflater.Budget(Long.MAX_VALUE));
                case "RunLengthDecode" -> new RunLength(in);
                default -> in; // Crypt: the identity
            };
            if (p.predictor() > 1 && (name.equals("LZWDecode") || name.equals("FlateDecode"))) {
                in = new Predicted(in, p);
            }
            boolean last = i == chain.size() - 1;
            in = new Bounded(in, source, limits, last ? budget : null);
        }
        return in;
    }

    /** A stream over another that reads in blocks: the one-byte read and the close, once for all stages. */
    private abstract static class Stage extends InputStream {
        final InputStream in;

        Stage(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public abstract int read(byte[] b, int off, int len) throws IOException;

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Counts the raw bytes read, for the ratio checks of every stage. */
    private static final class Counting extends Stage {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** A stage's output, counted: at most one stream's limit, at most ratio × the raw input, and the budget. */
    private static final class Bounded extends Stage {
        private final Counting raw;
        private final InspectionLimits limits;
        private final BoundedInflater.@Nullable Budget budget;
        private long produced;

        Bounded(InputStream in, Counting raw, InspectionLimits limits, BoundedInflater.@Nullable Budget budget) {
            super(in);
            this.raw = raw;
            this.limits = limits;
            this.budget = budget;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                produced += n;
                if (budget != null) {
                    budget.use(n);
                }
                BoundedInflater.bound(
                        produced,
                        raw.count,
                        limits.maxStreamBytes(),
                        limits.maxCompressionRatio(),
                        limits.ratioGraceBytes());
            }
            return n;
        }
    }

    /** A decoder that fills a small buffer at a time. */
    private abstract static class Decoder extends Stage {
        final byte[] out;
        int pos;
        int lim;
        boolean done;

        Decoder(InputStream in) {
            this(in, 8192);
        }

        Decoder(InputStream in, int bufferSize) {
            super(in);
            this.out = new byte[bufferSize];
        }

        /** Decodes more into {@code out[0, lim)}; sets {@code done} at the end of the data. */
        abstract void fill() throws IOException;

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (pos >= lim) {
                if (done) {
                    return -1;
                }
                pos = 0;
                lim = 0;
                fill();
            }
            int n = Math.min(len, lim - pos);
            System.arraycopy(out, pos, b, off, n);
            pos += n;
            return n;
        }

        static boolean white(int c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
        }
    }

    /** ASCIIHexDecode: pairs of hex digits, white space ignored, {@code >} ends; an odd last digit is followed by 0. */
    static final class AsciiHex extends Decoder {
        AsciiHex(InputStream in) {
            super(in);
        }

        @Override
        void fill() throws IOException {
            int hi = -1;
            while (lim < out.length) {
                int c = in.read();
                if (c < 0 || c == '>') {
                    done = true;
                    break;
                }
                if (white(c)) {
                    continue;
                }
                int d = Character.digit(c, 16);
                if (d < 0) {
                    done = true; // not hex: the data ends here
                    break;
                }
                if (hi < 0) {
                    hi = d;
                } else {
                    out[lim++] = (byte) (hi << 4 | d);
                    hi = -1;
                }
            }
            if (hi >= 0) {
                if (done) {
                    out[lim++] = (byte) (hi << 4);
                } else {
                    // a pair split across fills: read its second digit now
                    int c;
                    do {
                        c = in.read();
                    } while (c >= 0 && white(c));
                    int d = c < 0 ? -1 : Character.digit(c, 16);
                    out[lim++] = (byte) (hi << 4 | Math.max(0, d));
                    done = d < 0;
                }
            }
        }
    }

    /** ASCII85Decode: groups of five characters {@code !}–{@code u} for four bytes, {@code z} for four zeros, {@code ~>} ends. */
    static final class Ascii85 extends Decoder {
        Ascii85(InputStream in) {
            super(in);
        }

        @Override
        void fill() throws IOException {
            int[] group = new int[5];
            int n = 0;
            while (lim <= out.length - 4) {
                int c = in.read();
                if (c < 0 || c == '~') {
                    done = true;
                    break;
                }
                if (white(c)) {
                    continue;
                }
                if (c == 'z' && n == 0) {
                    out[lim++] = 0;
                    out[lim++] = 0;
                    out[lim++] = 0;
                    out[lim++] = 0;
                    continue;
                }
                if (c < '!' || c > 'u') {
                    done = true; // not ASCII85: the data ends here
                    break;
                }
                group[n++] = c - '!';
                if (n == 5) {
                    put(group, 4);
                    n = 0;
                }
            }
            if (n > 0) {
                if (!done) {
                    // finish the group that straddles the buffer's end
                    while (n < 5) {
                        int c = in.read();
                        if (c < 0 || c == '~' || (!white(c) && (c < '!' || c > 'u'))) {
                            done = true;
                            break;
                        }
                        if (!white(c)) {
                            group[n++] = c - '!';
                        }
                    }
                }
                if (n == 5) {
                    put(group, 4);
                } else if (n > 1) {
                    for (int k = n; k < 5; k++) {
                        group[k] = 84; // padded with 'u'
                    }
                    put(group, n - 1);
                }
            }
        }

        private void put(int[] g, int bytes) {
            long v = 0;
            for (int k = 0; k < 5; k++) {
                v = v * 85 + g[k];
            }
            for (int k = 0; k < bytes; k++) {
                out[lim++] = (byte) (v >>> (24 - 8 * k));
            }
        }
    }

    /** RunLengthDecode: a length byte 0–127 copies 1–128 bytes, 129–255 repeats the next byte 2–128 times, 128 ends. */
    static final class RunLength extends Decoder {
        RunLength(InputStream in) {
            super(in);
        }

        @Override
        void fill() throws IOException {
            while (lim <= out.length - 128) {
                int len = in.read();
                if (len < 0 || len == 128) {
                    done = true;
                    return;
                }
                if (len < 128) {
                    int n = in.readNBytes(out, lim, len + 1);
                    lim += n;
                    if (n < len + 1) {
                        done = true;
                        return;
                    }
                } else {
                    int b = in.read();
                    if (b < 0) {
                        done = true;
                        return;
                    }
                    int count = 257 - len;
                    java.util.Arrays.fill(out, lim, lim + count, (byte) b);
                    lim += count;
                }
            }
        }
    }

    /**
     * LZWDecode: codes of 9 to 12 bits, 256 clears the table, 257 ends; the code width grows one code early unless
     * {@code EarlyChange} is 0.
     */
    static final class Lzw extends Decoder {
        private final int early;
        private final short[] prefix = new short[4096];
        private final byte[] suffix = new byte[4096];
        private final short[] length = new short[4096];
        private final byte[] first = new byte[4096];
        private final byte[] stack = new byte[4096];
        private int next = 258;
        private int width = 9;
        private int previous = -1;
        private long bits;
        private int bitCount;

        Lzw(InputStream in, int earlyChange) {
            super(in);
            this.early = earlyChange == 0 ? 0 : 1;
            for (int i = 0; i < 256; i++) {
                suffix[i] = (byte) i;
                first[i] = (byte) i;
                length[i] = 1;
                prefix[i] = -1;
            }
        }

        private int code() throws IOException {
            while (bitCount < width) {
                int c = in.read();
                if (c < 0) {
                    return -1;
                }
                bits = (bits << 8) | c;
                bitCount += 8;
            }
            bitCount -= width;
            return (int) ((bits >>> bitCount) & ((1 << width) - 1));
        }

        @Override
        void fill() throws IOException {
            while (lim <= out.length - 4096) {
                int code = code();
                if (code < 0 || code == 257) {
                    done = true;
                    return;
                }
                if (code == 256) {
                    next = 258;
                    width = 9;
                    previous = -1;
                    continue;
                }
                int emit;
                if (code < next && (code < 256 || code >= 258)) {
                    emit = code;
                } else if (code == next && previous >= 0) {
                    emit = -1; // the KwKwK case: previous string + its first byte
                } else {
                    done = true; // a code the table does not hold: the data ends here
                    return;
                }
                int start = lim;
                if (emit >= 0) {
                    lim += write(emit, lim);
                } else {
                    lim += write(previous, lim);
                    out[lim++] = first[previous];
                }
                if (previous >= 0 && next < 4096) {
                    prefix[next] = (short) previous;
                    suffix[next] = out[start];
                    first[next] = first[previous];
                    length[next] = (short) (length[previous] + 1);
                    next++;
                }
                previous = emit >= 0 ? emit : next - 1;
                if (next + early >= (1 << width) && width < 12) {
                    width++;
                }
            }
        }

        /** Writes the string of {@code code} at {@code at}; returns its length. */
        private int write(int code, int at) {
            int n = length[code];
            int c = code;
            for (int k = n - 1; k >= 0; k--) {
                stack[k] = suffix[c];
                c = prefix[c];
            }
            System.arraycopy(stack, 0, out, at, n);
            return n;
        }
    }

    /** The TIFF (2) and PNG (10–15) predictors, row by row. */
    static final class Predicted extends Decoder {
        private final int rowBytes;
        private final int bpp;
        private final boolean png;
        private final byte[] row;
        private final byte[] prior;

        Predicted(InputStream in, Params p) {
            super(in, rowBytes(p));
            this.rowBytes = rowBytes(p);
            this.bpp = Math.max(1, p.colors() * p.bitsPerComponent() / 8);
            this.png = p.predictor() >= 10;
            this.row = new byte[rowBytes];
            this.prior = new byte[rowBytes];
        }

        @Override
        void fill() throws IOException {
            int type = 0;
            if (png) {
                type = in.read();
                if (type < 0) {
                    done = true;
                    return;
                }
            }
            int n = in.readNBytes(row, 0, rowBytes);
            if (n == 0) {
                done = true;
                return;
            }
            if (png) {
                for (int i = 0; i < n; i++) {
                    int left = i >= bpp ? row[i - bpp] & 0xFF : 0;
                    int up = prior[i] & 0xFF;
                    int upLeft = i >= bpp ? prior[i - bpp] & 0xFF : 0;
                    int x = row[i] & 0xFF;
                    row[i] = (byte)
                            switch (type) {
                                case 1 -> x + left;
                                case 2 -> x + up;
                                case 3 -> x + ((left + up) >>> 1);
                                case 4 -> x + paeth(left, up, upLeft);
                                default -> x;
                            };
                }
            } else {
                for (int i = bpp; i < n; i++) {
                    row[i] = (byte) (row[i] + row[i - bpp]);
                }
            }
            System.arraycopy(row, 0, prior, 0, n);
            emit(n);
            if (n < rowBytes) {
                done = true;
            }
        }

        private void emit(int n) {
            System.arraycopy(row, 0, out, 0, n);
            lim = n;
        }

        /** Bytes a row: bounded to 1 MiB by {@link #decodable}. */
        private static int rowBytes(Params p) {
            return (int) (((long) p.columns() * p.colors() * p.bitsPerComponent() + 7) / 8);
        }

        private static int paeth(int a, int b, int c) {
            int pa = Math.abs(b - c);
            int pb = Math.abs(a - c);
            int pc = Math.abs(a + b - 2 * c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
