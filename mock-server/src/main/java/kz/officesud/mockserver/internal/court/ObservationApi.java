package kz.officesud.mockserver.internal.court;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.CaseSearchForm;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.ObservationForm;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.mockserver.AccessAuditEntry;
import kz.officesud.mockserver.CaseObservation;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AuditRecord;
import kz.officesud.mockserver.internal.casefile.Records.ActRecord;
import kz.officesud.mockserver.internal.http.ApiHandler;
import kz.officesud.mockserver.internal.http.Messages;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import kz.officesud.mockserver.internal.http.Response;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;

/**
 * The routes of case search and case observation (ЭНП): the public search, a participant's view by IIN and access
 * password and its downloads, and the office's hand — opening a case to observation, issuing passwords with their card,
 * blocking documents, archiving, and the audit history.
 */
public final class ObservationApi {
    private final ObservationDesk desk;
    private final ObjectMapper mapper;
    private final CourtApi accounts;

    /** The routes over {@code desk}; {@code accounts} tells the cabinet account behind a bearer token. */
    public ObservationApi(ObservationDesk desk, ObjectMapper mapper, CourtApi accounts) {
        this.desk = desk;
        this.mapper = mapper;
        this.accounts = accounts;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", CourtApi.BASE + "/case-searches", this::search),
                new Route("GET", CourtApi.BASE + "/viewed-cases", this::viewedCases),
                new Route("POST", CourtApi.BASE + "/observations", this::observe),
                new Route("GET", CourtApi.BASE + "/observations/documents/{documentId}", this::download),
                new Route("POST", "/__admin/observed-cases", this::openCase),
                new Route("POST", "/__admin/access-grants", this::grant),
                new Route("POST", "/__admin/blocked-documents", this::block),
                new Route("POST", "/__admin/archived-cases", this::archive),
                new Route("POST", "/__admin/archived-cases/scans", this::attachScan),
                new Route("GET", "/__admin/access-audit", this::audit),
                new Route("POST", CourtApi.BASE + "/access-requests", this::submitRequest),
                new Route("GET", "/__admin/access-requests", this::requests),
                new Route("POST", "/__admin/access-requests/{requestId}/approval", this::approve),
                new Route("POST", "/__admin/access-requests/{requestId}/refusal", this::refuse));
    }

    // Public

    /**
     * The signed-in cabinet account of a public request, if it names one: none without a bearer token; a token that is
     * unknown or expired is 401, so that a client that believes itself signed in learns it is not.
     */
    private @Nullable UserRecord account(Request request) {
        return request.bearerToken().isPresent() ? accounts.authenticate(request) : null;
    }

    private Response viewedCases(Request request) {
        UserRecord user = accounts.authenticate(request);
        return Response.json(200, desk.viewedCases(user.userId(), request.locale()));
    }

    private Response search(Request request) throws IOException {
        UserRecord account = account(request);
        CaseSearchForm form = request.json(CaseSearchForm.class);
        List<CaseSummary> found = new ArrayList<>();
        SearchThrottle.Verdict verdict = desk.search(
                form, account == null ? null : account.iin(), request.remoteAddress(), request.locale(), found);
        if (verdict instanceof SearchThrottle.Challenged challenged) {
            // an RFC 9457 problem with the extension member "challenge"
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:officesud:problem:challenge_required");
            problem.put("title", Messages.text(request.locale(), "problem.challenge_required"));
            problem.put("status", 429);
            problem.put("detail", "too many searches from this address: answer the challenge and search again");
            problem.put("instance", request.path());
            problem.put("code", "challenge_required");
            problem.put("requestId", request.requestId());
            problem.put("challenge", challenged.challenge());
            return Response.bytes(429, ApiHandler.PROBLEM_JSON, bytes(problem));
        }
        if (account != null && form.caseNumber() != null && !form.caseNumber().isBlank()) {
            // a case looked up by its number is a case the user opened; a list of a participant's cases is not
            found.forEach(c -> desk.viewed(account.userId(), c.caseNumber()));
        }
        return Response.json(200, found);
    }

    private Response observe(Request request) throws IOException {
        UserRecord account = account(request);
        ObservationForm form = request.json(ObservationForm.class);
        ObservedCaseView observed = desk.observe(form, request.remoteAddress(), request.locale());
        if (account != null) {
            desk.viewed(account.userId(), observed.caseNumber());
        }
        return Response.json(200, observed).header("Cache-Control", "no-store");
    }

    private Response download(Request request) throws IOException {
        String token = request.bearerToken()
                .orElseThrow(() -> ProblemException.unauthorized(
                        "observation_token", "the access token of an observation is required"));
        ActRecord act = desk.document(token, request.param("documentId"), request.remoteAddress());
        // streamed from the blob store with its length known: never held whole in memory
        return Response.stream(200, act.mediaType(), act.size(), () -> desk.open(act))
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(act.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Cache-Control", "no-store");
    }

    // The office's hand (control)

    /**
     * A case opened to observation, or a filing of it heard at another instance.
     *
     * @param caseNumber the case number
     * @param filingId the filing
     * @param form the form of proceedings
     * @param instance the instance the filing is heard at
     */
    public record ObservedCaseForm(
            @Nullable String caseNumber,
            @Nullable String filingId,
            @Nullable ProceedingsForm form,
            @Nullable CourtInstance instance) {}

    private Response openCase(Request request) throws IOException {
        ObservedCaseForm form = request.json(ObservedCaseForm.class);
        if (form.caseNumber() == null || form.filingId() == null || form.form() == null || form.instance() == null) {
            throw ProblemException.badRequest("bad_request", "caseNumber, filingId, form and instance are required");
        }
        return Response.json(
                201, desk.openCase(form.caseNumber(), form.filingId(), form.form(), form.instance(), request.locale()));
    }

    /**
     * A participant's application for an access password, as the office records it.
     *
     * @param caseNumber the case
     * @param iin the participant's IIN (for a legal entity, its representative's)
     * @param fullName the participant's full name
     * @param category the participant's category
     * @param requestedOn the date of the application
     * @param email where the court's notices go
     * @param representedBin the BIN of the legal entity represented
     * @param representedName the name of the legal entity represented
     */
    public record AccessGrantForm(
            @Nullable String caseNumber,
            @Nullable String iin,
            @Nullable String fullName,
            @Nullable ParticipantCategory category,
            @Nullable LocalDate requestedOn,
            @Nullable String email,
            @Nullable String representedBin,
            @Nullable String representedName) {}

    /**
     * An issued access password: shown here and on the card once; the court keeps only its digest.
     *
     * @param grantId the grant's id
     * @param caseNumber the case
     * @param category the participant's category
     * @param issuedAt when
     * @param password the access password
     * @param card the password card, a 10 × 15 cm PDF, base64
     */
    public record AccessGrantIssued(
            String grantId,
            String caseNumber,
            ParticipantCategory category,
            Instant issuedAt,
            String password,
            byte[] card) {
        @Override
        public String toString() {
            return "AccessGrantIssued[" + grantId + ", " + caseNumber + ", password=***]";
        }
    }

    private Response grant(Request request) throws IOException {
        AccessGrantForm form = request.json(AccessGrantForm.class);
        if (form.caseNumber() == null
                || form.iin() == null
                || form.fullName() == null
                || form.category() == null
                || form.email() == null) {
            throw ProblemException.badRequest(
                    "bad_request", "caseNumber, iin, fullName, category and email are required");
        }
        ObservationDesk.Issued issued = desk.grant(
                form.caseNumber(),
                new CaseObservation.Participant(
                        form.iin(),
                        form.fullName(),
                        form.category(),
                        form.requestedOn() == null ? desk.today() : form.requestedOn(),
                        form.email(),
                        form.representedBin(),
                        form.representedName()));
        return Response.json(201, issued(issued)).header("Cache-Control", "no-store");
    }

    public static AccessGrantIssued issued(ObservationDesk.Issued issued) {
        return new AccessGrantIssued(
                issued.grant().grantId(),
                issued.grant().caseNumber(),
                ParticipantCategory.valueOf(issued.grant().category()),
                Instant.parse(issued.grant().issuedAt()),
                issued.password(),
                issued.card());
    }

    /**
     * Blocks a document of a case from being shown in observation, or lifts the block.
     *
     * @param caseNumber the case
     * @param documentId the document
     * @param blocked true to block, false to show again
     */
    public record BlockForm(@Nullable String caseNumber, @Nullable String documentId, @Nullable Boolean blocked) {}

    private Response block(Request request) throws IOException {
        BlockForm form = request.json(BlockForm.class);
        if (form.caseNumber() == null || form.documentId() == null) {
            throw ProblemException.badRequest("bad_request", "caseNumber and documentId are required");
        }
        desk.block(form.caseNumber(), form.documentId(), form.blocked() == null || form.blocked());
        return Response.empty(204);
    }

    /**
     * A finished case moved to the court's archive.
     *
     * @param caseNumber the case
     */
    public record ArchiveForm(@Nullable String caseNumber) {}

    private Response archive(Request request) throws IOException {
        ArchiveForm form = request.json(ArchiveForm.class);
        if (form.caseNumber() == null) {
            throw ProblemException.badRequest("bad_request", "caseNumber is required");
        }
        desk.archive(form.caseNumber());
        return Response.empty(204);
    }

    /**
     * The scan of a paper document of an archived case.
     *
     * @param caseNumber the archived case
     * @param kind the kind of act or document scanned
     * @param title its name
     * @param fileName the scan's file name
     * @param date the date the document bears
     * @param instance the instance whose file it belongs to
     * @param content the scan, a PDF, base64
     */
    public record ScanForm(
            @Nullable String caseNumber,
            @Nullable JudicialActKind kind,
            @Nullable String title,
            @Nullable String fileName,
            @Nullable LocalDate date,
            @Nullable CourtInstance instance,
            @Nullable String content) {}

    private Response attachScan(Request request) throws IOException {
        ScanForm form = request.json(ScanForm.class);
        if (form.caseNumber() == null
                || form.kind() == null
                || form.title() == null
                || form.fileName() == null
                || form.date() == null
                || form.instance() == null
                || form.content() == null) {
            throw ProblemException.badRequest(
                    "bad_request",
                    "caseNumber, kind, title, fileName, date, instance and content (base64) are required");
        }
        CourtApi.checkFileName("fileName", form.fileName(), request.locale());
        byte[] content = Registrar.decodeBase64(form.content());
        if (content == null) {
            throw ProblemException.badRequest("bad_request", "content is not base64");
        }
        return Response.json(
                201,
                desk.attachScan(
                        form.caseNumber(),
                        form.kind(),
                        form.title(),
                        form.fileName(),
                        form.date(),
                        form.instance(),
                        new ByteArrayInputStream(content)));
    }

    private Response audit(Request request) {
        return Response.json(
                200,
                desk
                        .audit(
                                request.query("caseNumber").orElse(null),
                                request.query("iin").orElse(null))
                        .stream()
                        .map(ObservationApi::entry)
                        .toList());
    }

    private Response submitRequest(Request request) throws IOException {
        return Response.json(201, desk.submit(request.json(AccessRequestForm.class)));
    }

    private Response requests(Request request) {
        boolean pending = request.query("pending").map("true"::equalsIgnoreCase).orElse(false);
        return Response.json(200, desk.requests(pending));
    }

    private Response approve(Request request) {
        return Response.json(200, issued(desk.approve(request.param("requestId"))))
                .header("Cache-Control", "no-store");
    }

    /**
     * Why the office refuses an online request.
     *
     * @param reason the reason, told to the participant
     */
    public record RequestRefusalForm(@Nullable String reason) {}

    private Response refuse(Request request) throws IOException {
        RequestRefusalForm form = request.json(RequestRefusalForm.class);
        if (form.reason() == null || form.reason().isBlank() || form.reason().length() > 1000) {
            throw ProblemException.badRequest("bad_request", "reason is required (1 to 1000 characters)");
        }
        return Response.json(
                200, desk.refuse(request.param("requestId"), form.reason().strip()));
    }

    public static AccessAuditEntry entry(AuditRecord a) {
        return new AccessAuditEntry(
                Instant.parse(a.at()), a.action(), a.iin(), a.caseNumber(), a.documentId(), a.address());
    }

    private byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
    }
}
