package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.FileNames;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.AccountView;
import kz.officesud.core.wire.ChallengeIssued;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.FilingView;
import kz.officesud.core.wire.LogInForm;
import kz.officesud.core.wire.RegistrationForm;
import kz.officesud.core.wire.SessionView;
import kz.officesud.core.wire.SignatureLogInForm;
import kz.officesud.core.wire.UploadView;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.auth.Challenges;
import kz.officesud.mockserver.internal.auth.Sessions;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import kz.officesud.mockserver.internal.http.Response;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.store.BlobStore;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.UploadRecord;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;

/** The routes of the court's HTTP API (base {@code /api/v1}); the control API is {@code ControlApi}'s. */
public final class CourtApi {
    public static final String BASE = "/api/v1";
    public static final String OPENAPI_RESOURCE = "/openapi/officesud-court.yaml";

    private final CourtStore store;
    private final Sessions sessions;
    private final Challenges challenges;
    private final Registrar registrar;
    private final FilingDesk desk;
    private final ClerkEngine clerk;
    private final TestUserFactory testUsers;
    private final CourtClock clock;
    private final long maxUploadBytes;
    private @Nullable FilingViews views;
    private @Nullable Retention retention;

    public CourtApi(
            CourtStore store,
            Sessions sessions,
            Challenges challenges,
            Registrar registrar,
            FilingDesk desk,
            ClerkEngine clerk,
            TestUserFactory testUsers,
            CourtClock clock,
            long maxUploadBytes) {
        this.store = store;
        this.sessions = sessions;
        this.challenges = challenges;
        this.registrar = registrar;
        this.desk = desk;
        this.clerk = clerk;
        this.testUsers = testUsers;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Connects «Мои дела»'s views of the registry and the retention of uploads. */
    public void connect(FilingViews views, Retention retention) {
        this.views = views;
        this.retention = retention;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", BASE + "/auth/challenges", this::issueChallenge),
                new Route("POST", BASE + "/users", this::register),
                new Route("POST", BASE + "/sessions", this::logIn),
                new Route("POST", BASE + "/sessions/signature", this::logInWithSignature),
                new Route("DELETE", BASE + "/sessions/current", this::logOut),
                new Route("POST", BASE + "/uploads", this::upload),
                new Route("POST", BASE + "/filings", this::file),
                new Route("GET", BASE + "/filings", this::myCases),
                new Route("GET", BASE + "/filings/{filingId}", this::filing),
                new Route("GET", BASE + "/filings/{filingId}/talon", this::talon),
                new Route("GET", BASE + "/openapi.yaml", this::openApi));
    }

    // Views: the wire types of kz.officesud.core.wire, made from stored records.

    static AccountView account(UserRecord user) {
        return new AccountView(
                user.userId(), user.login(), user.iin(), user.bin(), user.fullName(), user.organisation());
    }

    static UploadView upload(UploadRecord upload) {
        return new UploadView(upload.uploadId(), upload.fileName(), upload.mediaType(), upload.size(), upload.sha256());
    }

    // Authentication and registration

    private Response issueChallenge(Request request) {
        Challenges.Challenge challenge = challenges.issue();
        byte[] xml =
                kz.officesud.core.contract.SigningXml.logIn(challenge.id(), challenge.bytes(), challenge.expiresAt());
        return Response.json(
                201,
                new ChallengeIssued(
                        challenge.id(),
                        Base64.getEncoder().encodeToString(challenge.bytes()),
                        challenge.expiresAt(),
                        Base64.getEncoder().encodeToString(xml)));
    }

    private Response register(Request request) throws IOException {
        RegistrationForm form = request.json(RegistrationForm.class);
        UserRecord user = registrar.register(form, request.locale());
        return Response.json(201, account(user));
    }

    private Response logIn(Request request) throws IOException {
        LogInForm form = request.json(LogInForm.class);
        return session(registrar.logIn(form.login(), form.password()));
    }

    private Response logInWithSignature(Request request) throws IOException {
        SignatureLogInForm form = request.json(SignatureLogInForm.class);
        return session(registrar.logInWithSignature(form.challengeId(), form.signature(), form.signedXml()));
    }

    private Response session(UserRecord user) {
        Sessions.Issued issued = sessions.open(user.userId());
        return Response.json(
                201, new SessionView(issued.token(), issued.session().expiresAt(), account(user)));
    }

    private Response logOut(Request request) {
        authenticate(request);
        sessions.close(request.bearerToken().orElseThrow());
        return Response.empty(204);
    }

    /** The account behind the request's bearer token, or 401. */
    UserRecord authenticate(Request request) {
        String token = request.bearerToken()
                .orElseThrow(() -> ProblemException.unauthorized(
                        "unauthorized", "this resource needs 'Authorization: Bearer <token>'"));
        return sessions.find(token)
                .flatMap(session -> store.user(session.userId()))
                .orElseThrow(() ->
                        ProblemException.unauthorized("unauthorized", "the token is unknown or expired; log in again"));
    }

    // Uploads and filings

    private Response upload(Request request) throws IOException {
        UserRecord user = authenticate(request);
        String fileName = fileName(request.header("X-File-Name").orElse(null), request.locale());
        String mediaType = request.header("Content-Type")
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .filter(value -> !value.isEmpty())
                .orElse("application/octet-stream");
        if (request.header("Content-Encoding")
                .filter(coding -> !coding.isBlank() && !coding.trim().equalsIgnoreCase("identity"))
                .isPresent()) {
            // the bytes stored are the document's own: a coding the court would have to undo is refused, not kept
            throw new ProblemException(
                    415, "unsupported_media_type", "an upload is sent without a Content-Encoding (identity only)");
        }
        if (request.declaredLength() > maxUploadBytes) {
            throw tooLarge();
        }
        BlobStore.Stored stored;
        try {
            stored = store.blobs().store(request.body(), maxUploadBytes);
        } catch (BlobStore.TooLargeException e) {
            throw tooLarge();
        }
        UploadRecord upload = new UploadRecord(
                "UP-" + UUID.randomUUID(),
                user.userId(),
                fileName,
                mediaType,
                stored.size(),
                stored.sha256(),
                clock.instant().toString());
        store.addUpload(upload);
        if (retention != null) {
            retention.schedule(Instant.parse(upload.uploadedAt()));
        }
        return Response.json(201, upload(upload)).header("Location", BASE + "/uploads/" + upload.uploadId());
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                413,
                "payload_too_large",
                "an upload is at most " + maxUploadBytes + " bytes",
                List.of(),
                java.util.Map.of());
    }

    /**
     * The file name an upload is sent under ({@code X-File-Name}): percent-encoded UTF-8 (RFC 3986), optionally
     * prefixed {@code UTF-8''} (RFC 8187). Decoded strictly: a malformed escape, a raw byte outside printable ASCII,
     * or bytes that are not UTF-8 (overlong forms such as {@code %C0%AE}, encoded surrogates, truncated sequences)
     * are refused rather than read with replacement characters. The name then passes the one file-name rule of a
     * document ({@link FileNames}, which a filing's documents pass too): a name it refuses is a 400
     * {@code file_name_invalid} whose violation carries the rule's key and message.
     */
    static String fileName(@Nullable String header, Locale locale) {
        if (header == null || header.isBlank()) {
            throw ProblemException.badRequest("file_name_required", "the X-File-Name header is required");
        }
        String value = header.trim();
        if (value.regionMatches(true, 0, "UTF-8''", 0, 7)) {
            value = value.substring(7);
        }
        String name = percentDecoded(value);
        checkFileName("X-File-Name", name, locale);
        return name;
    }

    /**
     * Holds {@code name} (the file name of an upload, by {@code where}) to the one file-name rule of a document
     * ({@link FileNames}): 400 {@code file_name_invalid} with the rule's key and its message in {@code locale}.
     */
    public static void checkFileName(String where, String name, Locale locale) {
        Optional<String> key = FileNames.problem(name);
        if (key.isPresent()) {
            Violation violation = new Violation(
                    where, null, key.get(), java.util.Map.of("fileName", name, "max", FileNames.MAX_UTF8_BYTES));
            throw new ProblemException(
                    400,
                    "file_name_invalid",
                    where + " is not a file name every system can keep (" + key.get() + "); see 'violations'",
                    List.of(FilingDesk.problemViolation(where, violation, locale)),
                    java.util.Map.of());
        }
    }

    private static String percentDecoded(String value) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                int high = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
                int low = i + 2 < value.length() ? Character.digit(value.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw notPercentEncoded();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x20 && c < 0x7F || c == ' ') {
                bytes.write(c);
            } else {
                throw notPercentEncoded();
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw notPercentEncoded();
        }
    }

    private static ProblemException notPercentEncoded() {
        return ProblemException.badRequest("file_name_invalid", "X-File-Name is not percent-encoded UTF-8");
    }

    private Response file(Request request) throws IOException {
        UserRecord user = authenticate(request);
        FilingSubmission body = request.json(FilingSubmission.class);
        FilingDesk.Accepted accepted =
                desk.accept(user, request.header("Idempotency-Key").orElse(null), body, request.locale());
        FilingRecord filing = accepted.filing();
        return Response.json(accepted.created() ? 201 : 200, view(filing))
                .header("Location", BASE + "/filings/" + filing.filingId());
    }

    private Response myCases(Request request) {
        UserRecord user = authenticate(request);
        List<FilingView> views = new ArrayList<>();
        Optional<String> key = request.query("idempotencyKey");
        if (key.isPresent()) {
            // a client that lost the answer to a filing asks whether it arrived, by the key it was sent under
            store.filingByIdempotencyKey(user.userId(), key.get()).ifPresent(filing -> views.add(view(filing)));
            return Response.json(200, views);
        }
        for (FilingRecord filing : store.filingsOf(user.userId())) {
            views.add(view(filing));
        }
        return Response.json(200, views);
    }

    private Response filing(Request request) {
        return Response.json(200, view(ownFiling(request)));
    }

    private Response talon(Request request) {
        return Response.json(200, talonOf(ownFiling(request)));
    }

    FilingRecord ownFiling(Request request) {
        UserRecord user = authenticate(request);
        return store.filing(request.param("filingId"))
                .filter(filing -> filing.userId().equals(user.userId()))
                .orElseThrow(() -> ProblemException.notFound("no such filing among yours"));
    }

    private Response openApi(Request request) throws IOException {
        try (InputStream in = CourtApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw ProblemException.notFound("the OpenAPI description is not bundled");
            }
            return Response.bytes(200, "application/yaml; charset=utf-8", in.readAllBytes());
        }
    }

    // Mapping stored records to the SDK's types

    private Talon talonOf(FilingRecord filing) {
        return java.util.Objects.requireNonNull(views, "views").talon(filing);
    }

    private FilingView view(FilingRecord filing) {
        return java.util.Objects.requireNonNull(views, "views").view(filing);
    }
}
