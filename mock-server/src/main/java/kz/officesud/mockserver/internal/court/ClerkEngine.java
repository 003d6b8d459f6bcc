package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import kz.officesud.core.contract.AccountHolder;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.ManifestException;
import kz.officesud.core.contract.SigningAuthority;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.TakesStateFee;
import kz.officesud.core.statement.Addressee;
import kz.officesud.core.statement.AnnexCheck;
import kz.officesud.core.statement.DocumentTitles;
import kz.officesud.core.statement.StatementText;
import kz.officesud.core.validation.CourtJurisdiction;
import kz.officesud.core.validation.Violation;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.DocumentRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.StatusRecord;
import kz.officesud.mockserver.internal.store.UploadRecord;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The court's registration clerk (the 2018 rules, §22–24): checks a sent filing and registers it, or refuses it on one of
 * the grounds. Acts at once, within one working day of the court clock, or only when told (tests).
 */
public final class ClerkEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ClerkEngine.class);
    private static final Set<FilingState> REGISTERED_STATES =
            Set.of(FilingState.REGISTERED, FilingState.IN_PROCEEDINGS, FilingState.CLOSED);

    /** When the clerk acts on a sent filing. */
    public enum Policy {
        /** As soon as the talon is issued. */
        IMMEDIATE,
        /** When the court clock reaches the same time on the next working day. */
        WITHIN_ONE_WORKING_DAY,
        /** Only when told to run. */
        MANUAL
    }

    /** A decision: the new status and a note for the history. */
    public record Decision(FilingStatus status, @Nullable String note) {
        public Decision {
            Objects.requireNonNull(status, "status");
        }
    }

    private final CourtStore store;
    private final SignatureCheck signatures;
    private final Courts served;
    private final CourtClock clock;
    private final AtomicReference<Policy> policy = new AtomicReference<>(Policy.IMMEDIATE);
    private final Map<String, Decision> forced = new ConcurrentHashMap<>();
    private final Deque<Decision> nextDecisions = new ConcurrentLinkedDeque<>();
    private volatile Runnable onChange = () -> {};
    private volatile java.util.function.BiConsumer<FilingRecord, Decision> onDecision = (filing, decision) -> {};
    private volatile java.util.function.Consumer<Instant> onDue = due -> {};
    /** One filing is examined and decided by one thread at a time; different filings at the same time. */
    private final kz.officesud.mockserver.internal.store.KeyedLocks filingLocks =
            new kz.officesud.mockserver.internal.store.KeyedLocks(64);
    /**
     * Taken inside a filing's lock while a registration is checked against the duplicates (ground 2) and stored, so
     * that of two filings of the same content decided at the same time, one sees the other registered.
     */
    private final kz.officesud.mockserver.internal.store.KeyedLocks fingerprintLocks =
            new kz.officesud.mockserver.internal.store.KeyedLocks(64);

    public ClerkEngine(CourtStore store, SignatureCheck signatures, Courts served, CourtClock clock) {
        this.store = store;
        this.signatures = signatures;
        this.served = served;
        this.clock = clock;
    }

    /** The courts this office serves: the directory its filings are read and judged with. */
    public Courts served() {
        return served;
    }

    public Policy policy() {
        return policy.get();
    }

    /** Told of every decision once it is stored (the registry numbers the card and notifies the applicant). */
    public void onDecision(java.util.function.BiConsumer<FilingRecord, Decision> listener) {
        this.onDecision = java.util.Objects.requireNonNull(listener, "listener");
    }

    /** Told of the due time of every filing sent under {@link Policy#WITHIN_ONE_WORKING_DAY} (the court's timer). */
    public void onDue(java.util.function.Consumer<Instant> listener) {
        this.onDue = java.util.Objects.requireNonNull(listener, "listener");
    }

    public void policy(Policy next) {
        policy.set(Objects.requireNonNull(next, "next"));
        onChange.run();
    }

    /**
     * What the clerk was told and has not done yet: its policy, the decisions on the next filings, the decisions on
     * given filings. The court keeps it across restarts.
     */
    public record State(Policy policy, List<Decision> next, Map<String, Decision> forced) {
        public State {
            Objects.requireNonNull(policy, "policy");
            next = List.copyOf(next);
            forced = Map.copyOf(forced);
        }
    }

    public synchronized State state() {
        return new State(policy.get(), List.copyOf(nextDecisions), Map.copyOf(forced));
    }

    /** Takes up a kept state (at start, or a snapshot's); does not tell the change listener. */
    public synchronized void restore(State state) {
        policy.set(state.policy());
        nextDecisions.clear();
        nextDecisions.addAll(state.next());
        forced.clear();
        forced.putAll(state.forced());
    }

    /** Runs {@code listener} after every change of {@link #state()} (the court writes it down). */
    public void onChange(Runnable listener) {
        this.onChange = Objects.requireNonNull(listener, "listener");
    }

    /**
     * After a start: decides what was left SENT as the policy says — at once under IMMEDIATE, when due under
     * WITHIN_ONE_WORKING_DAY (a filing sent under another policy falls due one working day after it was sent);
     * MANUAL leaves them waiting.
     */
    public synchronized List<String> resume() {
        return switch (policy.get()) {
            case IMMEDIATE -> runPending();
            case WITHIN_ONE_WORKING_DAY -> runDue();
            case MANUAL -> List.of();
        };
    }

    /** When a filing sent now falls due, under the current policy (null: not by the clock). */
    public @Nullable Instant dueAt(Instant sentAt) {
        return policy.get() == Policy.WITHIN_ONE_WORKING_DAY ? clock.plusWorkingDays(sentAt, 1) : null;
    }

    /** Called after a filing is stored as SENT. */
    public void afterSent(String filingId) {
        if (policy.get() == Policy.IMMEDIATE) {
            process(filingId);
            return;
        }
        store.filing(filingId).map(FilingRecord::clerkDueAt).ifPresent(due -> onDue.accept(Instant.parse(due)));
    }

    /** The earliest due time of the filings still SENT (to schedule at start). */
    public Optional<Instant> earliestDue() {
        return store.filings().stream()
                .filter(ClerkEngine::isSent)
                .map(FilingRecord::clerkDueAt)
                .filter(java.util.Objects::nonNull)
                .map(Instant::parse)
                .min(Instant::compareTo);
    }

    /** The next filing the clerk decides on gets {@code decision}, whatever the checks say. */
    public void decideNext(Decision decision) {
        nextDecisions.add(decision);
        onChange.run();
    }

    /** When the clerk acts on {@code filingId}, it decides {@code decision}, whatever the checks say. */
    public void force(String filingId, Decision decision) {
        forced.put(filingId, decision);
        onChange.run();
    }

    /** Decides every filing waiting for registration, due or not. */
    public synchronized List<String> runPending() {
        List<String> done = new ArrayList<>();
        for (FilingRecord filing : store.filings()) {
            if (isSent(filing) && process(filing.filingId()).isPresent()) {
                done.add(filing.filingId());
            }
        }
        return done;
    }

    /** Decides the filings whose due time the clock has reached. */
    public synchronized List<String> runDue() {
        Instant now = clock.instant();
        List<String> done = new ArrayList<>();
        for (FilingRecord filing : store.filings()) {
            String due = filing.clerkDueAt();
            Instant dueAt = due != null
                    ? Instant.parse(due)
                    : policy.get() == Policy.WITHIN_ONE_WORKING_DAY
                            ? clock.plusWorkingDays(
                                    Instant.parse(filing.history().get(0).at()), 1)
                            : null;
            if (isSent(filing)
                    && dueAt != null
                    && !dueAt.isAfter(now)
                    && process(filing.filingId()).isPresent()) {
                done.add(filing.filingId());
            }
        }
        return done;
    }

    /**
     * Examines one sent filing and records the decision; empty when it is not waiting. Filings are examined at the
     * same time, each by one thread; the decision is stored before the filing's lock is let go.
     */
    public Optional<FilingRecord> process(String filingId) {
        boolean told;
        FilingRecord decided;
        synchronized (filingLocks.of(filingId)) {
            Optional<FilingRecord> found = store.filing(filingId);
            if (found.isEmpty() || !isSent(found.get())) {
                return Optional.empty();
            }
            FilingRecord filing = found.get();
            Decision decision = forced.remove(filingId);
            if (decision == null) {
                decision = nextDecisions.poll();
            }
            told = decision != null;
            if (told) {
                decided = record(filing, decision);
            } else {
                Decision examined = examine(filing);
                if (examined.status().state() != FilingState.REGISTERED) {
                    decided = record(filing, examined);
                } else {
                    synchronized (fingerprintLocks.of(filing.fingerprint())) {
                        decided = record(filing, duplicate(filing).orElse(examined));
                    }
                }
            }
        }
        if (told) {
            onChange.run();
        }
        return Optional.of(decided);
    }

    /** Moves a filing to a status now (a court employee's hand), within the lifecycle. */
    public FilingRecord decide(String filingId, Decision decision) {
        boolean wasForced;
        FilingRecord decided;
        synchronized (filingLocks.of(filingId)) {
            FilingRecord filing =
                    store.filing(filingId).orElseThrow(() -> new IllegalArgumentException("no filing " + filingId));
            FilingState from = FilingState.valueOf(filing.current().state());
            if (!from.canMoveTo(decision.status().state())) {
                throw new IllegalStateException("a filing in " + from + " cannot move to "
                        + decision.status().state());
            }
            wasForced = forced.remove(filingId) != null;
            decided = record(filing, decision);
        }
        if (wasForced) {
            onChange.run();
        }
        return decided;
    }

    private FilingRecord record(FilingRecord filing, Decision decision) {
        FilingStatus status = decision.status();
        StatusRecord change = new StatusRecord(
                status.state().name(),
                status.ground() == null ? null : status.ground().name(),
                clock.instant().toString(),
                decision.note());
        FilingRecord next = filing.with(change, null);
        try {
            store.putFiling(next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the clerk's decision on " + filing.filingId(), e);
        }
        LOG.debug("filing {} -> {}", filing.filingId(), status);
        try {
            onDecision.accept(next, decision);
        } catch (RuntimeException e) {
            LOG.warn("after the decision on {}: {}", filing.filingId(), e.toString());
        }
        return next;
    }

    /**
     * The checks of the registration rules (the 2018 rules on filing electronic documents, §24), in order of gravity:
     *
     * <ol>
     *   <li>ground 3, the signature: the CMS over the manifest (or the signed XML, which must say what the court
     *       prepared for this manifest and talon) holds, its chain ends in a trusted anchor, the key signs, the
     *       certificate is not revoked, the signer may sign for the account ({@link SigningAuthority}), the stored
     *       bytes hash to the signed SHA-256;
     *   <li>ground 5, a document the manifest names has no upload;
     *   <li>ground 1, a document sdk-core's {@code DocumentInspector} cannot read (not a layout or format choice);
     *   <li>ground 4, a court this office does not serve, a court that does not hear the filing's kind (core's
     *       {@link CourtJurisdiction}, the rule the client checks before sending), or a statement that {@link
     *       Addressee} finds addressed to another court;
     *   <li>ground 6, a statement whose title names a kind of document that does not belong to the chosen section
     *       ({@link DocumentTitles});
     *   <li>ground 5, a document the statement's «Приложение» lists that no file of the filing is ({@link AnnexCheck});
     *   <li>ground 2, the same content (the manifest's content digest) already registered — except a petition, which
     *       is considered under the АППК (§24.2, §18).
     * </ol>
     */
    Decision examine(FilingRecord filing) {
        List<String> notAuthentic = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Optional<UserRecord> user = store.user(filing.userId());
        byte[] manifest = Base64.getDecoder().decode(filing.manifest());
        byte[] signature = Base64.getDecoder().decode(filing.signature());
        Instant sentAt = Instant.parse(filing.history().get(0).at());
        Optional<Manifest> read = manifest(manifest);
        boolean xml = SignatureCheck.isXml(signature);
        SignatureCheck.Outcome outcome =
                xml ? signatures.verifyXml(signature, sentAt) : signatures.verify(signature, manifest, sentAt);
        Signer signer = outcome.signer();
        if (!outcome.valid() || signer == null) {
            notAuthentic.add("the signature does not hold: " + String.join("; ", outcome.problems()));
        } else {
            if (!signer.signingKey()) {
                notAuthentic.add("the key is not a signing key");
            }
            if (!signer.identityAcceptable()) {
                notAuthentic.add("the signer's IIN/BIN fails the checksum under a production anchor");
            }
            if (user.isEmpty() || read.isEmpty()) {
                notAuthentic.add("the filing's account or manifest cannot be read");
            } else {
                for (Violation violation : SigningAuthority.check(account(user.get()), read.get(), signer.identity())) {
                    notAuthentic.add(violation.messageKey() + ": " + violation.message(Locale.ENGLISH));
                }
            }
        }
        if (xml
                && read.isPresent()
                && !SigningXml.sameContent(
                        signature, SigningXml.filing(filing.talon().number(), read.get()))) {
            notAuthentic.add("the signed XML does not say what the court prepared for this filing");
        }
        String statement = null;
        String statementName = null;
        List<AnnexCheck.File> files = new ArrayList<>();
        for (DocumentRecord document : filing.documents()) {
            boolean isStatement = DocumentRole.STATEMENT.name().equals(document.role());
            files.add(new AnnexCheck.File(
                    document.fileName(),
                    isStatement,
                    DocumentRole.FEE_RECEIPT.name().equals(document.role())));
            String uploadId = filing.uploads().get(document.sha256());
            Optional<UploadRecord> upload = uploadId == null ? Optional.empty() : store.upload(uploadId);
            if (upload.isEmpty() || !store.blobs().exists(upload.get().sha256())) {
                missing.add(document.fileName());
                continue;
            }
            try {
                String actual = store.blobs().rehash(upload.get().sha256());
                if (!actual.equals(document.sha256()) || upload.get().size() != document.size()) {
                    notAuthentic.add("the bytes of " + document.fileName() + " do not match the signed SHA-256");
                } else {
                    List<String> problems = Bridge.unreadable(
                            store.blobs().content(actual),
                            document.fileName(),
                            LocalDate.ofInstant(sentAt, clock.getZone()));
                    unreadable.addAll(problems);
                    if (isStatement && problems.isEmpty() && statement == null) {
                        statement = actual;
                        statementName = document.fileName();
                    }
                }
            } catch (IOException e) {
                missing.add(document.fileName());
            }
        }
        if (!notAuthentic.isEmpty()) {
            return refusal(RefusalGround.SIGNATURE_NOT_AUTHENTIC, String.join("; ", notAuthentic));
        }
        if (!missing.isEmpty()) {
            return refusal(RefusalGround.MISSING_ANNEX, "not attached: " + String.join(", ", missing));
        }
        if (!unreadable.isEmpty()) {
            return refusal(RefusalGround.UNREADABLE_ATTACHMENT, String.join("; ", unreadable));
        }
        Optional<Court> court = served.find(filing.courtCode());
        if (court.isEmpty()) {
            return refusal(
                    RefusalGround.NOT_ADDRESSED_TO_COURT,
                    "court " + filing.courtCode() + " is not served by this court office");
        }
        List<Violation> notHeard =
                read.map(r -> CourtJurisdiction.check(r.filing())).orElse(List.of());
        if (!notHeard.isEmpty()) {
            return refusal(
                    RefusalGround.NOT_ADDRESSED_TO_COURT,
                    notHeard.stream().map(v -> v.message(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        }
        CourtService service = CourtService.valueOf(filing.service());
        StatementText text = statement == null
                ? null
                : Bridge.statementText(store.blobs(), statement).orElse(null);
        Optional<String> elsewhere = Addressee.notAddressedTo(court.get(), service, null, text, served);
        if (elsewhere.isPresent()) {
            return refusal(RefusalGround.NOT_ADDRESSED_TO_COURT, elsewhere.get());
        }
        if (text != null && statementName != null) {
            Optional<DocumentTitles.Fit> fit = DocumentTitles.fit(service, text, statementName);
            if (fit.isPresent() && !fit.get().fits()) {
                return refusal(
                        RefusalGround.WRONG_SECTION,
                        "the statement «" + fit.get().title() + "» is a "
                                + fit.get().kind().name() + ", which is not filed under " + service.nameRu());
            }
            boolean paidOnline = read.isPresent()
                    && read.get().filing() instanceof TakesStateFee takesFee
                    && takesFee.stateFee() instanceof StateFee.PaidOnline;
            AnnexCheck.Result annexes = AnnexCheck.check(text.annexes(), files, paidOnline);
            if (!annexes.complete()) {
                return refusal(
                        RefusalGround.MISSING_ANNEX,
                        "listed in the statement's «Приложение» but not attached: "
                                + String.join("; ", annexes.missing()));
            }
        }
        Optional<Decision> duplicate = duplicate(filing);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        return new Decision(FilingStatus.REGISTERED, "registered");
    }

    /**
     * Ground 2: the same content (the manifest's content digest) already registered — except a petition, considered
     * under the АППК (§24.2, §18).
     */
    private Optional<Decision> duplicate(FilingRecord filing) {
        if (!RefusalGround.DUPLICATE.appliesTo(CourtService.valueOf(filing.service()))) {
            return Optional.empty();
        }
        for (FilingRecord other : store.filingsWithFingerprint(filing.fingerprint())) {
            if (!other.filingId().equals(filing.filingId())
                    && REGISTERED_STATES.contains(
                            FilingState.valueOf(other.current().state()))) {
                return Optional.of(refusal(
                        RefusalGround.DUPLICATE,
                        "already registered with talon " + other.talon().number()));
            }
        }
        return Optional.empty();
    }

    private Optional<Manifest> manifest(byte[] bytes) {
        try {
            return Optional.of(Manifest.parse(bytes, served));
        } catch (ManifestException e) {
            LOG.debug("a stored manifest cannot be read: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static AccountHolder account(UserRecord user) {
        return new AccountHolder(
                Iin.ofUnverified(user.iin()), user.bin() == null ? null : Bin.ofUnverified(user.bin()));
    }

    private static Decision refusal(RefusalGround ground, String note) {
        return new Decision(FilingStatus.refused(ground), note);
    }

    private static boolean isSent(FilingRecord filing) {
        return FilingState.SENT.name().equals(filing.current().state());
    }
}
