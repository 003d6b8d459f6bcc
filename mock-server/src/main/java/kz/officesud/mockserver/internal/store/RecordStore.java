package kz.officesud.mockserver.internal.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON file per record ({@code users/<id>.json}), each written atomically; or nothing at all for a court in
 * memory (the {@link CourtStore}'s maps are then the only copy). A file that cannot be read as a record is named in
 * one WARN line and moved aside to {@code damaged/}, never a reason not to start.
 */
public final class RecordStore<T> {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Logger LOG = LoggerFactory.getLogger(RecordStore.class);

    private final @Nullable Path directory;
    private final @Nullable Path damaged;
    private final Class<T> type;
    private final ObjectMapper mapper;

    /** Records in {@code directory}, or in memory only when it is null. */
    public RecordStore(@Nullable Path directory, @Nullable Path damaged, Class<T> type, ObjectMapper mapper)
            throws IOException {
        this.directory = directory;
        this.damaged = damaged;
        this.type = type;
        this.mapper = mapper;
        if (directory != null) {
            Files.createDirectories(directory);
            AtomicFiles.sweep(directory);
        }
    }

    public void put(String id, T record) throws IOException {
        Path file = file(id);
        if (file != null) {
            AtomicFiles.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(record));
        }
    }

    /** Every record that can be read; the rest are set aside (see the class comment). */
    public List<T> loadAll() throws IOException {
        List<T> records = new ArrayList<>();
        if (directory == null) {
            return records;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.endsWith(".json") && !AtomicFiles.isTemporary(file)) {
                    try {
                        T record = mapper.readValue(file.toFile(), type);
                        if (record == null) {
                            throw new IOException("the file holds JSON null");
                        }
                        records.add(record);
                    } catch (IOException | RuntimeException e) {
                        setAside(file, e);
                    }
                }
            }
        }
        return records;
    }

    private void setAside(Path file, Exception why) throws IOException {
        String reason = why.getMessage() == null
                ? why.getClass().getSimpleName()
                : why.getMessage().lines().findFirst().orElse("");
        Path target = file;
        if (damaged != null) {
            Path kind = damaged.resolve(file.getParent().getFileName().toString());
            Files.createDirectories(kind);
            target = kind.resolve(file.getFileName().toString() + "." + System.currentTimeMillis());
            Files.move(file, target);
        }
        LOG.warn("damaged record {} set aside as {}: {}", file, target, reason);
    }

    /** Deletes every record. */
    public void clear() throws IOException {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Whether {@code id} may name a record: 1 to 128 letters, digits, dots, underscores and hyphens. */
    public static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    private @Nullable Path file(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a record id");
        }
        return directory == null ? null : directory.resolve(id + ".json");
    }
}
