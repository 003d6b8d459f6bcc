package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.officesud.core.model.CaseEvent;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.AccessRequestView;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.CaseParticipantView;
import kz.officesud.core.wire.CaseSearchForm;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.CaseTimelineEntry;
import kz.officesud.core.wire.ObservationForm;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.core.wire.ViewedCase;
import kz.officesud.mockserver.CaseObservation;
import kz.officesud.mockserver.internal.casefile.CaseFiles;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AccessGrantRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AccessRequestRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AttachmentRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AuditRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.LinkRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.ObservedCaseRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.ScanRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.ViewRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.ViewedCasesRecord;
import kz.officesud.mockserver.internal.casefile.Records.ActRecord;
import kz.officesud.mockserver.internal.casefile.Records.CaseFileRecord;
import kz.officesud.mockserver.internal.casefile.Records.EmailRecord;
import kz.officesud.mockserver.internal.http.Messages;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.store.BlobStore;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.FilingRecord;
import org.jspecify.annotations.Nullable;

/**
 * Case observation (ЭНП) at the court: the cases open to it, the access passwords the office issues (with the card),
 * a participant's view of a case by IIN and password — participants, the course of the case across its instances and
 * the acts the participant's category may see and the court has not blocked, all oldest first — the downloads, the
 * e-mails when something new appears, the public case search behind its challenge, the lock-out after wrong
 * passwords, and the audit history of every access. Thread-safe.
 */
public final class ObservationDesk implements CaseDesk.Listener {
    /** Wrong passwords for one IIN, or from one address, within {@link #FAILURE_WINDOW} that lock further attempts. */
    static final int MAX_FAILURES = 5;

    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration ACCESS_TTL = Duration.ofMinutes(30);
    static final int MAX_RESULTS = 100;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 12;
    private static final int MAX_TRACKED = 100_000;

    private final CaseFiles files;
    private final CaseDesk cases;
    private final CourtStore store;
    private final Courts courts;
    private final Clock clock;
    private final AccessRules rules;
    private final SearchThrottle throttle;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong sequence;
    private final Map<String, Deque<Instant>> failures = bounded();
    private final Map<String, Instant> lockedUntil = bounded();
    private final Map<String, Access> tokens = new ConcurrentHashMap<>();

    /** What a download token opens: one participant's view of one case, until it expires. */
    private record Access(String grantId, Instant expiresAt) {}

    private final SignatureCheck signatures;

    public ObservationDesk(
            CaseFiles files, CaseDesk cases, CourtStore store, Courts courts, Clock clock, SignatureCheck signatures) {
        this.signatures = signatures;
        this.files = files;
        this.cases = cases;
        this.store = store;
        this.courts = courts;
        this.clock = clock;
        this.rules = AccessRules.standard();
        this.throttle = new SearchThrottle(clock);
        this.sequence = new AtomicLong(files.audit.all().stream()
                .mapToLong(AuditRecord::sequence)
                .max()
                .orElse(0));
    }

    /** Forgets the lock-outs, the download tokens and the search allowances (the court's reset). */
    public synchronized void clear() {
        failures.clear();
        lockedUntil.clear();
        tokens.clear();
        throttle.clear();
    }

    public SearchThrottle throttle() {
        return throttle;
    }

    // The clerk's side

    /**
     * Opens a case to observation with its first filing, or adds a filing heard at another instance to it.
     *
     * @throws ProblemException 404 no such filing; 422 a malformed case number, a court the directory lacks, or another
     *     form than the case's
     */
    public synchronized CaseSummary openCase(
            String caseNumber, String filingId, ProceedingsForm form, CourtInstance instance, Locale locale) {
        CaseNumber number = parseCaseNumber(caseNumber);
        store.filing(filingId).orElseThrow(() -> ProblemException.notFound("no such filing"));
        Court court = courts.find(number.courtCode())
                .orElseThrow(() -> new ProblemException(
                        422, "unknown_court", "the court " + number.courtCode() + " is not in the directory"));
        String key = number.format();
        ObservedCaseRecord record =
                files.observed.get(CaseFiles.observedKey(key)).orElse(null);
        if (record == null) {
            record = new ObservedCaseRecord(
                    key, court.code(), form.name(), today().toString(), List.of(), List.of(), null, List.of());
        } else if (!record.form().equals(form.name())) {
            throw new ProblemException(422, "form_mismatch", "the case " + key + " is of the form " + record.form());
        }
        if (record.filings().stream().noneMatch(l -> l.filingId().equals(filingId))) {
            record = record.plusFiling(new LinkRecord(filingId, instance.name()));
        }
        return summary(files.observed.put(record), locale);
    }

    /** An issued password: shown once, on the card and in this answer, never stored. */
    public record Issued(AccessGrantRecord grant, String password, byte[] card) {
        @Override
        public String toString() {
            return "Issued[" + grant.grantId() + ", password=***]";
        }
    }

    /**
     * Records a participant and issues an access password to the case, with the card to print.
     *
     * @throws ProblemException 404 no such case; 422 a field is missing or malformed
     */
    public synchronized Issued grant(String caseNumber, CaseObservation.Participant applicant) {
        ObservedCaseRecord record = observed(caseNumber);
        List<String> problems = applicantProblems(applicant);
        String email = applicant.email().strip();
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "invalid_applicant", String.join("; ", problems));
        }
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length()));
        }
        String plain = new String(password);
        AccessGrantRecord grant = files.grants.put(new AccessGrantRecord(
                "G-" + UUID.randomUUID(),
                record.caseNumber(),
                applicant.iin(),
                applicant.fullName().strip(),
                applicant.category().name(),
                applicant.requestedOn().toString(),
                email,
                applicant.representedBin(),
                applicant.representedName(),
                sha256(plain),
                clock.instant().toString()));
        return new Issued(grant, plain, PasswordCardPdf.render(card(record, grant, plain)));
    }

    private PasswordCardPdf.Card card(ObservedCaseRecord record, AccessGrantRecord grant, String password) {
        Court court = courts.byCode(record.courtCode());
        LinkRecord first = record.filings().get(0);
        Optional<CaseFileRecord> file = cases.file(first.filingId());
        String received = file.map(
                        f -> LocalDate.ofInstant(Instant.parse(f.card().arrivedAt()), ValidationOptions.COURT_ZONE)
                                .toString())
                .orElse("—");
        String incoming = file.map(f -> f.card().registrationNumber())
                .filter(Objects::nonNull)
                .orElse("—");
        List<String> previous = new ArrayList<>();
        for (LinkRecord link : record.filings().subList(1, record.filings().size())) {
            previous.add(link.instance() + " "
                    + store.filing(link.filingId()).map(f -> f.talon().number()).orElse(link.filingId()));
        }
        String applicant = grant.fullName()
                + (grant.representedName() == null ? "" : " (представитель " + grant.representedName() + ")");
        return new PasswordCardPdf.Card(
                court.nameKk() == null || court.nameKk().isBlank() ? court.nameRu() : court.nameKk(),
                court.nameRu(),
                record.caseNumber(),
                previous.isEmpty() ? "—" : String.join("; ", previous),
                received,
                incoming,
                applicant,
                "Судебный кабинет / Сот кабинеті",
                String.join("; ", parties(record)),
                password);
    }

    // Online requests for a password

    /** The largest attachment of an online request, and of all of them together. */
    static final long MAX_REQUEST_ATTACHMENTS = 3L * 1024 * 1024;

    /**
     * Takes a participant's online request for an access password: the fields as {@link #grant} checks them, a case
     * open to observation, and the signature — a detached CMS over the request's {@link AccessRequestForm#dataToSign()}
     * that holds and whose signer is the IIN named. The attachments go to the blob store.
     *
     * @throws ProblemException 400 a missing field or signature; 404 no such case; 422 the participant's data, or
     *     {@code request_signature}: the signature does not hold or is not the named participant's
     */
    public AccessRequestView submit(AccessRequestForm form) throws IOException {
        if (form.caseNumber() == null
                || form.iin() == null
                || form.fullName() == null
                || form.category() == null
                || form.email() == null
                || form.signature() == null) {
            throw ProblemException.badRequest(
                    "bad_request", "caseNumber, iin, fullName, category, email and signature are required");
        }
        ObservedCaseRecord record = observed(form.caseNumber());
        CaseObservation.Participant participant = new CaseObservation.Participant(
                form.iin(),
                form.fullName(),
                form.category(),
                today(),
                form.email(),
                form.representedBin(),
                form.representedName());
        List<String> problems = applicantProblems(participant);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "invalid_applicant", String.join("; ", problems));
        }
        List<AccessRequestForm.Attachment> attachments = form.attachments() == null ? List.of() : form.attachments();
        long total = attachments.stream().mapToLong(a -> a.content().length).sum();
        if (attachments.size() > 10 || total > MAX_REQUEST_ATTACHMENTS) {
            throw new ProblemException(
                    413, "payload_too_large", "at most 10 attachments of 3 MiB together go with a request");
        }
        byte[] cms;
        try {
            cms = Base64.getDecoder().decode(form.signature());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("bad_request", "signature is not base64");
        }
        SignatureCheck.Outcome outcome = signatures.verify(cms, form.dataToSign(), clock.instant());
        if (!outcome.valid()) {
            throw new ProblemException(
                    422,
                    "request_signature",
                    "the request's signature does not hold: " + String.join("; ", outcome.problems()));
        }
        if (!outcome.signer().identity().iin().value().equals(form.iin())) {
            throw new ProblemException(
                    422, "request_signature", "the request is signed by another person than the IIN it names");
        }
        List<AttachmentRecord> stored = new ArrayList<>();
        for (AccessRequestForm.Attachment a : attachments) {
            BlobStore.Stored blob =
                    store.blobs().store(new java.io.ByteArrayInputStream(a.content()), MAX_REQUEST_ATTACHMENTS);
            stored.add(new AttachmentRecord(a.fileName(), a.mediaType(), blob.size(), blob.sha256()));
        }
        AccessRequestRecord request = files.requests.put(new AccessRequestRecord(
                "R-" + UUID.randomUUID(),
                record.caseNumber(),
                form.iin(),
                form.fullName().strip(),
                form.category().name(),
                form.email().strip(),
                form.representedBin(),
                form.representedName(),
                stored,
                clock.instant().toString(),
                "PENDING",
                null,
                null));
        return requestView(request);
    }

    /** The online requests, oldest first; the pending ones only when asked. */
    public List<AccessRequestView> requests(boolean pendingOnly) {
        return files.requests.all().stream()
                .filter(r -> !pendingOnly || r.status().equals("PENDING"))
                .sorted(Comparator.comparing((AccessRequestRecord r) -> Instant.parse(r.submittedAt()))
                        .thenComparing(AccessRequestRecord::requestId))
                .map(ObservationDesk::requestView)
                .toList();
    }

    /**
     * Approves a pending online request: records the participant, issues the password and sends it, with the case
     * number, to the request's e-mail.
     *
     * @throws ProblemException 404 no such request; 409 it was decided already
     */
    public synchronized Issued approve(String requestId) {
        AccessRequestRecord request = pending(requestId);
        Issued issued = grant(
                request.caseNumber(),
                new CaseObservation.Participant(
                        request.iin(),
                        request.fullName(),
                        ParticipantCategory.valueOf(request.category()),
                        LocalDate.ofInstant(Instant.parse(request.submittedAt()), ValidationOptions.COURT_ZONE),
                        request.email(),
                        request.representedBin(),
                        request.representedName()));
        files.requests.put(request.decided("APPROVED", clock.instant().toString(), null));
        mail(
                request.email(),
                "ЭНП: пароль доступа к делу № " + request.caseNumber() + " / № " + request.caseNumber()
                        + " іске қол жеткізу паролі",
                "Ваша заявка одобрена. Пароль доступа к делу № " + request.caseNumber() + ": " + issued.password()
                        + "\n\nӨтінішіңіз мақұлданды. № " + request.caseNumber() + " іске қол жеткізу паролі: "
                        + issued.password() + "\n");
        return issued;
    }

    /** Refuses a pending online request, with the reason, and tells the participant by e-mail. */
    public synchronized AccessRequestView refuse(String requestId, String reason) {
        AccessRequestRecord request = pending(requestId);
        AccessRequestRecord refused =
                files.requests.put(request.decided("REFUSED", clock.instant().toString(), reason));
        mail(
                request.email(),
                "ЭНП: заявка по делу № " + request.caseNumber() + " / № " + request.caseNumber() + " іс бойынша өтініш",
                "В выдаче пароля доступа к делу № " + request.caseNumber() + " отказано: " + reason
                        + "\n\n№ " + request.caseNumber() + " іске қол жеткізу паролін беруден бас тартылды: "
                        + reason + "\n");
        return requestView(refused);
    }

    private AccessRequestRecord pending(String requestId) {
        AccessRequestRecord request =
                files.requests.get(requestId).orElseThrow(() -> ProblemException.notFound("no such access request"));
        if (!request.status().equals("PENDING")) {
            throw new ProblemException(409, "request_decided", "the request was " + request.status() + " already");
        }
        return request;
    }

    private static AccessRequestView requestView(AccessRequestRecord r) {
        return new AccessRequestView(
                r.requestId(),
                r.caseNumber(),
                r.status(),
                Instant.parse(r.submittedAt()),
                r.decidedAt() == null ? null : Instant.parse(r.decidedAt()),
                r.reason());
    }

    private void mail(String to, String subject, String body) {
        files.emails.put(new EmailRecord(
                "M-" + UUID.randomUUID(), to, subject, body, clock.instant().toString(), null));
    }

    private static List<String> applicantProblems(CaseObservation.Participant applicant) {
        List<String> problems = new ArrayList<>();
        if (!ObservationForm.wellFormedIin(applicant.iin())) {
            problems.add("iin: exactly 12 digits");
        }
        if (applicant.fullName().isBlank() || applicant.fullName().length() > 200) {
            problems.add("fullName: 1 to 200 characters");
        }
        String email = applicant.email().strip();
        if (email.length() > 254 || email.indexOf('@') < 1 || email.indexOf('@') != email.lastIndexOf('@')) {
            problems.add("email: an e-mail address");
        }
        if (applicant.representedBin() != null && !ObservationForm.wellFormedIin(applicant.representedBin())) {
            problems.add("representedBin: exactly 12 digits");
        }
        return problems;
    }

    /** Blocks (or unblocks) a document of the case from being shown in observation. */
    public synchronized void block(String caseNumber, String documentId, boolean blocked) {
        ObservedCaseRecord record = observed(caseNumber);
        boolean known = record.filings().stream()
                        .anyMatch(l -> cases.document(l.filingId(), documentId).isPresent())
                || record.scans().stream().anyMatch(s -> s.document().actId().equals(documentId));
        if (!known) {
            throw ProblemException.notFound("no such document in the case");
        }
        files.observed.put(record.withBlocked(documentId, blocked));
    }

    /**
     * Moves a finished case to the court's archive («оконченные дела, по которым завершено судебное разбирательство»,
     * the ЭНП guide): every filing of the case, at every instance, closed. It stays observable and searchable as
     * archived; archiving it again changes nothing.
     *
     * @throws ProblemException 404 no such case; 409 {@code case_not_finished} a filing of it is not closed
     */
    public synchronized void archive(String caseNumber) {
        ObservedCaseRecord record = observed(caseNumber);
        if (record.archivedAt() != null) {
            return;
        }
        for (LinkRecord link : record.filings()) {
            String state =
                    store.filing(link.filingId()).map(f -> f.current().state()).orElse("?");
            if (!FilingState.CLOSED.name().equals(state)) {
                throw new ProblemException(
                        409,
                        "case_not_finished",
                        "the case " + record.caseNumber() + " is not finished: its filing at the " + link.instance()
                                + " instance is " + state);
            }
        }
        files.observed.put(record.archived(clock.instant().toString()));
    }

    /** The largest scan of an archived case's document. */
    static final long MAX_SCAN_BYTES = CaseDesk.MAX_ACT_BYTES;

    /**
     * Attaches the scan of a document to an archived case (its bytes streamed into the blob store): listed, oldest
     * first among the case's acts by the date the document bears, to the participants whose category may see its
     * kind, and blocked like any other document.
     *
     * @throws ProblemException 404 no such case; 409 {@code case_not_archived}; 413 larger than {@link
     *     #MAX_SCAN_BYTES}; 422 {@code scan_not_pdf} the bytes are not a PDF, or a field is malformed; 400 {@code
     *     file_name_invalid} a file name the one file-name rule of a document refuses
     */
    public synchronized JudicialAct attachScan(
            String caseNumber,
            JudicialActKind kind,
            String title,
            String fileName,
            LocalDate date,
            CourtInstance instance,
            InputStream content)
            throws IOException {
        CourtApi.checkFileName("fileName", fileName, Messages.DEFAULT);
        ObservedCaseRecord record = observed(caseNumber);
        if (record.archivedAt() == null) {
            throw new ProblemException(
                    409, "case_not_archived", "the case " + record.caseNumber() + " is not archived: archive it first");
        }
        if (title.isBlank() || title.length() > 500 || fileName.isBlank() || fileName.length() > 255) {
            throw new ProblemException(422, "bad_request", "title is 1 to 500 characters, fileName 1 to 255");
        }
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(content);
        in.mark(8);
        byte[] head = in.readNBytes(5);
        in.reset();
        if (!java.util.Arrays.equals(head, PDF_MAGIC)) {
            throw new ProblemException(422, "scan_not_pdf", "a scan is a PDF file (it starts with %PDF-)");
        }
        BlobStore.Stored stored;
        try {
            stored = store.blobs().store(in, MAX_SCAN_BYTES);
        } catch (BlobStore.TooLargeException e) {
            throw new ProblemException(413, "payload_too_large", "a scan has at most " + MAX_SCAN_BYTES + " bytes");
        }
        ActRecord document = new ActRecord(
                "SCAN-" + UUID.randomUUID(),
                kind.name(),
                title.strip(),
                fileName.strip(),
                "application/pdf",
                stored.size(),
                stored.sha256(),
                date.atStartOfDay(ValidationOptions.COURT_ZONE).toInstant().toString());
        files.observed.put(record.plusScan(new ScanRecord(document, instance.name())));
        return CaseDesk.act(document);
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** The audit history, oldest first: of one case, of one IIN, or all when both are null. */
    public List<AuditRecord> audit(@Nullable String caseNumber, @Nullable String iin) {
        return files.audit.all().stream()
                .filter(a -> caseNumber == null || caseNumber.equals(a.caseNumber()))
                .filter(a -> iin == null || iin.equals(a.iin()))
                .sorted(Comparator.comparing((AuditRecord a) -> Instant.parse(a.at()))
                        .thenComparingLong(AuditRecord::sequence))
                .toList();
    }

    // The participant's side

    /**
     * A participant's view of the case their IIN and password open.
     *
     * @throws ProblemException 400 a malformed IIN; 401 no case answers the pair (the same whether the IIN is known or
     *     not); 429 too many wrong passwords for the IIN or from the address
     */
    public ObservedCaseView observe(ObservationForm form, String address, Locale locale) {
        String iin = form.iin();
        String password = form.password();
        if (iin == null || !ObservationForm.wellFormedIin(iin)) {
            throw ProblemException.badRequest("invalid_iin", "the IIN is exactly 12 digits");
        }
        if (password == null || password.isEmpty() || password.length() > 64) {
            throw ProblemException.badRequest("invalid_password", "the access password is 1 to 64 characters");
        }
        AccessGrantRecord grant;
        synchronized (this) {
            Instant now = clock.instant();
            Instant until = later(lockedUntil.get("iin:" + iin), lockedUntil.get("address:" + address));
            if (until != null && now.isBefore(until)) {
                audit("OBSERVE_LOCKED", iin, null, null, address);
                throw locked(until, now);
            }
            byte[] digest = HexFormat.of().parseHex(sha256(password));
            grant = files.grants.all().stream()
                    .filter(g -> MessageDigest.isEqual(HexFormat.of().parseHex(g.passwordSha256()), digest))
                    .filter(g -> g.iin().equals(iin))
                    .findFirst()
                    .orElse(null);
            if (grant == null) {
                audit("OBSERVE_DENIED", iin, null, null, address);
                Instant lock = failed("iin:" + iin, now);
                Instant byAddress = failed("address:" + address, now);
                if (lock != null) {
                    audit("LOCKED_OUT_IIN", iin, null, null, address);
                }
                if (byAddress != null) {
                    audit("LOCKED_OUT_ADDRESS", iin, null, null, address);
                }
                throw ProblemException.unauthorized(
                        "observation_denied", "no case answers this IIN and access password");
            }
            failures.remove("iin:" + iin);
            audit("OBSERVE", iin, grant.caseNumber(), null, address);
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = clock.instant().plus(ACCESS_TTL);
        tokens.values().removeIf(a -> !clock.instant().isBefore(a.expiresAt()));
        tokens.put(token, new Access(grant.grantId(), expires));
        return view(grant, token, expires, locale);
    }

    /** A document of the case the token opens, if the participant may see it; audited either way. */
    public ActRecord document(String token, String documentId, String address) {
        Access access = tokens.get(token);
        if (access == null || !clock.instant().isBefore(access.expiresAt())) {
            throw ProblemException.unauthorized("observation_token", "the access token is unknown or expired");
        }
        AccessGrantRecord grant = files.grants.get(access.grantId()).orElseThrow();
        ObservedCaseRecord record = observed(grant.caseNumber());
        Optional<ActRecord> act = visibleActs(record, grant).stream()
                .map(Visible::act)
                .filter(a -> a.actId().equals(documentId))
                .findFirst();
        if (act.isEmpty()) {
            audit("DOWNLOAD_REFUSED", grant.iin(), grant.caseNumber(), documentId, address);
            throw ProblemException.notFound("no such document in the case");
        }
        audit("DOWNLOAD", grant.iin(), grant.caseNumber(), documentId, address);
        return act.get();
    }

    public InputStream open(ActRecord act) throws IOException {
        return store.blobs().open(act.sha256());
    }

    /**
     * The public case search, audited under the searcher's IIN when a signed-in account searches ({@code searcher}),
     * under the address alone otherwise.
     *
     * @return the matching cases oldest first, or the challenge the address must answer first
     * @throws ProblemException 400 no criterion that narrows the search, or a malformed one
     */
    public SearchThrottle.Verdict search(
            CaseSearchForm form, @Nullable String searcher, String address, Locale locale, List<CaseSummary> out) {
        String name =
                form.participantName() == null ? null : form.participantName().strip();
        String id = form.participantId() == null ? null : form.participantId().strip();
        String number = form.caseNumber() == null ? null : form.caseNumber().strip();
        if (isBlank(name) && isBlank(id) && isBlank(number)) {
            throw ProblemException.badRequest(
                    "search_too_broad", "name a case number, a participant's IIN or BIN, or a participant's name");
        }
        if (!isBlank(name) && (name.codePoints().filter(Character::isLetter).count() < 3 || name.length() > 200)) {
            throw ProblemException.badRequest("invalid_name", "a participant's name has 3 to 200 characters");
        }
        if (!isBlank(id) && !ObservationForm.wellFormedIin(id)) {
            throw ProblemException.badRequest("invalid_id", "an IIN or BIN is exactly 12 digits");
        }
        if (form.courtCode() != null && !form.courtCode().matches("[0-9]{4}")) {
            throw ProblemException.badRequest("invalid_court", "a court code is 4 digits");
        }
        if (form.year() != null && (form.year() < 1990 || form.year() > 2100)) {
            throw ProblemException.badRequest("invalid_year", "a registration year is 1990 to 2100");
        }
        SearchThrottle.Verdict verdict = throttle.admit(address, form.challengeId(), form.challengeAnswer());
        if (verdict instanceof SearchThrottle.Challenged) {
            audit("SEARCH_CHALLENGED", searcher, null, null, address);
            return verdict;
        }
        audit("SEARCH", searcher, number != null && CaseNumber.isValid(number) ? number : null, null, address);
        String lowerName = isBlank(name) ? null : name.toLowerCase(Locale.ROOT);
        List<AccessGrantRecord> grants = files.grants.all();
        files.observed.all().stream()
                .filter(c ->
                        number == null || number.isEmpty() || c.caseNumber().equalsIgnoreCase(number))
                .filter(c -> form.courtCode() == null || c.courtCode().equals(form.courtCode()))
                .filter(c -> form.region() == null
                        || courts.find(c.courtCode()).map(Court::region).orElse(null) == form.region())
                .filter(c ->
                        form.year() == null || LocalDate.parse(c.registeredOn()).getYear() == form.year())
                .filter(c -> form.archived() == null || form.archived() == (c.archivedAt() != null))
                .filter(c -> isBlank(id) || identities(c, grants).contains(id))
                .filter(c -> lowerName == null
                        || names(c, grants).stream()
                                .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(lowerName)))
                .sorted(Comparator.comparing(ObservedCaseRecord::registeredOn)
                        .thenComparing(ObservedCaseRecord::caseNumber))
                .limit(MAX_RESULTS)
                .forEach(c -> out.add(summary(c, locale)));
        return verdict;
    }

    // The list of previously viewed cases

    /** The most cases an account's list of previously viewed cases keeps; the oldest view goes first. */
    static final int MAX_VIEWED = 50;

    /**
     * Remembers that the cabinet account {@code userId} opened the case: first in its list, once (a case opened again
     * moves up), the list bounded to {@link #MAX_VIEWED}.
     */
    public synchronized void viewed(String userId, String caseNumber) {
        List<ViewRecord> next = new ArrayList<>();
        next.add(new ViewRecord(caseNumber, clock.instant().toString()));
        files.viewed.get(userId).ifPresent(r -> r.views().stream()
                .filter(v -> !v.caseNumber().equals(caseNumber))
                .limit(MAX_VIEWED - 1L)
                .forEach(next::add));
        files.viewed.put(new ViewedCasesRecord(userId, next));
    }

    /**
     * «Просмотренные дела»: the cases the account opened through case search or observation, the most recently opened
     * first (the seed gives no order; a user looks for the case they just saw), each once.
     */
    public List<ViewedCase> viewedCases(String userId, Locale locale) {
        List<ViewedCase> out = new ArrayList<>();
        for (ViewRecord v :
                files.viewed.get(userId).map(ViewedCasesRecord::views).orElse(List.of())) {
            files.observed
                    .get(CaseFiles.observedKey(v.caseNumber()))
                    .ifPresent(c -> out.add(new ViewedCase(summary(c, locale), Instant.parse(v.at()))));
        }
        return out;
    }

    // Notices

    @Override
    public void event(FilingRecord filing, CaseEvent event) {
        notice(
                filing,
                null,
                "Новое событие: " + event.kind().nameRu() + ". " + event.text(),
                "Жаңа оқиға: " + event.kind().nameRu() + ". " + event.text());
    }

    @Override
    public void act(FilingRecord filing, JudicialAct act) {
        notice(
                filing,
                act,
                "Новый документ: " + act.kind().nameRu() + " «" + act.title() + "»",
                "Жаңа құжат: «" + act.title() + "»");
    }

    /**
     * E-mails every participant holding a password to a case the filing belongs to; of a new act, only those whose
     * category may see it.
     */
    private void notice(FilingRecord filing, @Nullable JudicialAct act, String ru, String kk) {
        for (ObservedCaseRecord record : files.observed.all()) {
            if (record.filings().stream().noneMatch(l -> l.filingId().equals(filing.filingId()))) {
                continue;
            }
            ProceedingsForm form = ProceedingsForm.valueOf(record.form());
            for (AccessGrantRecord grant : files.grants.all()) {
                if (!grant.caseNumber().equals(record.caseNumber())) {
                    continue;
                }
                if (act != null && !rules.allows(form, ParticipantCategory.valueOf(grant.category()), act.kind())) {
                    continue;
                }
                files.emails.put(new EmailRecord(
                        "M-" + UUID.randomUUID(),
                        grant.email(),
                        "ЭНП: дело № " + record.caseNumber() + " / № " + record.caseNumber() + " іс",
                        ru + "\nДело № " + record.caseNumber() + ".\n\n" + kk + "\n№ " + record.caseNumber() + " іс.\n",
                        clock.instant().toString(),
                        null));
            }
        }
    }

    // Views

    private record Visible(ActRecord act, CourtInstance instance, boolean scan) {}

    private List<Visible> visibleActs(ObservedCaseRecord record, AccessGrantRecord grant) {
        ProceedingsForm form = ProceedingsForm.valueOf(record.form());
        ParticipantCategory category = ParticipantCategory.valueOf(grant.category());
        List<Visible> out = new ArrayList<>();
        for (LinkRecord link : record.filings()) {
            CourtInstance instance = CourtInstance.valueOf(link.instance());
            cases.file(link.filingId()).ifPresent(file -> {
                for (ActRecord act : file.acts()) {
                    if (!record.blocked().contains(act.actId())
                            && rules.allows(
                                    form, category, kz.officesud.core.model.JudicialActKind.valueOf(act.kind()))) {
                        out.add(new Visible(act, instance, false));
                    }
                }
            });
        }
        for (ScanRecord scan : record.scans()) {
            ActRecord act = scan.document();
            if (!record.blocked().contains(act.actId())
                    && rules.allows(form, category, kz.officesud.core.model.JudicialActKind.valueOf(act.kind()))) {
                out.add(new Visible(act, CourtInstance.valueOf(scan.instance()), true));
            }
        }
        // oldest first across all instances; the court's own order breaks ties
        out.sort(Comparator.comparing(v -> Instant.parse(v.act().issuedAt())));
        return out;
    }

    private ObservedCaseView view(AccessGrantRecord grant, String token, Instant expires, Locale locale) {
        ObservedCaseRecord record = observed(grant.caseNumber());
        Court court = courts.byCode(record.courtCode());
        List<CaseTimelineEntry> timeline = new ArrayList<>();
        for (LinkRecord link : record.filings()) {
            CourtInstance instance = CourtInstance.valueOf(link.instance());
            for (CaseEvent e : cases.events(link.filingId())) {
                timeline.add(new CaseTimelineEntry(e.at(), instance, e.kind(), e.text(), e.hearingAt()));
            }
        }
        timeline.sort(Comparator.comparing(CaseTimelineEntry::at));
        List<CaseDocumentView> documents = new ArrayList<>();
        for (Visible v : visibleActs(record, grant)) {
            JudicialAct act = CaseDesk.act(v.act());
            documents.add(new CaseDocumentView(
                    act.actId(),
                    act.kind(),
                    act.title(),
                    act.fileName(),
                    act.mediaType(),
                    act.size(),
                    act.sha256(),
                    act.issuedAt(),
                    v.instance(),
                    v.scan()));
        }
        List<CaseParticipantView> participants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AccessGrantRecord g : files.grants.all()) {
            if (g.caseNumber().equals(record.caseNumber()) && seen.add(g.category() + "\n" + participantName(g))) {
                participants.add(
                        new CaseParticipantView(ParticipantCategory.valueOf(g.category()), participantName(g)));
            }
        }
        participants.sort(Comparator.comparing(CaseParticipantView::category));
        return new ObservedCaseView(
                record.caseNumber(),
                LocalDate.parse(record.registeredOn()),
                ProceedingsForm.valueOf(record.form()),
                court.region(),
                court.code(),
                courtName(court, locale),
                record.archivedAt() != null,
                ParticipantCategory.valueOf(grant.category()),
                participants,
                timeline,
                documents,
                token,
                expires);
    }

    private static String participantName(AccessGrantRecord g) {
        return g.representedName() == null ? g.fullName() : g.representedName() + " (" + g.fullName() + ")";
    }

    private CaseSummary summary(ObservedCaseRecord record, Locale locale) {
        Court court = courts.byCode(record.courtCode());
        return new CaseSummary(
                record.caseNumber(),
                court.code(),
                courtName(court, locale),
                court.region(),
                ProceedingsForm.valueOf(record.form()),
                LocalDate.parse(record.registeredOn()),
                record.archivedAt() != null);
    }

    private static String courtName(Court court, Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> court.nameKk() == null || court.nameKk().isBlank() ? court.nameRu() : court.nameKk();
            case "en" -> court.nameEn() == null ? court.nameRu() : court.nameEn();
            default -> court.nameRu();
        };
    }

    private List<String> parties(ObservedCaseRecord record) {
        Set<String> names = new LinkedHashSet<>();
        for (LinkRecord link : record.filings()) {
            store.filing(link.filingId()).ifPresent(f -> names.add(f.talon().senderName()));
        }
        for (AccessGrantRecord g : files.grants.all()) {
            if (g.caseNumber().equals(record.caseNumber())) {
                names.add(participantName(g));
            }
        }
        return new ArrayList<>(names);
    }

    private Set<String> identities(ObservedCaseRecord record, List<AccessGrantRecord> grants) {
        Set<String> ids = new LinkedHashSet<>();
        for (LinkRecord link : record.filings()) {
            store.filing(link.filingId()).ifPresent(f -> {
                ids.add(f.talon().senderIin());
                if (f.talon().senderBin() != null) {
                    ids.add(f.talon().senderBin());
                }
            });
        }
        for (AccessGrantRecord g : grants) {
            if (g.caseNumber().equals(record.caseNumber())) {
                ids.add(g.iin());
                if (g.representedBin() != null) {
                    ids.add(g.representedBin());
                }
            }
        }
        return ids;
    }

    private List<String> names(ObservedCaseRecord record, List<AccessGrantRecord> grants) {
        List<String> names = new ArrayList<>(parties(record));
        for (AccessGrantRecord g : grants) {
            if (g.caseNumber().equals(record.caseNumber()) && g.representedName() != null) {
                names.add(g.representedName());
            }
        }
        return names;
    }

    // Helpers

    private ObservedCaseRecord observed(String caseNumber) {
        return files.observed
                .get(CaseFiles.observedKey(parseCaseNumber(caseNumber).format()))
                .orElseThrow(() -> ProblemException.notFound("no such case open to observation"));
    }

    private static CaseNumber parseCaseNumber(String caseNumber) {
        try {
            return CaseNumber.parse(caseNumber);
        } catch (RuntimeException e) {
            throw new ProblemException(422, "invalid_case_number", "not a case number: " + e.getMessage());
        }
    }

    /** Today in Kazakhstan on the court clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ValidationOptions.COURT_ZONE);
    }

    private void audit(
            String action,
            @Nullable String iin,
            @Nullable String caseNumber,
            @Nullable String documentId,
            String address) {
        files.audit.put(new AuditRecord(
                "A-" + UUID.randomUUID(),
                sequence.incrementAndGet(),
                clock.instant().toString(),
                action,
                iin,
                caseNumber,
                documentId,
                address));
    }

    /** Counts a failure; returns the end of the lock it starts, if it starts one. */
    private @Nullable Instant failed(String key, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(FAILURE_WINDOW))) {
            recent.removeFirst();
        }
        recent.addLast(now);
        if (recent.size() >= MAX_FAILURES) {
            recent.clear();
            Instant until = now.plus(LOCK);
            lockedUntil.put(key, until);
            return until;
        }
        return null;
    }

    private static ProblemException locked(Instant until, Instant now) {
        long seconds = Math.max(1, Duration.between(now, until).toSeconds());
        return new ProblemException(
                429,
                "observation_locked",
                "too many wrong access passwords: try again later",
                List.of(),
                Map.of("Retry-After", Long.toString(seconds)));
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }
}
