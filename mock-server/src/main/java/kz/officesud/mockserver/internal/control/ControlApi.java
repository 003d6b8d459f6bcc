package kz.officesud.mockserver.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.mockserver.Clerk;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.CourtControl;
import kz.officesud.mockserver.CourtFault;
import kz.officesud.mockserver.CourtSnapshot;
import kz.officesud.mockserver.ReferenceCourtException;
import kz.officesud.mockserver.TestUser;
import kz.officesud.mockserver.internal.court.CourtPki;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import kz.officesud.mockserver.internal.http.Response;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.store.CourtState.RevocationRecord;
import kz.officesud.signing.revocation.RevocationReason;
import org.jspecify.annotations.Nullable;

/**
 * The control API ({@value #PREFIX}): {@link CourtControl} over HTTP, operation by operation, for a standalone
 * court and for {@code HttpCourtControl}. Every route passes the {@link ControlGuard} first. The JSON shapes are
 * written and read here, on both sides.
 */
public final class ControlApi {
    public static final String PREFIX = "/__admin";

    private final CourtControl control;
    private final CourtPki pki;
    private final BiFunction<TestUser, char[], byte[]> pkcs12;

    public ControlApi(CourtControl control, CourtPki pki, BiFunction<TestUser, char[], byte[]> pkcs12) {
        this.control = Objects.requireNonNull(control, "control");
        this.pki = Objects.requireNonNull(pki, "pki");
        this.pkcs12 = Objects.requireNonNull(pkcs12, "pkcs12");
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", PREFIX + "/health", request -> Response.json(200, control.health())),
                new Route("POST", PREFIX + "/reset", this::reset),
                new Route("GET", PREFIX + "/snapshot", this::snapshot),
                new Route("PUT", PREFIX + "/snapshot", this::restore),
                new Route("POST", PREFIX + "/seed", this::seed),
                new Route("GET", PREFIX + "/clock", request -> clock(control.now())),
                new Route("PUT", PREFIX + "/clock", this::setClock),
                new Route("POST", PREFIX + "/clock/advance", this::advanceClock),
                new Route("PUT", PREFIX + "/clerk/policy", this::clerkPolicy),
                new Route("POST", PREFIX + "/clerk/next", this::clerkNext),
                new Route("POST", PREFIX + "/clerk/run", this::runClerk),
                new Route("POST", PREFIX + "/filings/{filingId}/status", this::decide),
                new Route("GET", PREFIX + "/faults", request -> Response.json(200, faults(control.faults()))),
                new Route("POST", PREFIX + "/faults", this::inject),
                new Route("DELETE", PREFIX + "/faults", this::clearFaults),
                new Route("GET", PREFIX + "/journal", request -> Response.json(200, control.journal())),
                new Route("DELETE", PREFIX + "/journal", this::clearJournal),
                new Route("GET", PREFIX + "/outboxes/{outbox}", this::outbox),
                new Route("POST", PREFIX + "/test-users", this::createTestUser),
                new Route("GET", PREFIX + "/revocations", this::revocations),
                new Route("POST", PREFIX + "/revocations", this::revoke),
                new Route("DELETE", PREFIX + "/revocations/{serialNumber}", this::release));
    }

    // Every call into the control is through here: its refusals become problems.

    private interface Call<T> {
        T run();
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ReferenceCourtException e) {
            throw problem(e);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("bad_request", String.valueOf(e.getMessage()));
        }
    }

    private static ProblemException problem(ReferenceCourtException e) {
        String detail = String.valueOf(e.getMessage());
        return switch (e.reason()) {
            case INVALID -> ProblemException.badRequest("bad_request", detail);
            case NOT_FOUND -> ProblemException.notFound(detail);
            case CONFLICT -> new ProblemException(409, "invalid_transition", detail);
            case FAILED -> new ProblemException(500, "internal_error", detail);
        };
    }

    private Response reset(Request request) throws IOException {
        emptyOrObject(request);
        call(() -> {
            control.reset();
            return null;
        });
        return Response.empty(204);
    }

    private Response snapshot(Request request) {
        return Response.bytes(
                200, "application/json; charset=utf-8", call(control::snapshot).toJson());
    }

    private Response restore(Request request) throws IOException {
        return withSnapshot(request, control::restore);
    }

    private Response seed(Request request) throws IOException {
        return withSnapshot(request, control::seed);
    }

    /** Hands the body, a snapshot, to {@code use}; 204. */
    private static Response withSnapshot(Request request, java.util.function.Consumer<CourtSnapshot> use)
            throws IOException {
        byte[] body = request.bodyBytes(CourtSnapshot.MAX_BYTES);
        if (body.length == 0) {
            throw ProblemException.badRequest("malformed_json", "the request has no JSON body");
        }
        CourtSnapshot snapshot = CourtSnapshot.of(body);
        call(() -> {
            use.accept(snapshot);
            return null;
        });
        return Response.empty(204);
    }

    /** The clock's answer: the court time now, and the same in the court's zone. */
    public record ClockView(Instant now, OffsetDateTime localTime) {}

    private static Response clock(Instant now) {
        return Response.json(200, new ClockView(now, OffsetDateTime.ofInstant(now, CourtClock.KAZAKHSTAN)));
    }

    private Response setClock(Request request) throws IOException {
        JsonNode body = request.jsonTree();
        Instant instant = instant(body.path("now"));
        return clock(call(() -> control.setClock(instant)));
    }

    private Response advanceClock(Request request) throws IOException {
        JsonNode body = request.jsonTree();
        Instant now;
        if (body.has("workingDays") && body.has("duration")) {
            throw ProblemException.badRequest(
                    "bad_request", "give either {\"workingDays\": n} or {\"duration\": \"PT1H\"}, not both");
        }
        if (body.path("workingDays").isIntegralNumber()) {
            if (!body.path("workingDays").canConvertToInt()) {
                throw ProblemException.badRequest("bad_request", "workingDays is 0 to 10000");
            }
            int days = body.path("workingDays").intValue();
            now = call(() -> control.advanceWorkingDays(days));
        } else if (body.path("duration").isTextual()) {
            Duration duration = duration(body.path("duration").asText(), "duration");
            now = call(() -> control.advanceClock(duration));
        } else {
            throw ProblemException.badRequest("bad_request", "give {\"workingDays\": n} or {\"duration\": \"PT1H\"}");
        }
        return clock(now);
    }

    private Response clerkPolicy(Request request) throws IOException {
        String value = request.jsonTree().path("policy").asText("");
        Clerk.Policy policy;
        try {
            policy = Clerk.Policy.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("bad_request", "policy is IMMEDIATE, WITHIN_ONE_WORKING_DAY or MANUAL");
        }
        call(() -> {
            control.clerkPolicy(policy);
            return null;
        });
        return Response.json(200, control.health());
    }

    private Response clerkNext(Request request) throws IOException {
        JsonNode body = request.jsonTree();
        FilingStatus status = status(body);
        String note = note(body);
        call(() -> {
            control.clerkNext(status, note);
            return null;
        });
        return Response.empty(204);
    }

    /** What the clerk did. */
    public record ClerkRun(List<String> decided) {}

    private Response runClerk(Request request) throws IOException {
        emptyOrObject(request);
        List<FilingId> decided = call(control::runClerk);
        return Response.json(
                200, new ClerkRun(decided.stream().map(FilingId::value).toList()));
    }

    private Response decide(Request request) throws IOException {
        String filingId = request.param("filingId");
        JsonNode body = request.jsonTree();
        FilingStatus status = status(body);
        String note = note(body);
        FilingId id;
        try {
            id = FilingId.of(filingId);
        } catch (RuntimeException e) {
            throw ProblemException.notFound("no such filing");
        }
        call(() -> {
            control.decide(id, status, note);
            return null;
        });
        return Response.empty(204);
    }

    private Response inject(Request request) throws IOException {
        CourtFault fault = fault(request.jsonTree());
        call(() -> {
            control.inject(fault);
            return null;
        });
        return Response.json(201, fault(fault));
    }

    private Response clearFaults(Request request) {
        control.clearFaults();
        return Response.empty(204);
    }

    private Response clearJournal(Request request) {
        control.clearJournal();
        return Response.empty(204);
    }

    private Response outbox(Request request) {
        String name = request.param("outbox");
        return Response.json(200, call(() -> control.outbox(name)));
    }

    /** A test user as the control API hands it out: the account, its password, its key as PKCS#12. */
    public record TestUserView(
            String login,
            String password,
            String p12,
            String p12Password,
            String iin,
            @Nullable String bin,
            String name,
            @Nullable String organisation) {
        @Override
        public String toString() {
            return "TestUserView[" + login + "]";
        }
    }

    private Response createTestUser(Request request) throws IOException {
        String kind = request.jsonTree().path("kind").asText("individual");
        TestUser user =
                switch (kind.toLowerCase(Locale.ROOT).replace("_", "")) {
                    case "individual" -> call(control::newIndividual);
                    case "legalentity" -> call(control::newLegalEntity);
                    default ->
                        throw ProblemException.badRequest("bad_request", "kind is 'individual' or 'legalEntity'");
                };
        String p12Password = user.password();
        byte[] p12 = pkcs12.apply(user, p12Password.toCharArray());
        return Response.json(
                201,
                new TestUserView(
                        user.login(),
                        user.password(),
                        Base64.getEncoder().encodeToString(p12),
                        p12Password,
                        user.iin().value(),
                        user.bin() == null ? null : user.bin().value(),
                        user.name(),
                        user.organisation()));
    }

    /** A revocation as the control API answers it. */
    public record RevocationView(String serialNumber, String reason, Instant revokedAt, String subject) {}

    private static RevocationView view(RevocationRecord record) {
        X509Certificate certificate = CourtPki.parse(record.certificate());
        return new RevocationView(
                record.serialNumber(),
                CourtPki.camel(RevocationReason.valueOf(record.reason())),
                Instant.parse(record.revokedAt()),
                certificate.getSubjectX500Principal().getName());
    }

    private Response revocations(Request request) {
        return Response.json(
                200, pki.revocations().stream().map(ControlApi::view).toList());
    }

    /** The form: the serial number (hex) or the certificate (base64 DER), and a reason. */
    private Response revoke(Request request) throws IOException {
        JsonNode body = request.jsonTree();
        RevocationReason reason = call(() -> CourtPki.reason(body.path("reason").asText("unspecified")));
        X509Certificate certificate = body.path("certificate").isTextual()
                ? call(() -> CourtPki.parse(body.path("certificate").asText()))
                : known(body.path("serialNumber").asText(""));
        if (!pki.ownCertificate(certificate)) {
            throw ProblemException.badRequest("bad_request", "not a certificate of the court's test NCA");
        }
        call(() -> {
            control.revoke(certificate, reason);
            return null;
        });
        RevocationRecord record = pki.revocations().stream()
                .filter(one ->
                        one.serialNumber().equals(certificate.getSerialNumber().toString(16)))
                .findFirst()
                .orElseThrow();
        return Response.json(201, view(record));
    }

    private Response release(Request request) {
        X509Certificate certificate = known(request.param("serialNumber"));
        call(() -> {
            control.release(certificate);
            return null;
        });
        return Response.empty(204);
    }

    private X509Certificate known(String serialHex) {
        BigInteger serial;
        try {
            String hex = serialHex.trim().replace(":", "");
            if (hex.isEmpty() || hex.length() > 64) {
                throw new NumberFormatException();
            }
            serial = new BigInteger(hex, 16);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(
                    "bad_request", "give 'serialNumber' in hex (or 'certificate' in base64 DER)");
        }
        return pki.known(serial)
                .or(() -> pki.revokedBySerial(serial))
                .orElseThrow(() -> ProblemException.notFound(
                        "the court's test NCA issued no certificate the court knows with serial " + serial.toString(16)
                                + "; give 'certificate' instead"));
    }

    // Reading and writing the shapes (HttpCourtControl uses the same).

    private static void emptyOrObject(Request request) throws IOException {
        if (request.declaredLength() > 0) {
            request.jsonTree();
        }
    }

    static Instant instant(JsonNode node) {
        try {
            return Instant.parse(node.asText(""));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("bad_request", "'now' is an ISO-8601 instant, e.g. 2026-12-15T04:00:00Z");
        }
    }

    static Duration duration(String text, String field) {
        if (text.length() > 40) {
            throw ProblemException.badRequest("bad_request", "'" + field + "' is too long for a duration");
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ProblemException.badRequest("bad_request", "'" + field + "' is an ISO-8601 duration, e.g. PT1H");
        }
    }

    /** A status from {@code {"state": "REFUSED", "ground": "MISSING_ANNEX"}}. */
    public static FilingStatus status(JsonNode body) {
        try {
            FilingState state = FilingState.valueOf(body.path("state").asText(""));
            return state == FilingState.REFUSED
                    ? FilingStatus.refused(
                            RefusalGround.valueOf(body.path("ground").asText("")))
                    : FilingStatus.of(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "bad_request", "give a FilingState as 'state' (and a RefusalGround as 'ground' for REFUSED)");
        }
    }

    private static String note(JsonNode body) {
        String note = body.path("note").isTextual() ? body.path("note").asText() : "decided by the court";
        if (note.length() > 2000) {
            throw ProblemException.badRequest("bad_request", "a note is at most 2000 characters");
        }
        return note;
    }

    /** A status as {@code {"state", "ground", "note"}}. */
    public static ObjectNode status(FilingStatus status, String note) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("state", status.state().name());
        if (status.ground() != null) {
            node.put("ground", status.ground().name());
        }
        node.put("note", note);
        return node;
    }

    /** A fault as JSON: {@code operation, kind, latency, status, retryAfter, times, fraction, phase}. */
    public static ObjectNode fault(CourtFault fault) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("operation", fault.operation());
        node.put("kind", fault.kind().name());
        if (fault.latency() != null) {
            node.put("latency", fault.latency().toString());
        }
        if (fault.status() != null) {
            node.put("status", fault.status());
        }
        if (fault.retryAfter() != null) {
            node.put("retryAfter", fault.retryAfter().toString());
        }
        node.put("times", fault.times());
        if (fault.fraction() != null) {
            node.put("fraction", fault.fraction());
        }
        node.put("phase", fault.phase().name());
        return node;
    }

    private static List<ObjectNode> faults(List<CourtFault> faults) {
        List<ObjectNode> nodes = new ArrayList<>();
        faults.forEach(fault -> nodes.add(fault(fault)));
        return nodes;
    }

    private static CourtFault.Phase phase(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return CourtFault.Phase.BEFORE_HANDLING;
        }
        for (CourtFault.Phase phase : CourtFault.Phase.values()) {
            if (phase.name().equals(node.asText().toUpperCase(Locale.ROOT)) && node.isTextual()) {
                return phase;
            }
        }
        throw new IllegalArgumentException("phase is BEFORE_HANDLING or AFTER_HANDLING");
    }

    /** A fault from its JSON; a 400 naming the rule it breaks. */
    public static CourtFault fault(JsonNode node) {
        try {
            CourtFault.Kind kind =
                    CourtFault.Kind.valueOf(node.path("kind").asText("").toUpperCase(Locale.ROOT));
            Duration latency = node.path("latency").isTextual()
                    ? duration(node.path("latency").asText(), "latency")
                    : null;
            Duration retryAfter = node.path("retryAfter").isTextual()
                    ? duration(node.path("retryAfter").asText(), "retryAfter")
                    : null;
            Integer status =
                    node.path("status").isMissingNode() || node.path("status").isNull()
                            ? null
                            : node.path("status").canConvertToInt()
                                    ? node.path("status").intValue()
                                    : -1;
            int times = node.path("times").isMissingNode()
                    ? 1
                    : node.path("times").canConvertToInt() ? node.path("times").intValue() : -1;
            JsonNode fractionNode = node.path("fraction");
            if (!fractionNode.isMissingNode() && !fractionNode.isNull() && !fractionNode.isNumber()) {
                throw new IllegalArgumentException("a fraction is a number, 0 < p <= 1");
            }
            Double fraction = fractionNode.isNumber() ? fractionNode.doubleValue() : null;
            CourtFault.Phase phase = phase(node.path("phase"));
            return new CourtFault(
                    node.path("operation").asText(""), kind, latency, status, retryAfter, times, fraction, phase);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "bad_request",
                    e.getMessage() != null && !e.getMessage().startsWith("No enum")
                            ? e.getMessage()
                            : "kind is LATENCY, STATUS or DROP");
        }
    }
}
