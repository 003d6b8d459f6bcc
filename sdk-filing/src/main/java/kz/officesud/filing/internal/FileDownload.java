package kz.officesud.filing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.filing.CourtIoException;
import okhttp3.Headers;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Streams an answer's body to a file, whole or not at all: into a temporary file beside the target, hashed on the
 * way, then moved over the target. Memory stays at one buffer segment whatever the size. A connection that fails
 * mid-body leaves no file (the attempt is repeated afresh); bytes whose SHA-256 is not the one expected never reach
 * the target.
 */
public final class FileDownload implements StreamReader<Path> {
    private static final long SEGMENT = 64 * 1024;

    private final Path target;
    private final @Nullable String expectedSha256Hex;
    private final String what;

    /**
     * @param target where the file goes
     * @param expectedSha256Hex the SHA-256 the court said the file has, or null when it said none
     * @param what the file, for messages ("act A-1")
     */
    public FileDownload(Path target, @Nullable String expectedSha256Hex, String what) {
        this.target = Objects.requireNonNull(target, "target");
        this.expectedSha256Hex = expectedSha256Hex == null ? null : expectedSha256Hex.toLowerCase(Locale.ROOT);
        this.what = Objects.requireNonNull(what, "what");
    }

    @Override
    public Path read(Headers headers, BufferedSource body) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(directory, ".officesud-", ".part");
        } catch (IOException e) {
            throw new LocalFailure(new OfficesudIoException("cannot write " + target + ": " + e, e));
        }
        try {
            MessageDigest sha256 = sha256();
            long total = 0;
            try (BufferedSink out = Okio.buffer(Okio.sink(temp))) {
                Buffer chunk = new Buffer();
                long n;
                while ((n = body.read(chunk, SEGMENT)) != -1) {
                    total += n;
                    byte[] bytes = chunk.readByteArray();
                    sha256.update(bytes);
                    out.write(bytes);
                }
            }
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (expectedSha256Hex != null && !expectedSha256Hex.equals(actual)) {
                throw new CourtIoException("the court sent other bytes for " + what + " than it said (SHA-256 " + actual
                        + ", " + total + " bytes; expected " + expectedSha256Hex + "); nothing was written");
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new LocalFailure(new OfficesudIoException("cannot write " + target + ": " + e, e));
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
