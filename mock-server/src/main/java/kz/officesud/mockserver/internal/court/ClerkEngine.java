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
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.RefusalGround;
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

    public void policy(Policy next) {
        policy.set(Objects.requireNonNull(next, "next"));
    }

    /** When a filing sent now falls due, under the current policy (null: not by the clock). */
    public @Nullable Instant dueAt(Instant sentAt) {
        return policy.get() == Policy.WITHIN_ONE_WORKING_DAY ? clock.plusWorkingDays(sentAt, 1) : null;
    }

    /** Called after a filing is stored as SENT. */
    public void afterSent(String filingId) {
        if (policy.get() == Policy.IMMEDIATE) {
            process(filingId);
        }
    }

    /** The next filing the clerk decides on gets {@code decision}, whatever the checks say. */
    public void decideNext(Decision decision) {
        nextDecisions.add(decision);
    }

    /** When the clerk acts on {@code filingId}, it decides {@code decision}, whatever the checks say. */
    public void force(String filingId, Decision decision) {
        forced.put(filingId, decision);
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
            if (isSent(filing)
                    && due != null
                    && !Instant.parse(due).isAfter(now)
                    && process(filing.filingId()).isPresent()) {
                done.add(filing.filingId());
            }
        }
        return done;
    }

    /** Examines one sent filing and records the decision; empty when it is not waiting. */
    public synchronized Optional<FilingRecord> process(String filingId) {
        Optional<FilingRecord> found = store.filing(filingId);
        if (found.isEmpty() || !isSent(found.get())) {
            return Optional.empty();
        }
        FilingRecord filing = found.get();
        Decision decision = forced.remove(filingId);
        if (decision == null) {
            decision = nextDecisions.poll();
        }
        if (decision == null) {
            decision = examine(filing);
        }
        return Optional.of(record(filing, decision));
    }

    /** Moves a filing to a status now (a court employee's hand), within the lifecycle. */
    public synchronized FilingRecord decide(String filingId, Decision decision) {
        FilingRecord filing =
                store.filing(filingId).orElseThrow(() -> new IllegalArgumentException("no filing " + filingId));
        FilingState from = FilingState.valueOf(filing.current().state());
        if (!from.canMoveTo(decision.status().state())) {
            throw new IllegalStateException("a filing in " + from + " cannot move to "
                    + decision.status().state());
        }
        forced.remove(filingId);
        return record(filing, decision);
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
        return next;
    }

    /**
     * The checks of the registration rules (the 2018 rules, §24), in order of gravity: signature and signer,
     * annexes, readability, addressee (a court this office serves, and one that hears the filing's kind: core's
     * {@link CourtJurisdiction}, the rule the client checks before sending), duplicate (the same content already
     * registered).
     */
    Decision examine(FilingRecord filing) {
        List<String> notAuthentic = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Optional<UserRecord> user = store.user(filing.userId());
        byte[] manifest = Base64.getDecoder().decode(filing.manifest());
        byte[] cms = Base64.getDecoder().decode(filing.signature());
        Instant sentAt = Instant.parse(filing.history().get(0).at());
        SignatureCheck.Outcome outcome = signatures.verify(cms, manifest, sentAt);
        Signer signer = outcome.signer();
        Optional<Manifest> read = manifest(manifest);
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
        for (DocumentRecord document : filing.documents()) {
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
                    unreadable.addAll(Bridge.unreadable(
                            store.blobs().path(actual),
                            document.fileName(),
                            LocalDate.ofInstant(sentAt, clock.getZone())));
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
        if (served.find(filing.courtCode()).isEmpty()) {
            return refusal(
                    RefusalGround.NOT_ADDRESSED_TO_COURT,
                    "court " + filing.courtCode() + " is not served by this court office");
        }
        List<Violation> notHeard =
                read.map(m -> CourtJurisdiction.check(m.filing())).orElse(List.of());
        if (!notHeard.isEmpty()) {
            return refusal(
                    RefusalGround.NOT_ADDRESSED_TO_COURT,
                    notHeard.stream().map(v -> v.message(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        }
        for (FilingRecord other : store.filings()) {
            if (!other.filingId().equals(filing.filingId())
                    && other.fingerprint().equals(filing.fingerprint())
                    && REGISTERED_STATES.contains(
                            FilingState.valueOf(other.current().state()))) {
                return refusal(
                        RefusalGround.DUPLICATE,
                        "already registered with talon " + other.talon().number());
            }
        }
        return new Decision(FilingStatus.REGISTERED, "registered");
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
