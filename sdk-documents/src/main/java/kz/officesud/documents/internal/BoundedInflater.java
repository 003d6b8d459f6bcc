package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import kz.officesud.documents.DocumentProblem;

/**
 * A zlib/deflate stream that counts what it produces: beyond {@code maxBytes}, beyond {@code ratio} × input once past
 * {@code graceBytes}, or beyond the shared {@link Budget} → {@link DocumentProblem#DECOMPRESSION_BOMB}. Never buffers
 * more than 64 KB.
 */
public final class BoundedInflater extends InputStream {
    /** A total shared by all streams of one inspection. */
    public static final class Budget {
        private final long max;
        private long used;

        public Budget(long max) {
            this.max = max;
        }

        void use(long n) throws Refusal {
            used += n;
            if (used > max) {
                throw new Refusal(DocumentProblem.DECOMPRESSION_BOMB, "streams expand beyond " + max + " bytes in all");
            }
        }

        public long used() {
            return used;
        }
    }

    private final InputStream raw;
    private final Inflater inflater;
    private final byte[] in;
    private final boolean ownInflater;
    private final long maxBytes;
    private final int ratio;
    private final long graceBytes;
    private final Budget budget;
    private long consumed;
    private long produced;
    private boolean done;

    /** {@code zlib}: true for a zlib header (PDF FlateDecode), false for raw deflate. */
    public BoundedInflater(InputStream raw, boolean zlib, long maxBytes, int ratio, long graceBytes, Budget budget) {
        this(raw, new Inflater(!zlib), true, new byte[64 * 1024], maxBytes, ratio, graceBytes, budget);
    }

    /**
     * A stream over a caller's {@code inflater} (reset here, not ended, on close, so that one inflater serves many
     * streams one after another) and input buffer.
     */
    public BoundedInflater(
            InputStream raw,
            Inflater inflater,
            byte[] buffer,
            long maxBytes,
            int ratio,
            long graceBytes,
            Budget budget) {
        this(raw, inflater, false, buffer, maxBytes, ratio, graceBytes, budget);
    }

    private BoundedInflater(
            InputStream raw,
            Inflater inflater,
            boolean ownInflater,
            byte[] buffer,
            long maxBytes,
            int ratio,
            long graceBytes,
            Budget budget) {
        this.raw = raw;
        this.inflater = inflater;
        this.ownInflater = ownInflater;
        this.in = buffer;
        if (!ownInflater) {
            inflater.reset();
        }
        this.maxBytes = maxBytes;
        this.ratio = ratio;
        this.graceBytes = graceBytes;
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        try {
            while (true) {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    produced += n;
                    budget.use(n);
                    bound(produced, consumed, maxBytes, ratio, graceBytes);
                    return n;
                }
                if (inflater.finished() || inflater.needsDictionary()) {
                    done = true;
                    return -1;
                }
                if (inflater.needsInput()) {
                    int r = raw.read(in);
                    if (r < 0) {
                        // PDF writers sometimes omit the end of a deflate stream: what was inflated counts
                        done = true;
                        return -1;
                    }
                    consumed += r;
                    inflater.setInput(in, 0, r);
                }
            }
        } catch (DataFormatException e) {
            throw new Refusal(DocumentProblem.CORRUPT, "a compressed stream is damaged");
        }
    }

    /**
     * Refuses a stream that has produced {@code produced} bytes from {@code consumed}: beyond {@code maxBytes}, or
     * beyond {@code ratio} times its input once past {@code graceBytes}.
     */
    static void bound(long produced, long consumed, long maxBytes, int ratio, long graceBytes) throws Refusal {
        if (produced > maxBytes) {
            throw new Refusal(DocumentProblem.DECOMPRESSION_BOMB, "a stream expands beyond " + maxBytes);
        }
        if (produced > graceBytes && produced > (long) ratio * Math.max(1, consumed)) {
            throw new Refusal(DocumentProblem.DECOMPRESSION_BOMB, "a stream expands more than " + ratio + " times");
        }
    }

    public long produced() {
        return produced;
    }

    @Override
    public void close() throws IOException {
        if (ownInflater) {
            inflater.end();
        } else {
            inflater.reset();
        }
        raw.close();
    }
}
