package kz.officesud.documents.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * The encoders of PDF's standard filters, for test files: PDFBox's own (ASCII85, run-length, and LZW for a
 * cross-check), so that the inspector's decoders are checked against another implementation; ASCIIHex, the PNG
 * predictor and LZW with and without early change written here from ISO 32000-1, 7.4.
 */
public final class Encoders {
    private Encoders() {}

    public static byte[] ascii85(byte[] data) {
        return pdfbox(COSName.ASCII85_DECODE, data);
    }

    public static byte[] runLength(byte[] data) {
        return pdfbox(COSName.RUN_LENGTH_DECODE, data);
    }

    /** LZW codes, written here, with the code width growing one code early ({@code earlyChange} 1) or not (0). */
    public static byte[] lzw(byte[] data, int earlyChange) {
        return lzwCodes(data, earlyChange);
    }

    /** LZW codes as PDFBox writes them (early change), to check the decoder against another hand. */
    public static byte[] lzwByPdfBox(byte[] data) {
        return pdfbox(COSName.LZW_DECODE, data);
    }

    public static byte[] asciiHex(byte[] data) {
        StringBuilder b = new StringBuilder(data.length * 2 + 16);
        for (int i = 0; i < data.length; i++) {
            b.append(Character.forDigit((data[i] >> 4) & 0xF, 16)).append(Character.forDigit(data[i] & 0xF, 16));
            if (i % 32 == 31) {
                b.append('\n'); // writers wrap their lines; white space is ignored
            }
        }
        return b.append('>').toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** PNG "Up" rows of {@code columns} bytes (one colour component of 8 bits), each after its filter-type byte 2. */
    public static byte[] pngUp(byte[] data, int columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] prior = new byte[columns];
        for (int at = 0; at < data.length; at += columns) {
            out.write(2);
            for (int i = 0; i < columns; i++) {
                byte x = at + i < data.length ? data[at + i] : 0;
                out.write((byte) (x - prior[i]));
                prior[i] = x;
            }
        }
        return out.toByteArray();
    }

    private static byte[] pdfbox(COSName filter, byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FilterFactory.INSTANCE
                    .getFilter(filter)
                    .encode(new ByteArrayInputStream(data), out, new COSDictionary(), 0);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** LZW: a table of (prefix code, byte) pairs; a clear code before the table fills. */
    private static byte[] lzwCodes(byte[] data, int early) {
        java.util.Map<Long, Integer> table = new java.util.HashMap<>();
        BitWriter w = new BitWriter();
        int width = 9;
        w.write(256, width);
        int next = 258;
        int cur = -1;
        for (byte value : data) {
            int b = value & 0xFF;
            if (cur < 0) {
                cur = b;
                continue;
            }
            Integer grown = table.get((long) cur << 8 | b);
            if (grown != null) {
                cur = grown;
                continue;
            }
            w.write(cur, width);
            if (next < 4000) {
                table.put((long) cur << 8 | b, next++);
                // the decoder adds each entry one code after the encoder: widen when it will read the wider code
                if (next - 1 + early >= (1 << width) && width < 12) {
                    width++;
                }
            } else {
                w.write(256, width);
                table.clear();
                next = 258;
                width = 9;
            }
            cur = b;
        }
        if (cur >= 0) {
            w.write(cur, width);
        }
        w.write(257, width);
        return w.bytes();
    }

    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long bits;
        private int count;

        void write(int code, int width) {
            bits = (bits << width) | code;
            count += width;
            while (count >= 8) {
                out.write((int) (bits >>> (count - 8)) & 0xFF);
                count -= 8;
            }
        }

        byte[] bytes() {
            if (count > 0) {
                out.write((int) (bits << (8 - count)) & 0xFF);
                count = 0;
            }
            return out.toByteArray();
        }
    }
}
