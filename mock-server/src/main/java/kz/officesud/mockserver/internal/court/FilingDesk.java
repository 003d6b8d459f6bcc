package kz.officesud.mockserver.internal.court;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.ProblemException.ProblemViolation;
import kz.officesud.mockserver.internal.http.Request;
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
 * The court's intake: takes a signed filing, checks the form with core's {@code FilingValidator} (422, nothing
 * stored), stores it whole and answers the talon; a retry under the same {@code Idempotency-Key} gets the same
 * talon. The clerk's checks (signature, documents, addressee, duplicate) come after the talon.
 */
public final class FilingDesk {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Logger LOG = LoggerFactory.getLogger(FilingDesk.class);

    private final CourtStore store;
    private final ClerkEngine clerk;
    private final ObjectMapper mapper;
    private final CourtClock clock;

    public FilingDesk(CourtStore store, ClerkEngine clerk, ObjectMapper mapper, CourtClock clock) {
        this.store = store;
        this.clerk = clerk;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** What the desk answers: the filing and whether it was created now (201) or replayed (200). */
    public record Accepted(FilingRecord filing, boolean created) {}

    public Accepted accept(UserRecord user, @Nullable String idempotencyKey, JsonNode body, Locale locale)
            throws IOException {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ProblemException.badRequest(
                    "idempotency_key_required", "the Idempotency-Key header is required for a filing");
        }
        if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ProblemException.badRequest(
                    "idempotency_key_invalid", "an Idempotency-Key is 1 to 255 visible ASCII characters");
        }
        byte[] manifest = base64(body, "manifest");
        byte[] signature = base64(body, "signature");
        Map<String, String> uploads = uploads(body);
        String fingerprint = fingerprint(manifest, signature, uploads);

        Optional<Accepted> replay = replay(user, idempotencyKey, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }

        Claim claim = readClaim(manifest, locale);
        List<ProblemViolation> violations = new ArrayList<>();
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
        Claim withContent = Bridge.bindDocuments(claim, attachment -> bind(attachment, bound));
        LocalDate today = clock.today();
        ValidationReport report = Bridge.validate(withContent, user.testIdentity(), today);
        for (Violation violation : report.violations()) {
            violations.add(new ProblemViolation(
                    "filing." + violation.path(),
                    violation.rejectedValue(),
                    violation.messageKey(),
                    violation.message(locale)));
        }
        Court court = claim.court();
        if (court == null && violations.isEmpty()) {
            violations.add(Registrar.violation(locale, "filing.court", null, "filing.court.required"));
        }
        if (!violations.isEmpty() || court == null) {
            throw ProblemException.validation(violations);
        }

        List<DocumentRecord> documents = new ArrayList<>();
        for (Attachment document : claim.documents()) {
            documents.add(new DocumentRecord(
                    document.fileName(),
                    document.mediaType(),
                    document.size(),
                    document.sha256().hex()));
        }
        FilingRecord filing;
        synchronized (store) {
            replay = replay(user, idempotencyKey, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            Instant now = clock.instant();
            OffsetDateTime sentAt = OffsetDateTime.ofInstant(now, clock.getZone());
            String filingId = "F-" + UUID.randomUUID();
            TalonRecord talon = new TalonRecord(
                    store.nextTalonNumber(sentAt.getYear()),
                    sentAt.toString(),
                    user.fullName(),
                    user.iin(),
                    user.bin(),
                    court.code(),
                    court.nameRu());
            Instant due = clerk.dueAt(now);
            filing = new FilingRecord(
                    filingId,
                    user.userId(),
                    idempotencyKey,
                    fingerprint,
                    claim.service().name(),
                    court.code(),
                    Base64.getEncoder().encodeToString(manifest),
                    BlobStore.sha256Hex(manifest),
                    Base64.getEncoder().encodeToString(signature),
                    uploads,
                    documents,
                    talon,
                    List.of(new StatusRecord(FilingState.SENT.name(), null, now.toString(), "talon " + talon.number())),
                    due == null ? null : due.toString());
            store.putFiling(filing);
        }
        LOG.debug(
                "filing {} accepted with talon {}",
                filing.filingId(),
                filing.talon().number());
        clerk.afterSent(filing.filingId());
        return new Accepted(store.filing(filing.filingId()).orElse(filing), true);
    }

    private Optional<Accepted> replay(UserRecord user, String idempotencyKey, String fingerprint) {
        Optional<FilingRecord> earlier = store.filingByIdempotencyKey(user.userId(), idempotencyKey);
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

    private Claim readClaim(byte[] manifest, Locale locale) {
        JsonNode tree;
        try {
            tree = mapper.readTree(manifest);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("malformed_manifest", "the manifest is not JSON");
        } catch (IOException e) {
            throw ProblemException.badRequest("malformed_manifest", "the manifest cannot be read");
        }
        if (tree == null || !tree.isObject()) {
            throw ProblemException.badRequest("malformed_manifest", "the manifest is not a JSON object");
        }
        if (tree.path("version").asInt(-1) != 1) {
            throw ProblemException.badRequest("unsupported_manifest", "this court reads manifest version 1");
        }
        String service = tree.path("service").asText("");
        if (!"CLAIM".equals(service)) {
            throw ProblemException.badRequest(
                    "unsupported_service", "this court takes the service CLAIM, not '" + service + "'");
        }
        JsonNode signer = tree.path("signer");
        if (!signer.isObject() || !signer.path("iin").isTextual()) {
            throw ProblemException.badRequest("malformed_manifest", "the manifest names no signer IIN");
        }
        JsonNode filing = tree.path("filing");
        if (!filing.isObject()) {
            throw ProblemException.badRequest("malformed_manifest", "the manifest has no 'filing' object");
        }
        JsonNode court = filing.path("court");
        if (court.isTextual() && Courts.standard().find(court.asText()).isEmpty()) {
            throw ProblemException.validation(List.of(Registrar.violation(
                    locale, "filing.court", court.asText(), "filing.court.unknown", court.asText())));
        }
        ObjectNode typed = ((ObjectNode) filing).deepCopy();
        if (!typed.has("service")) {
            // A claim written as a plain value carries no type id; the manifest names the service.
            typed.put("service", service);
        }
        try {
            return Bridge.readClaim(mapper, typed);
        } catch (JsonProcessingException e) {
            String where = Request.malformed(e).detail().replace("the JSON body is malformed", "");
            throw ProblemException.badRequest(
                    "malformed_manifest",
                    "the claim in the manifest cannot be read" + where + ": " + firstLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest(
                    "malformed_manifest", "the claim in the manifest cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private Attachment bind(Attachment attachment, Map<String, UploadRecord> bound) {
        UploadRecord upload = bound.get(attachment.sha256().hex());
        if (upload == null || !upload.sha256().equals(attachment.sha256().hex())) {
            return attachment; // the clerk refuses it (missing annex / not authentic)
        }
        return attachment.withContent(ContentSource.ofPath(store.blobs().path(upload.sha256())));
    }

    private static byte[] base64(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw ProblemException.badRequest("malformed_json", "'" + field + "' (base64) is required");
        }
        byte[] bytes = Registrar.decodeBase64(node.asText());
        if (bytes == null) {
            throw ProblemException.badRequest("malformed_json", "'" + field + "' is not base64");
        }
        return bytes;
    }

    private static Map<String, String> uploads(JsonNode body) {
        JsonNode node = body.path("uploads");
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw ProblemException.badRequest("malformed_json", "'uploads' maps SHA-256 hex to upload ids");
        }
        Map<String, String> uploads = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String sha256 = entry.getKey().toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(sha256).matches() || !entry.getValue().isTextual()) {
                throw ProblemException.badRequest(
                        "malformed_json", "'uploads' maps SHA-256 hex to upload ids (as strings)");
            }
            uploads.put(sha256, entry.getValue().asText());
        }
        return uploads;
    }

    /** The same filing request gives the same fingerprint, however its JSON is laid out. */
    private static String fingerprint(byte[] manifest, byte[] signature, Map<String, String> uploads) {
        StringBuilder text = new StringBuilder("v1\n")
                .append(BlobStore.sha256Hex(manifest))
                .append('\n')
                .append(BlobStore.sha256Hex(signature))
                .append('\n');
        new TreeMap<>(uploads)
                .forEach((sha, id) -> text.append(sha).append('=').append(id).append('\n'));
        return BlobStore.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
