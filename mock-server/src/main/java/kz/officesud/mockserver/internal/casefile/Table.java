package kz.officesud.mockserver.internal.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.officesud.mockserver.internal.store.KeptTable;
import kz.officesud.mockserver.internal.store.RecordStore;
import org.jspecify.annotations.Nullable;

/**
 * Records of one kind: loaded at start, kept in memory, written through (atomically, one file each) on every put.
 * Thread-safe.
 */
public final class Table<T> implements KeptTable {
    private final RecordStore<T> files;
    private final Class<T> type;
    private final Function<T, String> id;
    private final Map<String, T> rows = new LinkedHashMap<>();

    Table(@Nullable Path directory, Class<T> type, Function<T, String> id, ObjectMapper mapper) throws IOException {
        this.files = new RecordStore<>(
                directory, directory == null ? null : directory.resolveSibling("damaged"), type, mapper);
        this.type = type;
        this.id = id;
        for (T row : files.loadAll()) {
            rows.put(id.apply(row), row);
        }
    }

    public synchronized Optional<T> get(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    public synchronized List<T> all() {
        return new ArrayList<>(rows.values());
    }

    /** Forgets every row. */
    public synchronized void clear() {
        try {
            files.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear a table", e);
        }
        rows.clear();
    }

    /** Stores a row, written to disk before it is visible. */
    public synchronized T put(T row) {
        String key = id.apply(row);
        try {
            files.put(key, row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key, e);
        }
        rows.put(key, row);
        return row;
    }

    @Override
    public synchronized List<T> rows() {
        return all();
    }

    @Override
    public List<T> read(List<JsonNode> rows, ObjectMapper mapper) {
        List<T> read = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            T record;
            try {
                record = mapper.treeToValue(row, type);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("not a " + type.getSimpleName() + ": "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            if (record == null || !RecordStore.isId(id.apply(record))) {
                throw new IllegalArgumentException("not a " + type.getSimpleName() + " this court keeps");
            }
            read.add(record);
        }
        return read;
    }

    @Override
    public void putAll(List<?> rows) {
        for (Object row : rows) {
            put(type.cast(row));
        }
    }
}
