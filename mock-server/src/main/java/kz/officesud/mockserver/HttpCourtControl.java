package kz.officesud.mockserver;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.mockserver.internal.control.ControlApi;
import kz.officesud.mockserver.internal.court.CourtPki;
import kz.officesud.signing.NcaKeyStore;
import kz.officesud.signing.revocation.RevocationReason;
import org.jspecify.annotations.Nullable;

/**
 * {@link CourtControl} over HTTP: the control API ({@code /__admin}) of a court running elsewhere — a standalone
 * {@code java -jar mock-server.jar}, another process, a container — with its control token. Behaves as the court's
 * in-process control does; refusals are the same {@link ReferenceCourtException}s. Test users' keys arrive as
 * PKCS#12 and stay open until {@link #close()}.
 *
 * <pre>{@code
 * try (HttpCourtControl control = HttpCourtControl.connect(URI.create("http://127.0.0.1:8080/"), token)) {
 *     control.reset();
 *     TestUser user = control.newIndividual();
 * }
 * }</pre>
 */
public final class HttpCourtControl implements CourtControl, AutoCloseable {
    private static final TypeReference<List<JournalEntry>> JOURNAL = new TypeReference<>() {};
    private static final TypeReference<List<OutboxMessage>> OUTBOX = new TypeReference<>() {};

    private final URI base;
    private final String token;
    private final HttpClient client;
    private final ObjectMapper mapper = OfficesudJson.newMapper();
    private final List<NcaKeyStore> keyStores = new ArrayList<>();

    private HttpCourtControl(URI base, String token, HttpClient client) {
        this.base = base;
        this.token = token;
        this.client = client;
    }

    /** The control of the court at {@code baseUrl} (its root, e.g. {@code http://127.0.0.1:8080/}). */
    public static HttpCourtControl connect(URI baseUrl, String token) {
        return connect(
                baseUrl,
                token,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** The same with an HTTP client of the caller's (e.g. one that trusts the court's HTTPS certificate). */
    public static HttpCourtControl connect(URI baseUrl, String token, HttpClient client) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(client, "client");
        String root = baseUrl.toString();
        return new HttpCourtControl(URI.create(root.endsWith("/") ? root : root + "/"), token, client);
    }

    // The calls

    private HttpResponse<byte[]> send(String method, String path, byte @Nullable [] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot reach the court's control API at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReferenceCourtException("interrupted while calling the court's control API", e);
        }
        if (response.statusCode() >= 400) {
            throw refusal(response);
        }
        return response;
    }

    private ReferenceCourtException refusal(HttpResponse<byte[]> response) {
        String detail;
        try {
            JsonNode problem = mapper.readTree(response.body());
            detail = problem.path("detail").asText("HTTP " + response.statusCode());
        } catch (IOException | RuntimeException e) {
            detail = "HTTP " + response.statusCode();
        }
        ReferenceCourtException.Reason reason =
                switch (response.statusCode()) {
                    case 400, 415, 422 -> ReferenceCourtException.Reason.INVALID;
                    case 404 -> ReferenceCourtException.Reason.NOT_FOUND;
                    case 409 -> ReferenceCourtException.Reason.CONFLICT;
                    default -> ReferenceCourtException.Reason.FAILED;
                };
        return new ReferenceCourtException(reason, detail + " (HTTP " + response.statusCode() + ")");
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new ReferenceCourtException("cannot write a control request", e);
        }
    }

    private JsonNode tree(HttpResponse<byte[]> response) {
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new ReferenceCourtException("the court's control API answered no JSON", e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            return Objects.requireNonNull(mapper.readValue(response.body(), type));
        } catch (IOException | RuntimeException e) {
            throw new ReferenceCourtException("the court's control API answered an unexpected shape", e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, TypeReference<T> type) {
        try {
            return Objects.requireNonNull(mapper.readValue(response.body(), type));
        } catch (IOException | RuntimeException e) {
            throw new ReferenceCourtException("the court's control API answered an unexpected shape", e);
        }
    }

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private Instant clock(HttpResponse<byte[]> response) {
        return Instant.parse(tree(response).path("now").asText());
    }

    // CourtControl

    @Override
    public CourtHealth health() {
        return read(send("GET", "/__admin/health", null), CourtHealth.class);
    }

    @Override
    public void reset() {
        send("POST", "/__admin/reset", EMPTY_OBJECT);
    }

    @Override
    public CourtSnapshot snapshot() {
        return CourtSnapshot.of(send("GET", "/__admin/snapshot", null).body());
    }

    @Override
    public void restore(CourtSnapshot snapshot) {
        send("PUT", "/__admin/snapshot", snapshot.toJson());
    }

    @Override
    public void seed(CourtSnapshot fixture) {
        send("POST", "/__admin/seed", fixture.toJson());
    }

    @Override
    public Instant now() {
        return clock(send("GET", "/__admin/clock", null));
    }

    @Override
    public Instant setClock(Instant instant) {
        return clock(send("PUT", "/__admin/clock", json(Map.of("now", instant.toString()))));
    }

    @Override
    public Instant advanceClock(Duration duration) {
        return clock(send("POST", "/__admin/clock/advance", json(Map.of("duration", duration.toString()))));
    }

    @Override
    public Instant advanceWorkingDays(int days) {
        return clock(send("POST", "/__admin/clock/advance", json(Map.of("workingDays", days))));
    }

    @Override
    public Clerk.Policy clerkPolicy() {
        return health().clerkPolicy();
    }

    @Override
    public void clerkPolicy(Clerk.Policy policy) {
        send("PUT", "/__admin/clerk/policy", json(Map.of("policy", policy.name())));
    }

    @Override
    public void clerkNext(FilingStatus status, String note) {
        send("POST", "/__admin/clerk/next", json(ControlApi.status(status, note)));
    }

    @Override
    public List<FilingId> runClerk() {
        List<FilingId> decided = new ArrayList<>();
        tree(send("POST", "/__admin/clerk/run", EMPTY_OBJECT))
                .path("decided")
                .forEach(id -> decided.add(FilingId.of(id.asText())));
        return decided;
    }

    @Override
    public void decide(FilingId filing, FilingStatus status, String note) {
        send("POST", "/__admin/filings/" + encode(filing.value()) + "/status", json(ControlApi.status(status, note)));
    }

    @Override
    public void inject(CourtFault fault) {
        send("POST", "/__admin/faults", json(ControlApi.fault(fault)));
    }

    @Override
    public List<CourtFault> faults() {
        List<CourtFault> faults = new ArrayList<>();
        tree(send("GET", "/__admin/faults", null)).forEach(node -> faults.add(ControlApi.fault(node)));
        return faults;
    }

    @Override
    public void clearFaults() {
        send("DELETE", "/__admin/faults", null);
    }

    @Override
    public List<JournalEntry> journal() {
        return read(send("GET", "/__admin/journal", null), JOURNAL);
    }

    @Override
    public void clearJournal() {
        send("DELETE", "/__admin/journal", null);
    }

    @Override
    public List<OutboxMessage> outbox(String outbox) {
        return read(send("GET", "/__admin/outboxes/" + encode(outbox), null), OUTBOX);
    }

    @Override
    public TestUser newIndividual() {
        return testUser("individual");
    }

    @Override
    public TestUser newLegalEntity() {
        return testUser("legalEntity");
    }

    private TestUser testUser(String kind) {
        ControlApi.TestUserView view =
                read(send("POST", "/__admin/test-users", json(Map.of("kind", kind))), ControlApi.TestUserView.class);
        NcaKeyStore store = NcaKeyStore.open(
                new ByteArrayInputStream(Base64.getDecoder().decode(view.p12())),
                view.p12Password().toCharArray(),
                view.login() + ".p12");
        synchronized (keyStores) {
            keyStores.add(store);
        }
        return new TestUser(
                view.login(),
                view.password(),
                store.signingKey(),
                Iin.ofUnverified(view.iin()),
                view.bin() == null ? null : Bin.ofUnverified(view.bin()),
                view.name(),
                view.organisation());
    }

    @Override
    public void revoke(X509Certificate certificate, RevocationReason reason) {
        ObjectNode form = mapper.createObjectNode();
        try {
            form.put("certificate", Base64.getEncoder().encodeToString(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new ReferenceCourtException(ReferenceCourtException.Reason.INVALID, "cannot encode the certificate");
        }
        form.put("reason", CourtPki.camel(reason));
        send("POST", "/__admin/revocations", json(form));
    }

    @Override
    public void release(X509Certificate certificate) {
        send("DELETE", "/__admin/revocations/" + certificate.getSerialNumber().toString(16), null);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Closes the key stores of the test users it handed out (their keys stop working). */
    @Override
    public void close() {
        synchronized (keyStores) {
            keyStores.forEach(NcaKeyStore::close);
            keyStores.clear();
        }
    }

    @Override
    public String toString() {
        return "HttpCourtControl[" + base + "]";
    }
}
