package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kz.officesud.core.model.JudicialActKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the OpenAPI file, called as each of five principals — anonymous, the owner of the resource it
 * names, another user, a court employee signed in to the cabinet with the court's organisation key (the clerk: staff
 * act on filings through the control API, never through a cabinet session), and the control API's token — against a
 * standalone court in 256 MiB of heap. Who may call is derived from the operation's OpenAPI {@code security} and the
 * ownership table ({@code access/ownership.tsv}); an operation without a line there fails the test. A principal that
 * may call is admitted (any answer but 401, 403 or a 5xx; the owner of a named resource also not 404); one that may
 * not gets exactly 401 (no or a wrong credential) or 404 (another's resource, not even confirmed to exist) — never a
 * 200, never a 500. Afterwards nothing secret the calls carried is in the court's log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixTest {
    enum Principal {
        ANONYMOUS,
        OWNER,
        OTHER,
        CLERK,
        CONTROL
    }

    /** Who may call an operation at all (its OpenAPI security). */
    enum Security {
        PUBLIC,
        /**
         * Open to anyone, and to a signed-in user as that user (its {@code security} offers {@code {}} beside the
         * session): a bearer that is no session (the control token) is refused rather than taken as anonymous.
         */
        PUBLIC_OR_SESSION,
        USER,
        CONTROL
    }

    record Operation(String id, String method, String path, Security security, String resource) {}

    static final String CONTROL_TOKEN = "ctl-" + UUID.randomUUID();
    static final String CANARY = "CANARY" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    static Path folder;

    private SmallHeapCourt court;
    private HttpCourtControl control;
    private CourtHttp http;
    private final Map<Principal, TestUser> users = new LinkedHashMap<>();
    private final Map<Principal, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> params = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        court = SmallHeapCourt.start("256m", CONTROL_TOKEN, folder);
        control = court.control();
        http = new CourtHttp(court.baseUrl()); // never adds the control token by itself
        users.put(Principal.OWNER, control.newIndividual());
        users.put(Principal.OTHER, control.newIndividual());
        users.put(Principal.CLERK, control.newLegalEntity());
        users.forEach((principal, user) -> tokens.put(principal, http.token(user)));
        String owner = tokens.get(Principal.OWNER);
        String filingId =
                http.filedClaim(users.get(Principal.OWNER), "matrix " + CANARY, "matrix-" + UUID.randomUUID());
        params.put("filingId", filingId);
        JsonNode act = new CourtHttp(court.baseUrl(), CONTROL_TOKEN)
                .postJson(
                        "/__admin/filings/" + filingId + "/acts",
                        Map.of(
                                "kind",
                                JudicialActKind.values()[0].name(),
                                "title",
                                "Определение",
                                "fileName",
                                "act.pdf",
                                "content",
                                Base64.getEncoder().encodeToString(TestClaims.pdf("Определение. " + CANARY))))
                .expect(201)
                .json();
        params.put("actId", act.path("actId").asText());
        JsonNode notifications = http.get("/api/v1/notifications", "Authorization", CourtHttp.bearer(owner))
                .expect(200)
                .json();
        assertThat(notifications).as("the owner's notifications").isNotEmpty();
        params.put("notificationId", notifications.get(0).path("notificationId").asText());
        Map<String, Object> draft = Map.of(
                "filing",
                CourtHttp.MAPPER.valueToTree(TestClaims.claimBy(users.get(Principal.OWNER), "draft " + CANARY)
                        .claim()));
        params.put(
                "draftId",
                http.postJson("/api/v1/drafts", draft, "Authorization", CourtHttp.bearer(owner))
                        .expect(201)
                        .json()
                        .path("draftId")
                        .asText());
        TestUser payer = users.get(Principal.OWNER);
        params.put(
                "paymentCode",
                http.postJson(
                                "/gateway/payments",
                                Map.of("payerIin", payer.iin().value(), "payerName", payer.name(), "amount", "1000"))
                        .expect(201)
                        .json()
                        .path("paymentCode")
                        .asText());
        params.put("service", "CLAIM");
        params.put("outbox", "emails");
        params.put("serialNumber", "0123456789abcdef");
        params.put("documentId", "DOC-" + UUID.randomUUID());
        params.put("requestId", "AR-" + UUID.randomUUID());
        params.forEach((name, value) -> assertThat(value).as(name).isNotBlank());
        secrets.addAll(List.of(CANARY, CONTROL_TOKEN));
        secrets.addAll(tokens.values());
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (court != null) {
            court.close();
        }
    }

    static List<Operation> operations() throws IOException {
        Map<String, String> ownership = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/access/ownership.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    assertThat(ownership.put(cells[0], cells[1]))
                            .as("%s named twice", cells[0])
                            .isNull();
                }
            }
        }
        JsonNode paths;
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/openapi/officesud-court.yaml")) {
            paths = new YAMLMapper().readTree(in).path("paths");
        }
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            if (!operation.has("operationId")) {
                return;
            }
            String id = operation.path("operationId").asText();
            JsonNode security = operation.path("security");
            Security who = security.isMissingNode()
                    ? Security.USER
                    : security.isEmpty()
                            ? Security.PUBLIC
                            : anonymousAllowed(security)
                                    ? Security.PUBLIC_OR_SESSION
                                    : security.toString().contains("controlToken") ? Security.CONTROL : Security.USER;
            assertThat(ownership)
                    .as("the ownership table names %s (%s %s)", id, method.getKey(), path.getKey())
                    .containsKey(id);
            operations.add(
                    new Operation(id, method.getKey().toUpperCase(Locale.ROOT), path.getKey(), who, ownership.get(id)));
        }));
        assertThat(ownership.keySet())
                .as("the ownership table names only operations of the OpenAPI file")
                .containsExactlyInAnyOrderElementsOf(
                        operations.stream().map(Operation::id).toList());
        return operations;
    }

    /** Whether a {@code security} list offers the empty requirement {@code {}}: the operation is open to anyone. */
    private static boolean anonymousAllowed(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.isObject() && requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** What {@code principal} must get from {@code operation}: "admitted", or the one refusal status. */
    static String expected(Operation operation, Principal principal) {
        return switch (operation.security()) {
            case PUBLIC -> "admitted";
            case PUBLIC_OR_SESSION -> principal == Principal.CONTROL ? "401" : "admitted";
            case CONTROL -> principal == Principal.CONTROL ? "admitted" : "401";
            case USER -> {
                if (operation.resource().equals("observation")
                        || principal == Principal.ANONYMOUS
                        || principal == Principal.CONTROL) {
                    yield "401";
                }
                if (principal == Principal.OWNER) {
                    yield "admitted";
                }
                yield operation.resource().equals("none")
                                || operation.resource().equals("code")
                        ? "admitted"
                        : "404";
            }
        };
    }

    private CourtHttp.Reply call(Operation operation, Principal principal) {
        String path = operation.path();
        for (Map.Entry<String, String> param : params.entrySet()) {
            path = path.replace("{" + param.getKey() + "}", param.getValue());
        }
        assertThat(path).as(operation.id()).doesNotContain("{");
        List<String> headers = new ArrayList<>();
        String token =
                switch (principal) {
                    case ANONYMOUS -> null;
                    case CONTROL -> CONTROL_TOKEN;
                    // logging out ends the session it is sent with: a session of its own
                    default ->
                        operation.id().equals("logOut") ? http.token(users.get(principal)) : tokens.get(principal);
                };
        if (token != null) {
            headers.addAll(List.of("Authorization", CourtHttp.bearer(token)));
        }
        byte[] body = null;
        if (operation.id().equals("upload")) {
            body = ("%PDF-1.7 " + CANARY).getBytes(StandardCharsets.US_ASCII);
            headers.addAll(List.of("Content-Type", "application/pdf", "X-File-Name", "matrix.pdf"));
        } else if (operation.method().equals("POST") || operation.method().equals("PUT")) {
            body = "{}".getBytes(StandardCharsets.US_ASCII);
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        return http.send(operation.method(), path, body, headers.toArray(String[]::new));
    }

    @Test
    @Order(1)
    void everyOperation_asEachPrincipal_onlyTheAllowedAreAdmitted() throws IOException {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(80);
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> tally = new TreeMap<>();
        // the control token last, the court's reset the very last call: what it wipes is not needed after it
        List<Principal> users = List.of(Principal.ANONYMOUS, Principal.OTHER, Principal.CLERK, Principal.OWNER);
        for (Principal principal : users) {
            for (Operation operation : operations) {
                check(operation, principal, wrong, tally);
            }
        }
        List<Operation> lastReset = new ArrayList<>(operations);
        lastReset.sort((a, b) -> Boolean.compare(a.id().equals("reset"), b.id().equals("reset")));
        for (Operation operation : lastReset) {
            check(operation, Principal.CONTROL, wrong, tally);
        }
        System.out.printf("access matrix: %d operations x 5 principals, %s%n", operations.size(), tally);
        assertThat(wrong).as("calls answered otherwise than the matrix says").isEmpty();
    }

    private void check(Operation operation, Principal principal, List<String> wrong, Map<String, Integer> tally) {
        String expected = expected(operation, principal);
        CourtHttp.Reply reply = call(operation, principal);
        int status = reply.status();
        boolean ok;
        if (expected.equals("admitted")) {
            boolean ownerOfNamed =
                    principal == Principal.OWNER && !operation.resource().equals("none");
            ok = status < 500 && status != 401 && status != 403 && !(ownerOfNamed && status == 404);
        } else {
            ok = status == Integer.parseInt(expected)
                    && reply.header("Content-Type").startsWith("application/problem+json");
        }
        tally.merge(expected.equals("admitted") ? "admitted" : "refused " + expected, 1, Integer::sum);
        if (!ok) {
            wrong.add(String.format(
                    "%s %s %s as %s: expected %s, got %d %s",
                    operation.id(),
                    operation.method(),
                    operation.path(),
                    principal,
                    expected,
                    status,
                    reply.text().length() > 300 ? reply.text().substring(0, 300) : reply.text()));
        }
    }

    @Test
    @Order(2)
    void nothingSecret_reachedTheLog() {
        LogCheck.assertClean(court.log(), secrets, users.values().toArray(TestUser[]::new));
    }
}
