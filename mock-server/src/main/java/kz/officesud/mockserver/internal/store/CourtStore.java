package kz.officesud.mockserver.internal.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything the court keeps, in its data directory: blobs, users, uploads and filings, loaded into memory at
 * start and written through on every change (each write atomic); or in memory only, with no data directory.
 * Thread-safe: every read holds this store's monitor, which callers may also hold to make a read-check-write
 * sequence atomic. Writes of uploads and filings do not hold it while their file is forced to disk (a record is
 * visible only once it is durable, and two writes of one filing keep their order), so that concurrent requests'
 * forces are committed together; callers must not hold the monitor across {@link #putFiling} or {@link #addUpload}.
 */
public final class CourtStore {
    private static final Pattern TALON = Pattern.compile("T-(\\d{4})-(\\d+)");

    private final @Nullable Path dataDirectory;
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
    private final Map<String, java.util.Set<String>> filingIdsByFingerprint = new HashMap<>();
    private final java.util.Set<String> idempotencyKeysInFlight = new java.util.HashSet<>();
    private final KeyedLocks filingWrites = new KeyedLocks(64);

    private CourtStore(@Nullable Path dataDirectory, ObjectMapper mapper) throws IOException {
        this.dataDirectory = dataDirectory;
        this.blobs = dataDirectory == null ? BlobStore.inMemory() : new BlobStore(dataDirectory);
        Path damaged = dataDirectory == null ? null : dataDirectory.resolve("damaged");
        this.userRecords = new RecordStore<>(sub(dataDirectory, "users"), damaged, UserRecord.class, mapper);
        this.uploadRecords = new RecordStore<>(sub(dataDirectory, "uploads"), damaged, UploadRecord.class, mapper);
        this.filingRecords = new RecordStore<>(sub(dataDirectory, "filings"), damaged, FilingRecord.class, mapper);
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

    private static @Nullable Path sub(@Nullable Path directory, String name) {
        return directory == null ? null : directory.resolve(name);
    }

    /** Opens (creating if needed) a data directory and loads what it holds; in memory when it is null. */
    public static CourtStore open(@Nullable Path dataDirectory, ObjectMapper mapper) throws IOException {
        return new CourtStore(dataDirectory, mapper);
    }

    public @Nullable Path dataDirectory() {
        return dataDirectory;
    }

    /** Forgets every user, upload, filing and blob. */
    public synchronized void clear() throws IOException {
        usersById.clear();
        userIdByLogin.clear();
        uploadsById.clear();
        filingsById.clear();
        filingIdByIdempotencyKey.clear();
        filingIdsByFingerprint.clear();
        lastTalonByYear.clear();
        userRecords.clear();
        uploadRecords.clear();
        filingRecords.clear();
        blobs.clear();
    }

    /**
     * Everything this store holds, as a snapshot's records: users, uploads, filings, and the blobs the uploads name
     * (base64 by SHA-256).
     */
    public record Contents(
            List<UserRecord> users, List<UploadRecord> uploads, List<FilingRecord> filings, Map<String, String> blobs) {
        public Contents {
            users = List.copyOf(users);
            uploads = List.copyOf(uploads);
            filings = List.copyOf(filings);
            blobs = Map.copyOf(blobs);
        }
    }

    public synchronized Contents contents() throws IOException {
        Map<String, String> bytes = new TreeMap<>();
        for (UploadRecord upload : uploadsById.values()) {
            if (!bytes.containsKey(upload.sha256()) && blobs.exists(upload.sha256())) {
                try (InputStream in = blobs.open(upload.sha256())) {
                    bytes.put(upload.sha256(), Base64.getEncoder().encodeToString(in.readAllBytes()));
                }
            }
        }
        return new Contents(
                usersById.values().stream()
                        .sorted(Comparator.comparing(UserRecord::userId))
                        .toList(),
                uploadsById.values().stream()
                        .sorted(Comparator.comparing(UploadRecord::uploadId))
                        .toList(),
                filings(),
                bytes);
    }

    /**
     * Adds a snapshot's records (a record with a known id replaces the one held); every record is written through
     * before it is visible. A blob whose bytes do not hash to its name is refused.
     */
    public synchronized void add(Contents contents) throws IOException {
        for (Map.Entry<String, String> blob : contents.blobs().entrySet()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(blob.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("blob " + blob.getKey() + " is not base64");
            }
            if (!blobs.put(bytes).equals(blob.getKey().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("blob " + blob.getKey() + " does not hash to its name");
            }
        }
        for (UserRecord user : contents.users()) {
            UserRecord known = usersById.get(user.userId());
            if (known != null) {
                userIdByLogin.remove(known.login());
            }
            String other = userIdByLogin.get(user.login());
            if (other != null && !other.equals(user.userId())) {
                throw new IllegalArgumentException("login " + user.login() + " is taken by another user");
            }
            userRecords.put(user.userId(), user);
            indexUser(user);
        }
        for (UploadRecord upload : contents.uploads()) {
            uploadRecords.put(upload.uploadId(), upload);
            uploadsById.put(upload.uploadId(), upload);
        }
        for (FilingRecord filing : contents.filings()) {
            filingRecords.put(filing.filingId(), filing);
            indexFiling(filing);
        }
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

    /** Stores a new upload (its id is new), written through before it becomes visible; see the class comment. */
    public void addUpload(UploadRecord upload) throws IOException {
        uploadRecords.put(upload.uploadId(), upload);
        synchronized (this) {
            uploadsById.put(upload.uploadId(), upload);
        }
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

    /**
     * Stores a filing (new or changed), written through before it becomes visible; writes of one filing keep their
     * order. See the class comment.
     */
    public void putFiling(FilingRecord filing) throws IOException {
        synchronized (filingWrites.of(filing.filingId())) {
            synchronized (this) {
                FilingRecord known = filingsById.get(filing.filingId());
                if (known == null) {
                    String index = idempotencyIndex(filing.userId(), filing.idempotencyKey());
                    if (filingIdByIdempotencyKey.containsKey(index)) {
                        throw new IllegalStateException("idempotency key already used");
                    }
                }
            }
            filingRecords.put(filing.filingId(), filing);
            synchronized (this) {
                indexFiling(filing);
            }
        }
    }

    /**
     * Holds {@code key} of {@code userId} for one new filing being stored: false when another request holds it (wait
     * with {@link #awaitIdempotencyKey} and look again). Called with this store's monitor held.
     */
    public synchronized boolean holdIdempotencyKey(String userId, String key) {
        return idempotencyKeysInFlight.add(idempotencyIndex(userId, key));
    }

    /** Waits (at most a second) while another request holds {@code key}; called with this store's monitor held. */
    public synchronized void awaitIdempotencyKey(String userId, String key) throws InterruptedException {
        if (idempotencyKeysInFlight.contains(idempotencyIndex(userId, key))) {
            wait(1000);
        }
    }

    /** Lets go of a key held by {@link #holdIdempotencyKey}, stored or not. */
    public synchronized void releaseIdempotencyKey(String userId, String key) {
        idempotencyKeysInFlight.remove(idempotencyIndex(userId, key));
        notifyAll();
    }

    /** The filings whose content digest is {@code fingerprint} (the duplicate key), in no order. */
    public synchronized List<FilingRecord> filingsWithFingerprint(String fingerprint) {
        java.util.Set<String> ids = filingIdsByFingerprint.get(fingerprint);
        return ids == null ? List.of() : ids.stream().map(filingsById::get).toList();
    }

    private void indexUser(UserRecord user) {
        usersById.put(user.userId(), user);
        userIdByLogin.put(user.login(), user.userId());
    }

    private void indexFiling(FilingRecord filing) {
        FilingRecord earlier = filingsById.put(filing.filingId(), filing);
        if (earlier != null && !earlier.fingerprint().equals(filing.fingerprint())) {
            java.util.Set<String> ids = filingIdsByFingerprint.get(earlier.fingerprint());
            if (ids != null) {
                ids.remove(filing.filingId());
            }
        }
        filingIdsByFingerprint
                .computeIfAbsent(filing.fingerprint(), f -> new java.util.HashSet<>())
                .add(filing.filingId());
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
