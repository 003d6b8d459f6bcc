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
    private final kz.officesud.mockserver.internal.store.KeyedLocks writes =
            new kz.officesud.mockserver.internal.store.KeyedLocks(64);
    private final List<Watcher<? super T>> watchers = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What a derived index of a table is told: every row as it is stored, and when the table forgets its rows. */
    public interface Watcher<T> {
        void stored(T row);

        void cleared();
    }

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
        watchers.forEach(Watcher::cleared);
    }

    /**
     * Keeps {@code watcher} up to date: it is given every row kept now, then every row as it is stored (under the
     * table's lock, in the order the rows become visible) and told when the table is cleared — by a reset, or before a
     * snapshot's rows are put back. An index so kept never needs to scan the table again.
     */
    public synchronized void watch(Watcher<? super T> watcher) {
        rows.values().forEach(watcher::stored);
        watchers.add(watcher);
    }

    /**
     * Stores a row, written to disk before it is visible. Writes of the same row keep their order; writes of
     * different rows go to the disk at the same time (the table's lock is not held while a file is forced).
     */
    public T put(T row) {
        String key = id.apply(row);
        synchronized (writes.of(key)) {
            try {
                files.put(key, row);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store " + key, e);
            }
            synchronized (this) {
                rows.put(key, row);
                for (Watcher<? super T> watcher : watchers) {
                    watcher.stored(row);
                }
            }
        }
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
