package kz.officesud.mockserver.internal.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the court keeps, in its data directory: blobs, users, uploads and filings, loaded into memory at
 * start and written through on every change (each write atomic). Thread-safe: every method holds this store's
 * monitor, which callers may also hold to make a read-check-write sequence atomic.
 */
public final class CourtStore {
    private static final Pattern TALON = Pattern.compile("T-(\\d{4})-(\\d+)");

    private final Path dataDirectory;
    private final BlobStore blobs;
    private final RecordStore<UserRecord> userRecords;
    private final RecordStore<UploadRecord> uploadRecords;
    private final RecordStore<FilingRecord> filingRecords;

    private final Map<String, UserRecord> usersById = new HashMap<>();
    private final Map<String, String> userIdByLogin = new HashMap<>();
    private final Map<String, UploadRecord> uploadsById = new HashMap<>();
    private final Map<String, FilingRecord> filingsById = new HashMap<>();
    private final Map<String, String> filingIdByIdempotencyKey = new HashMap<>();
    private final Map<Integer, Integer> lastTalonByYear = new HashMap<>();

    private CourtStore(Path dataDirectory, ObjectMapper mapper) throws IOException {
        this.dataDirectory = dataDirectory;
        this.blobs = new BlobStore(dataDirectory);
        this.userRecords = new RecordStore<>(dataDirectory.resolve("users"), UserRecord.class, mapper);
        this.uploadRecords = new RecordStore<>(dataDirectory.resolve("uploads"), UploadRecord.class, mapper);
        this.filingRecords = new RecordStore<>(dataDirectory.resolve("filings"), FilingRecord.class, mapper);
        for (UserRecord user : userRecords.loadAll()) {
            indexUser(user);
        }
        for (UploadRecord upload : uploadRecords.loadAll()) {
            uploadsById.put(upload.uploadId(), upload);
        }
        for (FilingRecord filing : filingRecords.loadAll()) {
            indexFiling(filing);
        }
    }

    /** Opens (creating if needed) a data directory and loads what it holds. */
    public static CourtStore open(Path dataDirectory, ObjectMapper mapper) throws IOException {
        return new CourtStore(dataDirectory, mapper);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public BlobStore blobs() {
        return blobs;
    }

    // Users

    public synchronized Optional<UserRecord> user(String userId) {
        return Optional.ofNullable(usersById.get(userId));
    }

    public synchronized Optional<UserRecord> userByLogin(String login) {
        String id = userIdByLogin.get(login);
        return id == null ? Optional.empty() : Optional.ofNullable(usersById.get(id));
    }

    /** Stores a new user; false (and nothing stored) when the login is taken. */
    public synchronized boolean addUser(UserRecord user) throws IOException {
        if (userIdByLogin.containsKey(user.login())) {
            return false;
        }
        userRecords.put(user.userId(), user);
        indexUser(user);
        return true;
    }

    // Uploads

    public synchronized void addUpload(UploadRecord upload) throws IOException {
        uploadRecords.put(upload.uploadId(), upload);
        uploadsById.put(upload.uploadId(), upload);
    }

    public synchronized Optional<UploadRecord> upload(String uploadId) {
        return Optional.ofNullable(uploadsById.get(uploadId));
    }

    /** Every upload. */
    public synchronized List<UploadRecord> uploads() {
        return List.copyOf(uploadsById.values());
    }

    // Filings

    public synchronized Optional<FilingRecord> filing(String filingId) {
        return Optional.ofNullable(filingsById.get(filingId));
    }

    public synchronized Optional<FilingRecord> filingByIdempotencyKey(String userId, String key) {
        String id = filingIdByIdempotencyKey.get(idempotencyIndex(userId, key));
        return id == null ? Optional.empty() : Optional.ofNullable(filingsById.get(id));
    }

    /** The user's filings, newest first. */
    public synchronized List<FilingRecord> filingsOf(String userId) {
        return filingsById.values().stream()
                .filter(filing -> filing.userId().equals(userId))
                .sorted(Comparator.comparing(
                                (FilingRecord filing) -> filing.talon().number())
                        .reversed())
                .toList();
    }

    public synchronized List<FilingRecord> filings() {
        return filingsById.values().stream()
                .sorted(Comparator.comparing(
                        (FilingRecord filing) -> filing.talon().number()))
                .toList();
    }

    /** The next talon number of a year: {@code T-2026-000001}. */
    public synchronized String nextTalonNumber(int year) {
        int next = lastTalonByYear.merge(year, 1, Integer::sum);
        return String.format(Locale.ROOT, "T-%04d-%06d", year, next);
    }

    /** Stores a filing (new or changed), written through before it becomes visible. */
    public synchronized void putFiling(FilingRecord filing) throws IOException {
        FilingRecord known = filingsById.get(filing.filingId());
        if (known == null) {
            String index = idempotencyIndex(filing.userId(), filing.idempotencyKey());
            if (filingIdByIdempotencyKey.containsKey(index)) {
                throw new IllegalStateException("idempotency key already used");
            }
        }
        filingRecords.put(filing.filingId(), filing);
        indexFiling(filing);
    }

    private void indexUser(UserRecord user) {
        usersById.put(user.userId(), user);
        userIdByLogin.put(user.login(), user.userId());
    }

    private void indexFiling(FilingRecord filing) {
        filingsById.put(filing.filingId(), filing);
        filingIdByIdempotencyKey.put(idempotencyIndex(filing.userId(), filing.idempotencyKey()), filing.filingId());
        Matcher matcher = TALON.matcher(filing.talon().number());
        if (matcher.matches()) {
            lastTalonByYear.merge(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Math::max);
        }
    }

    private static String idempotencyIndex(String userId, String key) {
        return userId + '\n' + key;
    }
}
