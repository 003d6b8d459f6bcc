package kz.officesud.mockserver;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.mockserver.internal.auth.Challenges;
import kz.officesud.mockserver.internal.auth.Sessions;
import kz.officesud.mockserver.internal.control.Faults;
import kz.officesud.mockserver.internal.control.Journal;
import kz.officesud.mockserver.internal.control.Outboxes;
import kz.officesud.mockserver.internal.court.ClerkEngine;
import kz.officesud.mockserver.internal.court.CourtPki;
import kz.officesud.mockserver.internal.store.BlobStore;
import kz.officesud.mockserver.internal.store.CourtState;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.KeptTable;
import kz.officesud.mockserver.internal.store.SnapshotDocument;
import kz.officesud.mockserver.internal.store.StateFile;
import kz.officesud.signing.revocation.RevocationReason;

/**
 * {@link CourtControl} in process: calls straight into the running court's parts. Every change of what the court
 * decided (clock, clerk, revocations) is written down in its state file before the call returns.
 */
final class LocalCourtControl implements CourtControl {
    private final CourtStore store;
    private final StateFile stateFile;
    private final CourtClock clock;
    private final Duration initialClockOffset;
    private final ClerkEngine clerk;
    private final Clerk.Policy configuredPolicy;
    private final CourtPki pki;
    private final Sessions sessions;
    private final Challenges challenges;
    private final TestUsers users;
    private final Faults faults;
    private final Journal journal;
    private final Outboxes outboxes;
    private final List<String> faultable;
    private final List<Runnable> onReset;
    private final Map<String, KeptTable> tables;
    private final ObjectMapper mapper;
    private final ObjectMapper snapshotMapper;

    LocalCourtControl(
            CourtStore store,
            StateFile stateFile,
            CourtClock clock,
            Duration initialClockOffset,
            ClerkEngine clerk,
            Clerk.Policy configuredPolicy,
            CourtPki pki,
            Sessions sessions,
            Challenges challenges,
            TestUsers users,
            Faults faults,
            Journal journal,
            Outboxes outboxes,
            List<String> faultable,
            List<Runnable> onReset,
            Map<String, KeptTable> tables,
            ObjectMapper mapper) {
        this.store = store;
        this.stateFile = stateFile;
        this.clock = clock;
        this.initialClockOffset = initialClockOffset;
        this.clerk = clerk;
        this.configuredPolicy = configuredPolicy;
        this.pki = pki;
        this.sessions = sessions;
        this.challenges = challenges;
        this.users = users;
        this.faults = faults;
        this.journal = journal;
        this.outboxes = outboxes;
        this.faultable = List.copyOf(faultable);
        this.onReset = List.copyOf(onReset);
        this.tables = Map.copyOf(tables);
        this.mapper = mapper;
        // A snapshot holds its blobs in base64: its strings may be as long as the snapshot.
        this.snapshotMapper = mapper.copy();
        snapshotMapper
                .getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(CourtSnapshot.MAX_BYTES)
                        .maxNumberLength(40)
                        .maxNestingDepth(64)
                        .build());
    }

    /** The court's state as it is now. */
    synchronized CourtState state() {
        ClerkEngine.State kept = clerk.state();
        return new CourtState(
                clock.offset().toString(),
                kept.policy().name(),
                kept.next().stream().map(LocalCourtControl::record).toList(),
                kept.forced().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, entry -> record(entry.getValue()))),
                pki.revocations());
    }

    /** Takes up a kept state: the clock's offset, the clerk's policy and decisions, the revocations. */
    synchronized void apply(CourtState state) {
        clock.offset(Duration.parse(state.clockOffset()));
        clerk.restore(new ClerkEngine.State(
                ClerkEngine.Policy.valueOf(state.clerkPolicy()),
                state.nextDecisions().stream().map(LocalCourtControl::decision).toList(),
                state.forced().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, entry -> decision(entry.getValue())))));
        pki.restore(state.revocations());
    }

    /** Writes the court's state down (atomically); an I/O failure fails the call that changed it. */
    synchronized void save() {
        try {
            stateFile.save(state());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the court's state", e);
        }
    }

    private static CourtState.DecisionRecord record(ClerkEngine.Decision decision) {
        FilingStatus status = decision.status();
        return new CourtState.DecisionRecord(
                status.state().name(),
                status.ground() == null ? null : status.ground().name(),
                decision.note());
    }

    private static ClerkEngine.Decision decision(CourtState.DecisionRecord record) {
        kz.officesud.core.model.FilingState state = kz.officesud.core.model.FilingState.valueOf(record.state());
        FilingStatus status = record.ground() == null
                ? FilingStatus.of(state)
                : FilingStatus.refused(kz.officesud.core.model.RefusalGround.valueOf(record.ground()));
        return new ClerkEngine.Decision(status, record.note());
    }

    @Override
    public CourtHealth health() {
        return new CourtHealth("UP", clock.instant(), clerkPolicy());
    }

    @Override
    public synchronized void reset() {
        try {
            store.clear();
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot clear the court's records: " + e.getMessage(), e);
        }
        sessions.clear();
        challenges.clear();
        pki.restore(List.of());
        clock.offset(initialClockOffset);
        clerk.restore(new ClerkEngine.State(ClerkEngine.Policy.valueOf(configuredPolicy.name()), List.of(), Map.of()));
        faults.clear();
        journal.clear();
        outboxes.clear();
        onReset.forEach(Runnable::run);
        save();
    }

    @Override
    public synchronized CourtSnapshot snapshot() {
        try {
            Map<String, List<JsonNode>> rows = new TreeMap<>();
            tables.forEach((name, table) -> rows.put(
                    name,
                    table.rows().stream().<JsonNode>map(mapper::valueToTree).toList()));
            SnapshotDocument document = new SnapshotDocument(
                    SnapshotDocument.FORMAT,
                    SnapshotDocument.VERSION,
                    clock.instant().toString(),
                    state(),
                    withBlobsOfTables(store.contents(), rows),
                    rows);
            return CourtSnapshot.of(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot take a snapshot: " + e.getMessage(), e);
        }
    }

    /** A snapshot's document and its tables' rows, each read as its table's records. */
    private record Read(SnapshotDocument document, Map<String, List<?>> rows) {}

    /**
     * The blobs the tables' rows name (a judicial act's or an answer's document: any {@code sha256} field of a row)
     * added to the store's, so that a restored court serves the same bytes.
     */
    private CourtStore.Contents withBlobsOfTables(CourtStore.Contents contents, Map<String, List<JsonNode>> rows)
            throws IOException {
        Map<String, String> blobs = new TreeMap<>(contents.blobs());
        List<String> named = new ArrayList<>();
        rows.values()
                .forEach(list -> list.forEach(row -> row.findValues("sha256").forEach(v -> named.add(v.asText()))));
        for (String sha256 : named) {
            if (sha256.matches("[0-9a-f]{64}")
                    && !blobs.containsKey(sha256)
                    && store.blobs().exists(sha256)) {
                try (java.io.InputStream in = store.blobs().open(sha256)) {
                    blobs.put(sha256, Base64.getEncoder().encodeToString(in.readAllBytes()));
                }
            }
        }
        return new CourtStore.Contents(contents.users(), contents.uploads(), contents.filings(), blobs);
    }

    /** A snapshot read and checked whole (records, blob hashes, tables) before anything of the court changes. */
    private Read read(CourtSnapshot snapshot) {
        SnapshotDocument document;
        try {
            document = snapshotMapper.readValue(snapshot.toJson(), SnapshotDocument.class);
        } catch (IOException | RuntimeException e) {
            throw new ReferenceCourtException(
                    ReferenceCourtException.Reason.INVALID,
                    "not a court snapshot: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (document == null) {
            throw new ReferenceCourtException(ReferenceCourtException.Reason.INVALID, "not a court snapshot: null");
        }
        for (Map.Entry<String, String> blob : document.contents().blobs().entrySet()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(blob.getValue());
            } catch (IllegalArgumentException e) {
                throw new ReferenceCourtException(
                        ReferenceCourtException.Reason.INVALID, "blob " + blob.getKey() + " is not base64");
            }
            if (!BlobStore.sha256Hex(bytes).equalsIgnoreCase(blob.getKey())) {
                throw new ReferenceCourtException(
                        ReferenceCourtException.Reason.INVALID, "blob " + blob.getKey() + " does not hash to its name");
            }
        }
        try {
            Duration.parse(document.state().clockOffset());
            ClerkEngine.Policy.valueOf(document.state().clerkPolicy());
            document.state().nextDecisions().forEach(LocalCourtControl::decision);
            document.state().forced().values().forEach(LocalCourtControl::decision);
            document.state().revocations().forEach(record -> {
                CourtPki.parse(record.certificate());
                RevocationReason.valueOf(record.reason());
                Instant.parse(record.revokedAt());
            });
        } catch (RuntimeException e) {
            throw new ReferenceCourtException(
                    ReferenceCourtException.Reason.INVALID, "the snapshot's state is not valid: " + e.getMessage());
        }
        Map<String, List<?>> rows = new TreeMap<>();
        for (Map.Entry<String, List<JsonNode>> table : document.tables().entrySet()) {
            KeptTable kept = tables.get(table.getKey());
            if (kept == null) {
                throw new ReferenceCourtException(
                        ReferenceCourtException.Reason.INVALID, "the snapshot has a table this court does not keep");
            }
            try {
                rows.put(table.getKey(), kept.read(table.getValue(), snapshotMapper));
            } catch (IllegalArgumentException e) {
                throw new ReferenceCourtException(
                        ReferenceCourtException.Reason.INVALID,
                        "the snapshot's table " + table.getKey() + " is not valid: " + e.getMessage());
            }
        }
        return new Read(document, rows);
    }

    @Override
    public synchronized void restore(CourtSnapshot snapshot) {
        Read read = read(snapshot);
        SnapshotDocument document = read.document();
        reset();
        try {
            apply(document.state());
            store.add(document.contents());
            read.rows().forEach((name, rows) -> tables.get(name).putAll(rows));
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot restore the snapshot: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ReferenceCourtException(
                    ReferenceCourtException.Reason.INVALID, "cannot restore the snapshot: " + e.getMessage(), e);
        }
        save();
    }

    @Override
    public synchronized void seed(CourtSnapshot fixture) {
        Read read = read(fixture);
        try {
            store.add(read.document().contents());
            read.rows().forEach((name, rows) -> tables.get(name).putAll(rows));
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot seed the fixture: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ReferenceCourtException(
                    ReferenceCourtException.Reason.INVALID, "cannot seed the fixture: " + e.getMessage(), e);
        }
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Instant setClock(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        invalidIfRefused(() -> clock.set(instant));
        return clock.instant();
    }

    @Override
    public Instant advanceClock(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        invalidIfRefused(() -> clock.advance(duration));
        return clock.instant();
    }

    @Override
    public Instant advanceWorkingDays(int days) {
        invalidIfRefused(() -> clock.advanceWorkingDays(days));
        return clock.instant();
    }

    /** Runs {@code call}; a refusal of its input is the control's INVALID. */
    private static <T> T invalidIfRefused(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw new ReferenceCourtException(ReferenceCourtException.Reason.INVALID, e.getMessage(), e);
        }
    }

    @Override
    public Clerk.Policy clerkPolicy() {
        return Clerk.Policy.valueOf(clerk.policy().name());
    }

    @Override
    public void clerkPolicy(Clerk.Policy policy) {
        clerk.policy(ClerkEngine.Policy.valueOf(
                Objects.requireNonNull(policy, "policy").name()));
    }

    @Override
    public void clerkNext(FilingStatus status, String note) {
        clerk.decideNext(new ClerkEngine.Decision(
                Objects.requireNonNull(status, "status"), Objects.requireNonNull(note, "note")));
    }

    @Override
    public List<FilingId> runClerk() {
        return clerk.runPending().stream().map(FilingId::of).toList();
    }

    @Override
    public void decide(FilingId filing, FilingStatus status, String note) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        if (store.filing(filing.value()).isEmpty()) {
            throw new ReferenceCourtException(ReferenceCourtException.Reason.NOT_FOUND, "no filing " + filing);
        }
        try {
            clerk.decide(filing.value(), new ClerkEngine.Decision(status, note));
        } catch (IllegalArgumentException e) {
            throw new ReferenceCourtException(ReferenceCourtException.Reason.NOT_FOUND, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new ReferenceCourtException(ReferenceCourtException.Reason.CONFLICT, e.getMessage(), e);
        }
    }

    @Override
    public void inject(CourtFault fault) {
        Objects.requireNonNull(fault, "fault");
        if (!faultable.contains(fault.operation())) {
            throw new ReferenceCourtException(
                    ReferenceCourtException.Reason.INVALID,
                    "no operation " + fault.operation() + " to fault (the control API is never faulted)");
        }
        invalidIfRefused(() -> {
            faults.add(fault);
            return fault;
        });
    }

    @Override
    public List<CourtFault> faults() {
        return faults.armed();
    }

    @Override
    public void clearFaults() {
        faults.clear();
    }

    @Override
    public List<JournalEntry> journal() {
        return journal.entries();
    }

    @Override
    public void clearJournal() {
        journal.clear();
    }

    @Override
    public List<OutboxMessage> outbox(String outbox) {
        Objects.requireNonNull(outbox, "outbox");
        return invalidIfRefused(() -> outboxes.outbox(outbox).messages());
    }

    @Override
    public TestUser newIndividual() {
        return users.individual();
    }

    @Override
    public TestUser newLegalEntity() {
        return users.legalEntity();
    }

    @Override
    public void revoke(X509Certificate certificate, RevocationReason reason) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(reason, "reason");
        if (!pki.ownCertificate(certificate)) {
            throw new ReferenceCourtException(
                    ReferenceCourtException.Reason.INVALID, "not a certificate of the court's test NCA");
        }
        invalidIfRefused(() -> pki.revoke(certificate, reason));
    }

    @Override
    public void release(X509Certificate certificate) {
        pki.release(Objects.requireNonNull(certificate, "certificate"));
    }
}
