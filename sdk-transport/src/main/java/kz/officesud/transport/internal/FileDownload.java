package kz.officesud.transport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.net.ProtocolException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import kz.officesud.core.model.Sha256;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A download into a file, streamed: the answer goes into a temporary file beside the target, hashed on the way, and
 * takes the target's name only when it is whole and is what the court listed (its size and SHA-256). A failed or
 * repeated attempt leaves no partial file under the target's name; an existing file there is replaced only by a whole
 * download.
 */
public final class FileDownload implements HttpTransport.BodyConsumer<FileDownload.Saved> {
    static final int BUFFER = 64 * 1024;

    private final Path target;
    private final long expectedSize;
    private final @Nullable Sha256 expectedSha256;

    /**
     * @param target where the file goes
     * @param expectedSize the size the court listed, or -1 when it listed none
     * @param expectedSha256 the digest the court listed, or null
     */
    public FileDownload(Path target, long expectedSize, @Nullable Sha256 expectedSha256) {
        this.target = Objects.requireNonNull(target, "target");
        this.expectedSize = expectedSize;
        this.expectedSha256 = expectedSha256;
    }

    /** A whole download: where it is, its size and its SHA-256. */
    public record Saved(Path path, long size, Sha256 sha256) {}

    /** The bytes that arrived are not what the court listed: a different size or digest. */
    public static final class NotAsListed extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        NotAsListed(String message) {
            super(message);
        }
    }

    @Override
    public Saved consume(Headers headers, long contentLength, InputStream body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null) {
            throw new IOException("no directory to download into: " + target);
        }
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, ".download-", ".part");
        try {
            MessageDigest sha256 = newDigest();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = read(body, buffer, size)) >= 0) {
                    size += n;
                    if (expectedSize >= 0 && size > expectedSize) {
                        throw new NotAsListed("the download is larger than the " + expectedSize + " bytes listed");
                    }
                    out.write(buffer, 0, n);
                }
            }
            Sha256 digest = Sha256.ofHex(HexFormat.of().formatHex(sha256.digest()));
            if (expectedSize >= 0 && size != expectedSize) {
                throw new NotAsListed("the download has " + size + " bytes, " + expectedSize + " were listed");
            }
            if (expectedSha256 != null && !expectedSha256.equals(digest)) {
                throw new NotAsListed("the download's SHA-256 is not the one listed");
            }
            move(temp, absolute);
            return new Saved(absolute, size, digest);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads on; an answer that ends before its declared length (OkHttp's {@link ProtocolException} "unexpected end of
     * stream") is a dropped connection, which another attempt may complete, not a malformed answer.
     */
    private static int read(InputStream body, byte[] buffer, long sizeSoFar) throws IOException {
        try {
            return body.read(buffer);
        } catch (ProtocolException cutShort) {
            throw new IOException("the answer was cut short after " + sizeSoFar + " bytes", cutShort);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
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
