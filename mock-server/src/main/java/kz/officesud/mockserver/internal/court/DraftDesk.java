package kz.officesud.mockserver.internal.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import kz.officesud.core.model.Filing;
import kz.officesud.core.wire.DraftView;
import kz.officesud.mockserver.internal.casefile.DraftRecord;
import kz.officesud.mockserver.internal.store.AtomicFiles;
import kz.officesud.mockserver.internal.store.KeptTable;
import org.jspecify.annotations.Nullable;

/**
 * «Ожидает отправки»: the drafts the court keeps for each account, one JSON file each under {@code drafts/}, written
 * atomically (in memory only for a court with no data directory). A draft is its owner's only: another account sees none of it. An account keeps at most {@link
 * #MAX_PER_ACCOUNT} drafts of at most {@link #MAX_BYTES} bytes each, so that no account fills the court's disk.
 */
final class DraftDesk implements KeptTable {
    static final int MAX_PER_ACCOUNT = 200;
    static final int MAX_BYTES = 256 * 1024;

    /** Why a draft cannot be kept. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final @Nullable Path directory;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<String, DraftRecord> drafts = new LinkedHashMap<>();

    DraftDesk(@Nullable Path directory, ObjectMapper mapper, Clock clock) throws IOException {
        this.directory = directory;
        this.mapper = mapper;
        this.clock = clock;
        if (directory == null) {
            return;
        }
        Files.createDirectories(directory);
        AtomicFiles.sweep(directory);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
                DraftRecord draft = mapper.readValue(file.toFile(), DraftRecord.class);
                drafts.put(draft.draftId(), draft);
            }
        }
    }

    /** Keeps a new draft of {@code userId}. */
    synchronized DraftView save(String userId, Filing filing) {
        long owned =
                drafts.values().stream().filter(d -> d.userId().equals(userId)).count();
        if (owned >= MAX_PER_ACCOUNT) {
            throw new Refused("an account keeps at most " + MAX_PER_ACCOUNT + " drafts; delete some first");
        }
        return put(new DraftRecord(
                "DR-" + UUID.randomUUID(), userId, filing.service().name(), now(), json(filing)));
    }

    /** Replaces the filing of a draft of {@code userId}; empty when the account has no such draft. */
    synchronized Optional<DraftView> replace(String userId, String draftId, Filing filing) {
        return own(userId, draftId)
                .map(d -> put(
                        new DraftRecord(d.draftId(), userId, filing.service().name(), now(), json(filing))));
    }

    /** The drafts of {@code userId}, the last saved first. */
    synchronized List<DraftView> of(String userId) {
        List<DraftView> out = new ArrayList<>();
        drafts.values().stream()
                .filter(d -> d.userId().equals(userId))
                .sorted(Comparator.comparing(DraftRecord::savedAt).reversed())
                .forEach(d -> out.add(view(d)));
        return out;
    }

    synchronized Optional<DraftView> get(String userId, String draftId) {
        return own(userId, draftId).map(this::view);
    }

    /** Deletes a draft of {@code userId}; false when the account has no such draft. */
    synchronized boolean delete(String userId, String draftId) {
        Optional<DraftRecord> draft = own(userId, draftId);
        if (draft.isEmpty()) {
            return false;
        }
        try {
            if (directory != null) {
                Files.deleteIfExists(directory.resolve(draftId + ".json"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete draft " + draftId, e);
        }
        drafts.remove(draftId);
        return true;
    }

    /** Forgets every draft (the court reset). */
    synchronized void clear() {
        for (String draftId : List.copyOf(drafts.keySet())) {
            drafts.remove(draftId);
            if (directory != null) {
                try {
                    Files.deleteIfExists(directory.resolve(draftId + ".json"));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete draft " + draftId, e);
                }
            }
        }
    }

    @Override
    public synchronized List<DraftRecord> rows() {
        return List.copyOf(drafts.values());
    }

    /** A snapshot's drafts, each a draft this desk could have kept: its filing readable and within {@link #MAX_BYTES}. */
    @Override
    public List<DraftRecord> read(List<JsonNode> rows, ObjectMapper snapshotMapper) {
        List<DraftRecord> read = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            DraftRecord draft;
            try {
                draft = snapshotMapper.treeToValue(row, DraftRecord.class);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("not a draft: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            if (draft == null
                    || draft.filing().length() > MAX_BYTES
                    || !draft.draftId().matches("DR-[0-9a-f-]{36}")) {
                throw new IllegalArgumentException("not a draft this court keeps");
            }
            view(draft); // its filing must be one
            read.add(draft);
        }
        return read;
    }

    @Override
    public synchronized void putAll(List<?> rows) {
        for (Object row : rows) {
            put((DraftRecord) row);
        }
    }

    private Optional<DraftRecord> own(String userId, String draftId) {
        return Optional.ofNullable(drafts.get(draftId)).filter(d -> d.userId().equals(userId));
    }

    private DraftView put(DraftRecord draft) {
        try {
            if (directory != null) {
                AtomicFiles.write(directory.resolve(draft.draftId() + ".json"), mapper.writeValueAsBytes(draft));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store draft " + draft.draftId(), e);
        }
        drafts.put(draft.draftId(), draft);
        return view(draft);
    }

    private String now() {
        return clock.instant().toString();
    }

    private String json(Filing filing) {
        String json;
        try {
            json = mapper.writeValueAsString(filing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (json.length() > MAX_BYTES) {
            throw new Refused("a draft is at most " + MAX_BYTES + " bytes of JSON");
        }
        return json;
    }

    private DraftView view(DraftRecord draft) {
        try {
            Filing filing = mapper.readValue(draft.filing(), Filing.class);
            return new DraftView(draft.draftId(), filing.service(), Instant.parse(draft.savedAt()), filing);
        } catch (IOException e) {
            throw new UncheckedIOException("draft " + draft.draftId() + " cannot be read", e);
        }
    }
}
