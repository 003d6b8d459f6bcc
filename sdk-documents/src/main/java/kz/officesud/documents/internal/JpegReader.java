package kz.officesud.documents.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.documents.DocumentProblem;

/**
 * Walks a JPEG's markers: SOI, segments with a frame header (SOF) giving non-zero dimensions, entropy-coded data, EOI.
 * A file cut off before EOI is truncated.
 */
public final class JpegReader {
    private JpegReader() {}

    public static void check(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            if (in.read() != 0xFF || in.read() != 0xD8) {
                throw new Refusal(DocumentProblem.CORRUPT, "JPEG without a start marker");
            }
            boolean frame = false;
            int segments = 0;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new Refusal(DocumentProblem.TRUNCATED, "JPEG ends before its end marker");
                }
                if (b != 0xFF) {
                    throw new Refusal(DocumentProblem.CORRUPT, "JPEG marker expected");
                }
                int m = in.read();
                while (m == 0xFF) {
                    m = in.read();
                }
                if (m < 0) {
                    throw new Refusal(DocumentProblem.TRUNCATED, "JPEG ends inside a marker");
                }
                if (++segments > 10_000) {
                    throw new Refusal(DocumentProblem.CORRUPT, "JPEG with too many segments");
                }
                if (m == 0xD9) {
                    if (!frame) {
                        throw new Refusal(DocumentProblem.CORRUPT, "JPEG without a frame header");
                    }
                    return;
                }
                if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                    continue;
                }
                int hi = in.read();
                int lo = in.read();
                if (lo < 0) {
                    throw new Refusal(DocumentProblem.TRUNCATED, "JPEG ends inside a segment header");
                }
                int len = hi << 8 | lo;
                if (len < 2) {
                    throw new Refusal(DocumentProblem.CORRUPT, "JPEG segment with a bad length");
                }
                byte[] seg = in.readNBytes(len - 2);
                if (seg.length < len - 2) {
                    throw new Refusal(DocumentProblem.TRUNCATED, "JPEG ends inside a segment");
                }
                boolean sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
                if (sof) {
                    if (seg.length < 6) {
                        throw new Refusal(DocumentProblem.CORRUPT, "JPEG frame header too short");
                    }
                    int height = (seg[1] & 0xFF) << 8 | (seg[2] & 0xFF);
                    int width = (seg[3] & 0xFF) << 8 | (seg[4] & 0xFF);
                    if (width == 0) {
                        throw new Refusal(DocumentProblem.CORRUPT, "JPEG frame of width 0");
                    }
                    frame = frame || height >= 0;
                }
                if (m == 0xDA) {
                    if (!frame) {
                        throw new Refusal(DocumentProblem.CORRUPT, "JPEG scan before its frame header");
                    }
                    // entropy-coded data: skip to the next marker that is not a stuffed 0xFF00 or a restart
                    int prev = 0;
                    while (true) {
                        int c = in.read();
                        if (c < 0) {
                            throw new Refusal(DocumentProblem.TRUNCATED, "JPEG ends inside its image data");
                        }
                        if (prev == 0xFF && c != 0 && !(c >= 0xD0 && c <= 0xD7) && c != 0xFF) {
                            if (c == 0xD9) {
                                return;
                            }
                            // another segment (e.g. a progressive scan's tables): read its length and go on
                            int h2 = in.read();
                            int l2 = in.read();
                            if (l2 < 0) {
                                throw new Refusal(DocumentProblem.TRUNCATED, "JPEG ends inside a segment");
                            }
                            int n = (h2 << 8 | l2) - 2;
                            if (n < 0 || skip(in, n) < n) {
                                throw new Refusal(DocumentProblem.TRUNCATED, "JPEG ends inside a segment");
                            }
                            prev = 0;
                            continue;
                        }
                        prev = c;
                    }
                }
            }
        }
    }

    private static long skip(InputStream in, long n) throws IOException {
        long done = 0;
        while (done < n) {
            long s = in.skip(n - done);
            if (s <= 0) {
                if (in.read() < 0) {
                    return done;
                }
                s = 1;
            }
            done += s;
        }
        return done;
    }
}
