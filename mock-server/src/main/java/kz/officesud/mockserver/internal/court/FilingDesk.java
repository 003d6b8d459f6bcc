package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.ManifestException;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.InvalidValueException;
import kz.officesud.core.model.UnknownCourtException;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.DryRunForm;
import kz.officesud.core.wire.DryRunVerdict;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.Problem;
import kz.officesud.documents.FilingPolicies;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.store.BlobStore;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.DocumentRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.StatusRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.TalonRecord;
import kz.officesud.mockserver.internal.store.UploadRecord;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The court's intake: takes a signed filing, reads its {@link Manifest} strictly, checks the form with core's
 * {@code FilingValidator} (422, nothing stored), stores it whole and answers the filing with its talon. A
 * submission repeated under the same {@code Idempotency-Key} with the same content (the manifest's {@linkplain
 * Manifest#contentDigest() content digest}, whatever its time or signature) gets the same filing; other content
 * under a used key is a conflict. The clerk's checks (signature, signer, documents, addressee, duplicate) come
 * after the talon.
 */
public final class FilingDesk {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_UPLOADS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(FilingDesk.class);

    private final CourtStore store;
    private final ClerkEngine clerk;
    private final Courts courts;
    private final CourtClock clock;
    private @Nullable Intake intake;
    private @Nullable XmlDesk xml;

    public FilingDesk(CourtStore store, ClerkEngine clerk, Courts courts, CourtClock clock) {
        this.store = store;
        this.clerk = clerk;
        this.courts = courts;
        this.clock = clock;
    }

    /** What the court does with a filing once it is stored SENT: the registration card, the due time, the clerk. */
    @FunctionalInterface
    public interface Intake {
        void arrived(FilingRecord filing, UserRecord user, Manifest manifest);
    }

    /** Connects the registry (the card and the notice on arrival) and the desk of signing by XML. */
    public void connect(Intake intake, XmlDesk xml) {
        this.intake = intake;
        this.xml = xml;
    }

    /** {@code POST /filings/xml}: reads the manifest and the uploads as a filing would be, and answers the XML to sign. */
    public kz.officesud.core.wire.XmlToSign prepareXml(UserRecord user, FilingSubmission body, Locale locale) {
        XmlDesk desk = java.util.Objects.requireNonNull(xml, "xml desk");
        byte[] manifestBytes = base64(body.manifest(), "manifest");
        Manifest manifest = readManifest(manifestBytes, locale);
        bound(user, uploads(body.uploads()), manifest, locale);
        return desk.prepare(user, manifest, manifestBytes);
    }

    /**
     * {@code POST /filings/dry-runs}: judges a whole filing as it would be sent — its manifest read strictly, its
     * uploads bound — by the checks a client runs before sending ({@link FilingPolicies#beforeSending()}), and
     * registers nothing. Every violation and warning at once, with the paths a local check names.
     */
    public DryRunVerdict dryRun(UserRecord user, DryRunForm form, Locale locale) {
        Manifest manifest = readManifest(base64(form.manifest(), "manifest"), locale);
        List<Problem.ProblemViolation> violations = new ArrayList<>();
        Map<String, UploadRecord> bound = ownUploads(user, uploads(form.uploads()), violations, locale);
        Filing filing = manifest.filing();
        for (FilingDocument document : filing.documents()) {
            Attachment a = document.attachment();
            if (!bound.containsKey(a.sha256().hex())) {
                violations.add(Registrar.violation(locale, document.path(), a.fileName(), "filing.upload.missing"));
            }
        }
        ValidationOptions.Builder options = ValidationOptions.builder()
                .filingDate(clock.today())
                .strictLayout(Boolean.TRUE.equals(form.strictLayout()));
        ownTestIdentities(user).forEach(options::acceptUnverifiedIdentity);
        ValidationReport report = FilingPolicies.beforeSending()
                .validate(filing.withDocuments(attachment -> bind(attachment, bound)), options.build());
        for (Violation violation : report.violations()) {
            violations.add(problemViolation(violation.path(), violation, locale));
        }
        List<Problem.ProblemViolation> warnings = new ArrayList<>();
        for (Violation warning : report.warnings()) {
            warnings.add(problemViolation(warning.path(), warning, locale));
        }
        return new DryRunVerdict(violations.isEmpty(), violations, warnings);
    }

    /** What the desk answers: the filing and whether it was created now (201) or replayed (200). */
    public record Accepted(FilingRecord filing, boolean created) {}

    public Accepted accept(UserRecord user, @Nullable String idempotencyKey, FilingSubmission body, Locale locale)
            throws IOException {
        IdempotencyKey key = idempotencyKey(idempotencyKey);
        byte[] manifestBytes = base64(body.manifest(), "manifest");
        boolean signedXml = body.signedXml() != null;
        if (signedXml && body.signature() != null) {
            throw ProblemException.badRequest("malformed_json", "give 'signature' or 'signedXml', not both");
        }
        byte[] signature = signedXml ? base64(body.signedXml(), "signedXml") : base64(body.signature(), "signature");
        Map<String, String> uploads = uploads(body.uploads());
        Manifest manifest = readManifest(manifestBytes, locale);
        String fingerprint = manifest.contentDigest().hex();

        Optional<Accepted> replay = replay(user, key, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }

        Court court = bound(user, uploads, manifest, locale);
        Filing filing = manifest.filing();
        XmlDesk.Reservation reservation = null;
        if (signedXml) {
            reservation =
                    java.util.Objects.requireNonNull(xml, "xml desk").redeem(user, signature, manifestBytes, manifest);
        }

        List<DocumentRecord> documents = documents(filing);
        FilingRecord record;
        Instant now;
        String talonNumber;
        // The key is held while the filing is written (not the store: other filings are written meanwhile); a
        // request with the same key waits for it and then answers what was stored.
        synchronized (store) {
            while (true) {
                replay = replay(user, key, fingerprint);
                if (replay.isPresent()) {
                    return replay.get();
                }
                if (store.holdIdempotencyKey(user.userId(), key.value())) {
                    break;
                }
                try {
                    store.awaitIdempotencyKey(user.userId(), key.value());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ProblemException(503, "unavailable", "the court is stopping");
                }
            }
            now = clock.instant();
            OffsetDateTime sentAt = OffsetDateTime.ofInstant(now, clock.getZone());
            talonNumber = reservation != null ? reservation.talonNumber() : store.nextTalonNumber(sentAt.getYear());
        }
        try {
            OffsetDateTime sentAt = OffsetDateTime.ofInstant(now, clock.getZone());
            String filingId = "F-" + UUID.randomUUID();
            TalonRecord talon = new TalonRecord(
                    talonNumber,
                    sentAt.toString(),
                    user.fullName(),
                    user.iin(),
                    user.bin(),
                    court.code(),
                    court.nameRu());
            Instant due = clerk.dueAt(now);
            record = new FilingRecord(
                    filingId,
                    user.userId(),
                    key.value(),
                    fingerprint,
                    manifest.service().name(),
                    court.code(),
                    Base64.getEncoder().encodeToString(manifestBytes),
                    BlobStore.sha256Hex(manifestBytes),
                    Base64.getEncoder().encodeToString(signature),
                    uploads,
                    documents,
                    talon,
                    List.of(new StatusRecord(FilingState.SENT.name(), null, now.toString(), "talon " + talon.number())),
                    due == null ? null : due.toString(),
                    manifest.reference());
            store.putFiling(record);
        } finally {
            store.releaseIdempotencyKey(user.userId(), key.value());
        }
        LOG.debug(
                "filing {} accepted with talon {}",
                record.filingId(),
                record.talon().number());
        Intake registry = intake;
        if (registry != null) {
            registry.arrived(record, user, manifest);
        }
        clerk.afterSent(record.filingId());
        return new Accepted(store.filing(record.filingId()).orElse(record), true);
    }

    /**
     * {@code POST /filings/{filingId}/additional-documents}: «Отправить дополнительные документы» — a refused filing,
     * completed (documents added or replaced) and signed again, goes back to registration under the same filing and
     * talon: REFUSED → SENT, and the clerk decides again. The completed filing must be of the same service and court;
     * it is checked as a filing is (422, nothing changed). Sent again once it is no longer refused, the same content
     * answers the filing as it stands (a retry); other content is a conflict.
     */
    public Accepted resubmit(UserRecord user, String filingId, FilingSubmission body, Locale locale) {
        FilingRecord refused = own(user, filingId);
        if (body.signedXml() != null) {
            throw ProblemException.badRequest("malformed_json", "additional documents are sent with a CMS 'signature'");
        }
        byte[] manifestBytes = base64(body.manifest(), "manifest");
        byte[] signature = base64(body.signature(), "signature");
        Map<String, String> uploads = uploads(body.uploads());
        Manifest manifest = readManifest(manifestBytes, locale);
        String fingerprint = manifest.contentDigest().hex();
        if (!FilingState.REFUSED.name().equals(refused.current().state())) {
            if (refused.fingerprint().equals(fingerprint)) {
                return new Accepted(refused, false);
            }
            throw new ProblemException(
                    409,
                    "invalid_transition",
                    "only a refused filing takes additional documents; this one is "
                            + refused.current().state());
        }
        Court court = manifest.filing().court();
        if (!manifest.service().name().equals(refused.service())
                || court == null
                || !court.code().equals(refused.courtCode())) {
            throw ProblemException.validation(List.of(
                    Registrar.violation(locale, "filing", manifest.service().name(), "filing.additional.otherFiling")));
        }
        bound(user, uploads, manifest, locale);
        List<DocumentRecord> documents = documents(manifest.filing());
        FilingRecord next;
        // Held by the filing's id (as an idempotency key of its own kind) while written, not by the store.
        String hold = "resubmit " + filingId;
        synchronized (store) {
            FilingRecord current = own(user, filingId);
            if (!FilingState.REFUSED.name().equals(current.current().state())
                    || !store.holdIdempotencyKey(user.userId(), hold)) {
                throw new ProblemException(409, "invalid_transition", "the filing was sent again meanwhile");
            }
            Instant now = clock.instant();
            Instant due = clerk.dueAt(now);
            List<StatusRecord> history = new ArrayList<>(current.history());
            history.add(new StatusRecord(
                    FilingState.SENT.name(), null, now.toString(), "Отправлены дополнительные документы"));
            next = new FilingRecord(
                    current.filingId(),
                    current.userId(),
                    current.idempotencyKey(),
                    fingerprint,
                    current.service(),
                    current.courtCode(),
                    Base64.getEncoder().encodeToString(manifestBytes),
                    BlobStore.sha256Hex(manifestBytes),
                    Base64.getEncoder().encodeToString(signature),
                    uploads,
                    documents,
                    current.talon(),
                    history,
                    due == null ? null : due.toString(),
                    manifest.reference());
        }
        try {
            store.putFiling(next);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot store filing " + filingId, e);
        } finally {
            store.releaseIdempotencyKey(user.userId(), hold);
        }
        LOG.debug("filing {} sent again with additional documents", filingId);
        clerk.afterSent(filingId);
        return new Accepted(store.filing(filingId).orElse(next), true);
    }

    private FilingRecord own(UserRecord user, String filingId) {
        return store.filing(filingId)
                .filter(filing -> filing.userId().equals(user.userId()))
                .orElseThrow(() -> ProblemException.notFound("no such filing among yours"));
    }

    private static List<DocumentRecord> documents(Filing filing) {
        List<DocumentRecord> documents = new ArrayList<>();
        for (FilingDocument document : filing.documents()) {
            Attachment a = document.attachment();
            documents.add(new DocumentRecord(
                    a.fileName(),
                    a.mediaType(),
                    a.size(),
                    a.sha256().hex(),
                    document.role().name(),
                    document.path()));
        }
        return documents;
    }

    private static IdempotencyKey idempotencyKey(@Nullable String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.badRequest(
                    "idempotency_key_required", "the Idempotency-Key header is required for a filing");
        }
        if (!IdempotencyKey.isValid(header)) {
            throw ProblemException.badRequest(
                    "idempotency_key_invalid",
                    "an Idempotency-Key is 1 to " + IdempotencyKey.MAX_LENGTH + " visible ASCII characters");
        }
        return IdempotencyKey.of(header);
    }

    private Optional<Accepted> replay(UserRecord user, IdempotencyKey key, String fingerprint) {
        Optional<FilingRecord> earlier = store.filingByIdempotencyKey(user.userId(), key.value());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().fingerprint().equals(fingerprint)) {
            throw new ProblemException(
                    409,
                    "idempotency_conflict",
                    "this Idempotency-Key was used for another filing; use a new key for a new filing");
        }
        return Optional.of(new Accepted(earlier.get(), false));
    }

    /**
     * Checks that every upload named is the account's and the filing passes the court's rules (422 with every
     * violation, nothing stored); the court it is addressed to.
     */
    private Court bound(UserRecord user, Map<String, String> uploads, Manifest manifest, Locale locale) {
        List<Problem.ProblemViolation> violations = new ArrayList<>();
        Map<String, UploadRecord> bound = ownUploads(user, uploads, violations, locale);
        Filing filing = manifest.filing();
        Filing withContent = filing.withDocuments(attachment -> bind(attachment, bound));
        LocalDate today = clock.today();
        ValidationReport report = Bridge.validate(withContent, ownTestIdentities(user), today);
        for (Violation violation : report.violations()) {
            violations.add(problemViolation("filing." + violation.path(), violation, locale));
        }
        Court court = filing.court();
        if (court == null && violations.isEmpty()) {
            violations.add(Registrar.violation(locale, "filing.court", null, "filing.court.required"));
        }
        if (!violations.isEmpty() || court == null) {
            throw ProblemException.validation(violations);
        }
        return court;
    }

    /** The uploads named that are the account's, by SHA-256; each one that is not is a violation. */
    private Map<String, UploadRecord> ownUploads(
            UserRecord user, Map<String, String> uploads, List<Problem.ProblemViolation> violations, Locale locale) {
        Map<String, UploadRecord> bound = new TreeMap<>();
        uploads.forEach((sha256, uploadId) -> {
            Optional<UploadRecord> upload =
                    store.upload(uploadId).filter(found -> found.userId().equals(user.userId()));
            if (upload.isEmpty()) {
                violations.add(Registrar.violation(locale, "uploads." + sha256, uploadId, "filing.upload.unknown"));
            } else {
                bound.put(sha256, upload.get());
            }
        });
        return bound;
    }

    /**
     * The IIN and BIN of a filer whose certificate chains to a test anchor (the NCA's test identities fail the
     * checksum), accepted unverified; every other party's IIN and BIN are held to the checksum.
     */
    private static List<String> ownTestIdentities(UserRecord user) {
        List<String> own = new ArrayList<>();
        if (user.testIdentity()) {
            own.add(user.iin());
            if (user.bin() != null) {
                own.add(user.bin());
            }
        }
        return own;
    }

    /**
     * The manifest, read strictly; what cannot be read is a 400 naming the reason and the path, except a court
     * code this office does not know, which is the form's violation (422) as a local check reports it.
     */
    private Manifest readManifest(byte[] bytes, Locale locale) {
        try {
            return Manifest.parse(bytes, courts);
        } catch (ManifestException e) {
            Optional<InvalidValueException> invalid = e.invalidValue();
            if (e.reason() == ManifestException.Reason.INVALID_VALUE
                    && invalid.isPresent()
                    && invalid.get() instanceof UnknownCourtException unknown) {
                throw ProblemException.validation(List.of(new Problem.ProblemViolation(
                        e.path(),
                        unknown.code(),
                        unknown.messageKey(),
                        Map.copyOf(unknown.args()),
                        unknown.message(locale))));
            }
            String code =
                    switch (e.reason()) {
                        case UNSUPPORTED_VERSION -> "unsupported_manifest";
                        case UNSUPPORTED_SERVICE -> "unsupported_service";
                        case TOO_LARGE -> "manifest_too_large";
                        default -> "malformed_manifest";
                    };
            throw ProblemException.badRequest(code, e.reason() + ": " + e.getMessage());
        }
    }

    static Problem.ProblemViolation problemViolation(String path, Violation violation, Locale locale) {
        return new Problem.ProblemViolation(
                path, violation.rejectedValue(), violation.messageKey(), violation.args(), violation.message(locale));
    }

    private Attachment bind(Attachment attachment, Map<String, UploadRecord> bound) {
        UploadRecord upload = bound.get(attachment.sha256().hex());
        if (upload == null || !upload.sha256().equals(attachment.sha256().hex())) {
            return attachment; // the clerk refuses it (missing annex / not authentic)
        }
        return attachment.withContent(store.blobs().content(upload.sha256()));
    }

    private static byte[] base64(@Nullable String value, String field) {
        if (value == null || value.isEmpty()) {
            throw ProblemException.badRequest("malformed_json", "'" + field + "' (base64) is required");
        }
        byte[] bytes = Registrar.decodeBase64(value);
        if (bytes == null) {
            throw ProblemException.badRequest("malformed_json", "'" + field + "' is not base64");
        }
        return bytes;
    }

    private static Map<String, String> uploads(@Nullable Map<String, String> given) {
        if (given == null) {
            return Map.of();
        }
        if (given.size() > MAX_UPLOADS) {
            throw ProblemException.badRequest("malformed_json", "'uploads' names more than " + MAX_UPLOADS + " files");
        }
        Map<String, String> uploads = new TreeMap<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String sha256 = entry.getKey().toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(sha256).matches() || entry.getValue() == null) {
                throw ProblemException.badRequest(
                        "malformed_json", "'uploads' maps SHA-256 hex to upload ids (as strings)");
            }
            uploads.put(sha256, entry.getValue());
        }
        return uploads;
    }
}
