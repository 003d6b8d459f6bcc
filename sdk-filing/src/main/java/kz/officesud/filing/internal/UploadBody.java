package kz.officesud.filing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import kz.officesud.transport.internal.LocalFailure;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * A document's bytes streamed from a re-openable source, hashed on the way. The last chunk is held back
 * until the whole stream has been hashed: when the bytes are not the ones the filing was built from (size
 * or SHA-256 differ) the body fails before it is complete, so the court never stores a changed document.
 */
public final class UploadBody extends RequestBody {
    static final int CHUNK = 64 * 1024;

    /** Where the bytes come from; opened afresh for each attempt. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** Told how many bytes of this attempt have been written so far (restarts at 0 on a retry). */
    @FunctionalInterface
    public interface Progress {
        void written(long bytesThisAttempt);
    }

    /** What to throw when the content is not the expected one, or cannot be read. */
    public interface Failures {
        /** The bytes differ: {@code actualSha256Hex} is null when reading stopped because the file grew. */
        RuntimeException changed(long actualSize, @Nullable String actualSha256Hex);

        RuntimeException unreadable(IOException cause);
    }

    private final Opener opener;
    private final @Nullable MediaType mediaType;
    private final long expectedSize;
    private final String expectedSha256Hex;
    private final boolean oneShot;
    private final Progress progress;
    private final Failures failures;

    public UploadBody(
            Opener opener,
            @Nullable MediaType mediaType,
            long expectedSize,
            String expectedSha256Hex,
            boolean oneShot,
            Progress progress,
            Failures failures) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.mediaType = mediaType;
        this.expectedSize = expectedSize;
        this.expectedSha256Hex = expectedSha256Hex.toLowerCase(Locale.ROOT);
        this.oneShot = oneShot;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public @Nullable MediaType contentType() {
        return mediaType;
    }

    @Override
    public long contentLength() {
        return expectedSize;
    }

    @Override
    public boolean isOneShot() {
        return oneShot;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        MessageDigest sha256 = newDigest();
        report(0);
        InputStream in = open();
        try {
            byte[] held = new byte[CHUNK];
            byte[] next = new byte[CHUNK];
            int heldLength = readChunk(in, held);
            long total = 0;
            while (heldLength > 0) {
                total += heldLength;
                if (total > expectedSize) {
                    throw new LocalFailure(failures.changed(total, null));
                }
                sha256.update(held, 0, heldLength);
                int nextLength = readChunk(in, next);
                if (nextLength <= 0) {
                    verify(total, sha256); // before the last chunk leaves: a changed file never completes
                }
                sink.write(held, 0, heldLength);
                report(total);
                byte[] swap = held;
                held = next;
                next = swap;
                heldLength = nextLength;
            }
            if (total == 0) {
                verify(0, sha256);
            }
        } finally {
            closeQuietly(in);
        }
    }

    private InputStream open() throws LocalFailure {
        try {
            return opener.open();
        } catch (IOException e) {
            throw new LocalFailure(failures.unreadable(e));
        } catch (RuntimeException e) {
            // e.g. content not bound (an attachment read from JSON): never let it cross OkHttp unwrapped
            throw new LocalFailure(e);
        }
    }

    private void report(long written) throws LocalFailure {
        try {
            progress.written(written);
        } catch (RuntimeException listenerFailed) {
            throw new LocalFailure(listenerFailed);
        }
    }

    private void verify(long total, MessageDigest sha256) throws LocalFailure {
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (total != expectedSize || !actual.equals(expectedSha256Hex)) {
            throw new LocalFailure(failures.changed(total, actual));
        }
    }

    /** Reads until the buffer is full or the stream ends; -1 only at the end with nothing read. */
    private int readChunk(InputStream in, byte[] buffer) throws LocalFailure {
        int filled = 0;
        try {
            while (filled < buffer.length) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
        } catch (IOException e) {
            throw new LocalFailure(failures.unreadable(e));
        }
        return filled == 0 ? -1 : filled;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The bytes were read (or the upload failed already); a failing close changes nothing.
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
