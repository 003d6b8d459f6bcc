package kz.officesud.mockserver.internal.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.officesud.core.model.ContentSource;
import org.jspecify.annotations.Nullable;

/**
 * Content-addressed bytes: {@code blobs/ab/abcdef…} named by the SHA-256 of their bytes. Bytes are streamed to
 * a temporary file while hashed and counted, never held in memory, and renamed into place only when whole. A court
 * in memory keeps them in a map instead (counted the same way while they arrive).
 */
public final class BlobStore {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final @Nullable Path root;
    private final @Nullable Path temp;
    private final Map<String, byte[]> memory = new ConcurrentHashMap<>();

    /** Blobs under {@code dataDirectory}. */
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

    private BlobStore() {
        this.root = null;
        this.temp = null;
    }

    /** Blobs in memory. */
    public static BlobStore inMemory() {
        return new BlobStore();
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
        if (temp == null) {
            return storeInMemory(in, maxBytes);
        }
        MessageDigest digest = sha256();
        Path file = Files.createTempFile(temp, AtomicFiles.TEMP_PREFIX, AtomicFiles.TEMP_SUFFIX);
        boolean moved = false;
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(file)) {
                size = copy(in, out, digest, maxBytes);
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

    /** Copies {@code in} to {@code out} while hashing and counting; past {@code maxBytes} it stops and throws. */
    private static long copy(InputStream in, OutputStream out, MessageDigest digest, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            size += read;
            if (size > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return size;
    }

    private Stored storeInMemory(InputStream in, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long size = copy(in, out, digest, maxBytes);
        String hex = HexFormat.of().formatHex(digest.digest());
        memory.putIfAbsent(hex, out.toByteArray());
        return new Stored(hex, size);
    }

    /** Stores bytes known whole (a snapshot's); returns their SHA-256 hex. */
    public String put(byte[] bytes) throws IOException {
        return store(new ByteArrayInputStream(bytes), Long.MAX_VALUE).sha256();
    }

    public boolean exists(String sha256) {
        return root == null ? memory.containsKey(key(sha256)) : Files.isRegularFile(path(sha256));
    }

    public InputStream open(String sha256) throws IOException {
        if (root == null) {
            byte[] bytes = memory.get(key(sha256));
            if (bytes == null) {
                throw new FileNotFoundException("no blob " + sha256);
            }
            return new ByteArrayInputStream(bytes);
        }
        return Files.newInputStream(path(sha256));
    }

    public long size(String sha256) throws IOException {
        if (root == null) {
            byte[] bytes = memory.get(key(sha256));
            if (bytes == null) {
                throw new FileNotFoundException("no blob " + sha256);
            }
            return bytes.length;
        }
        return Files.size(path(sha256));
    }

    /** The stored bytes as content a document inspector or validator reads, re-openable. */
    public ContentSource content(String sha256) {
        if (root != null) {
            return ContentSource.ofPath(path(sha256));
        }
        byte[] bytes = memory.get(key(sha256));
        return ContentSource.ofBytes(bytes == null ? new byte[0] : bytes);
    }

    /** What {@code use} makes of the bytes as a file: the blob's own, or (in memory) a temporary copy. */
    public <T> T asFile(String sha256, java.util.function.Function<Path, T> use) throws IOException {
        if (root != null) {
            return use.apply(path(sha256));
        }
        Path copy = Files.createTempFile("reference-court-blob-", ".tmp");
        try {
            try (InputStream in = open(sha256)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return use.apply(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The name (SHA-256 hex) of every blob stored. */
    public java.util.List<String> names() throws IOException {
        if (root == null) {
            return java.util.List.copyOf(memory.keySet());
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> HEX.matcher(name).matches())
                    .toList();
        }
    }

    /** Deletes one blob (its record may stay); nothing when it is not there. */
    public void delete(String sha256) throws IOException {
        memory.remove(key(sha256));
        if (root != null) {
            Files.deleteIfExists(path(sha256));
        }
    }

    /** Deletes every blob. */
    public void clear() throws IOException {
        memory.clear();
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.deleteIfExists(file);
            }
        }
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

    private Path path(String sha256) {
        String hex = key(sha256);
        Path directory = Objects.requireNonNull(root, "a court in memory has no blob files");
        return directory.resolve(hex.substring(0, 2)).resolve(hex);
    }

    private static String key(String sha256) {
        String hex = sha256.toLowerCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex");
        }
        return hex;
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
