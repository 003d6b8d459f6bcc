package kz.officesud.mockserver.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Content-addressed files: {@code blobs/ab/abcdef…} named by the SHA-256 of their bytes. Bytes are streamed to
 * a temporary file while hashed and counted, never held in memory, and renamed into place only when whole.
 */
public final class BlobStore {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path temp;

    public BlobStore(Path dataDirectory) throws IOException {
        this.root = dataDirectory.resolve("blobs");
        this.temp = dataDirectory.resolve("tmp");
        Files.createDirectories(root);
        Files.createDirectories(temp);
        try (var leftovers = Files.list(temp)) {
            for (Path file : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(file);
            }
        }
        AtomicFiles.sweep(root);
    }

    /** What was stored: the hex SHA-256 and the size in bytes. */
    public record Stored(String sha256, long size) {
        public Stored {
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** Thrown when the stream is longer than allowed; nothing is kept. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    /** Streams {@code in} to disk while hashing it; throws {@link TooLargeException} past {@code maxBytes}. */
    public Stored store(InputStream in, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        Path file = Files.createTempFile(temp, AtomicFiles.TEMP_PREFIX, AtomicFiles.TEMP_SUFFIX);
        boolean moved = false;
        try {
            long size = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            String hex = HexFormat.of().formatHex(digest.digest());
            Path target = path(hex);
            if (Files.exists(target)) {
                return new Stored(hex, size);
            }
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            AtomicFiles.move(file, target);
            moved = true;
            return new Stored(hex, size);
        } finally {
            if (!moved) {
                Files.deleteIfExists(file);
            }
        }
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    public long size(String sha256) throws IOException {
        return Files.size(path(sha256));
    }

    /** Hashes the stored bytes again, streaming: what they are now, whatever their name says. */
    public String rehash(String sha256) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = open(sha256)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Path path(String sha256) {
        String hex = sha256.toLowerCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex");
        }
        return root.resolve(hex.substring(0, 2)).resolve(hex);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
