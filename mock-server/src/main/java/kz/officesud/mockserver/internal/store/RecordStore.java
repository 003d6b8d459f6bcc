package kz.officesud.mockserver.internal.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One JSON file per record ({@code users/<id>.json}), each written atomically. */
public final class RecordStore<T> {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private final Path directory;
    private final Class<T> type;
    private final ObjectMapper mapper;

    public RecordStore(Path directory, Class<T> type, ObjectMapper mapper) throws IOException {
        this.directory = directory;
        this.type = type;
        this.mapper = mapper;
        Files.createDirectories(directory);
        AtomicFiles.sweep(directory);
    }

    public void put(String id, T record) throws IOException {
        AtomicFiles.write(file(id), mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(record));
    }

    public List<T> loadAll() throws IOException {
        List<T> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.endsWith(".json") && !AtomicFiles.isTemporary(file)) {
                    records.add(mapper.readValue(file.toFile(), type));
                }
            }
        }
        return records;
    }

    private Path file(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a record id");
        }
        return directory.resolve(id + ".json");
    }
}
