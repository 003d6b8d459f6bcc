package kz.officesud.mockserver.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Writes that are all or nothing: the bytes go to a temporary file beside the target, are forced to disk, and
 * the file is renamed over the target with {@code ATOMIC_MOVE}. A crash leaves either the old file or the new
 * one, plus at worst a temporary file that {@link #sweep} removes at the next start.
 */
public final class AtomicFiles {
    static final String TEMP_PREFIX = ".tmp-";
    static final String TEMP_SUFFIX = ".part";

    private AtomicFiles() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Renames a finished temporary file onto its target, atomically. */
    public static void move(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
    }

    /** Deletes the temporary files a crash left under a directory. */
    public static void sweep(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file :
                    (Iterable<Path>) files.filter(Files::isRegularFile).filter(AtomicFiles::isTemporary)::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
