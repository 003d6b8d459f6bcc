package kz.officesud.casesearch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.AccessRequestView;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.ObservationForm;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.core.wire.Problem;
import kz.officesud.core.wire.SearchChallenge;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtClientBuilder;
import kz.officesud.transport.internal.Answer;
import kz.officesud.transport.internal.ApiRequest;
import kz.officesud.transport.internal.ClientConfig;
import kz.officesud.transport.internal.ErrorMapper;
import kz.officesud.transport.internal.FileDownload;
import kz.officesud.transport.internal.Futures;
import kz.officesud.transport.internal.HttpTransport;
import kz.officesud.transport.internal.JsonBodies;
import kz.officesud.transport.internal.ResponseReader;
import kz.officesud.transport.internal.RetryAfter;
import kz.officesud.transport.internal.SharedHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The court office's case search and case observation (ЭНП) over its HTTP API, on the transport the filing client uses
 * (the same settings, retries, time limits and error types). Thread-safe; close it to release its HTTP client when
 * the SDK made it.
 *
 * <pre>{@code
 * try (CaseSearchClient cases = CaseSearchClient.builder().baseUrl(URI.create("https://office.sud.kz")).build()) {
 *     ObservedCaseView observed = cases.observe("870412300415", password);
 *     observed.timeline().forEach(step -> System.out.println(step.at() + " " + step.kind()));
 * }
 * }</pre>
 */
public final class CaseSearchClient implements CaseSearch, AutoCloseable {
    private final ClientConfig settings;
    private final SharedHttpClient http;
    private final ObjectMapper mapper;
    private final HttpTransport transport;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CaseSearchClient(ClientConfig settings, ClientConfig.Opened opened) {
        this.settings = settings;
        this.http = opened.http();
        this.mapper = opened.mapper();
        this.transport = opened.transport().withTranslator(this::translate);
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI baseUrl() {
        return Objects.requireNonNull(settings.baseUrl);
    }

    @Override
    public List<CaseSummary> search(CaseQuery query) {
        return search(Objects.requireNonNull(query, "query"), null);
    }

    @Override
    public CompletableFuture<List<CaseSummary>> searchAsync(CaseQuery query) {
        return searchAsync(Objects.requireNonNull(query, "query"), null);
    }

    @Override
    public List<CaseSummary> search(CaseQuery query, @Nullable ChallengeAnswer answer) {
        return transport.execute(searchRequest(query, answer), this::cases);
    }

    @Override
    public CompletableFuture<List<CaseSummary>> searchAsync(CaseQuery query, @Nullable ChallengeAnswer answer) {
        return Futures.start(() -> transport.executeAsync(searchRequest(query, answer), this::cases, null));
    }

    private ApiRequest searchRequest(CaseQuery query, @Nullable ChallengeAnswer answer) {
        Objects.requireNonNull(query, "query");
        byte[] body = JsonBodies.json(mapper, query.form(answer));
        return ApiRequest.builder("search cases", "POST", "case-searches")
                .body(JsonBodies.repeatable(body))
                .build();
    }

    private List<CaseSummary> cases(Answer answer) throws IOException {
        return mapper.readValue(answer.body(), new TypeReference<List<CaseSummary>>() {});
    }

    @Override
    public ObservedCaseView observe(String iin, char[] password) {
        byte[] body = observationBody(iin, password);
        try {
            return transport.execute(observationRequest(body), reader(ObservedCaseView.class));
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    @Override
    public CompletableFuture<ObservedCaseView> observeAsync(String iin, char[] password) {
        return Futures.start(() -> {
            byte[] body = observationBody(iin, password);
            CompletableFuture<ObservedCaseView> observed =
                    transport.executeAsync(observationRequest(body), reader(ObservedCaseView.class), null);
            observed.whenComplete((view, failure) -> Arrays.fill(body, (byte) 0));
            return observed;
        });
    }

    private byte[] observationBody(String iin, char[] password) {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(password, "password");
        if (!ObservationForm.wellFormedIin(iin)) {
            throw new ValidationException(
                    new ValidationReport(List.of(Violation.of("iin", iin, "iin.format"))), settings.locale);
        }
        return JsonBodies.json(mapper, new ObservationForm(iin, new String(password)));
    }

    private static ApiRequest observationRequest(byte[] body) {
        return ApiRequest.builder("observe a case", "POST", "observations")
                .body(JsonBodies.once(body))
                .build();
    }

    @Override
    public Path download(ObservedCaseView observed, CaseDocumentView document, Path target) {
        return transport.stream(downloadRequest(observed, document), documentFile(document, target))
                .path();
    }

    @Override
    public CompletableFuture<Path> downloadAsync(ObservedCaseView observed, CaseDocumentView document, Path target) {
        return Futures.map(
                Futures.start(() ->
                        transport.streamAsync(downloadRequest(observed, document), documentFile(document, target))),
                FileDownload.Saved::path);
    }

    private static ApiRequest downloadRequest(ObservedCaseView observed, CaseDocumentView document) {
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(document, "document");
        if (!observed.documents().contains(document)) {
            throw new IllegalArgumentException("the document " + document.documentId() + " is not of this case");
        }
        return ApiRequest.builder(
                        "download " + document.documentId(), "GET", "observations", "documents", document.documentId())
                .bearerToken(observed.accessToken())
                .build();
    }

    private static FileDownload documentFile(CaseDocumentView document, Path target) {
        Objects.requireNonNull(target, "target");
        return new FileDownload(target, document.size(), document.sha256());
    }

    @Override
    public AccessRequestView requestAccess(AccessRequestForm request) {
        return transport.execute(accessRequest(request), reader(AccessRequestView.class));
    }

    @Override
    public CompletableFuture<AccessRequestView> requestAccessAsync(AccessRequestForm request) {
        return Futures.start(
                () -> transport.executeAsync(accessRequest(request), reader(AccessRequestView.class), null));
    }

    private ApiRequest accessRequest(AccessRequestForm request) {
        Objects.requireNonNull(request, "request");
        if (request.signature() == null) {
            throw new IllegalArgumentException("the request is not signed: sign dataToSign() and use signed(...)");
        }
        byte[] body = JsonBodies.json(mapper, request);
        return ApiRequest.builder("request an access password", "POST", "access-requests")
                .body(JsonBodies.once(body))
                .build();
    }

    private <T> ResponseReader<T> reader(Class<T> type) {
        return answer -> mapper.readValue(answer.body(), type);
    }

    /** The court's answers only case search and observation have: a challenge, a lock-out, a refused password. */
    private @Nullable OfficesudException translate(ApiRequest request, Answer answer, Problem problem) {
        String code = problem.code() == null ? "" : problem.code();
        String rid = answer.requestId();
        String suffix = rid == null ? "" : " (request id " + rid + ")";
        switch (code) {
            case "challenge_required" -> {
                SearchChallenge challenge = challenge(answer);
                if (challenge == null) {
                    return null;
                }
                return new SearchChallengeException(
                        request.operation() + " needs a person to answer the court's challenge first" + suffix,
                        challenge,
                        ErrorMapper.detail(problem),
                        rid);
            }
            case "observation_locked" -> {
                Duration wait = RetryAfter.parse(answer.headers().get("Retry-After"), Clock.systemUTC())
                        .orElse(null);
                return new ObservationLockedException(
                        request.operation() + " failed: too many wrong access passwords for this IIN or from this"
                                + " address" + (wait == null ? "" : "; try again in " + wait) + suffix,
                        wait,
                        ErrorMapper.detail(problem),
                        rid);
            }
            case "observation_denied" -> {
                return new AuthenticationException(
                        request.operation() + " failed: no case answers this IIN and access password" + suffix,
                        answer.status(),
                        code,
                        ErrorMapper.detail(problem),
                        rid);
            }
            default -> {
                return null;
            }
        }
    }

    private @Nullable SearchChallenge challenge(Answer answer) {
        try {
            JsonNode node = mapper.readTree(answer.body()).path("challenge");
            return node.isObject() ? mapper.treeToValue(node, SearchChallenge.class) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Releases the HTTP client if the SDK made it (shared ones stay open until their last user closes). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.release();
        }
    }

    @Override
    public String toString() {
        return "CaseSearchClient[" + settings.baseUrl + "]";
    }

    /** Builds a {@link CaseSearchClient}: the settings every client of the court office takes. */
    public static final class Builder extends CourtClientBuilder<Builder> {
        private Builder() {}

        /**
         * Validates the settings and builds the client.
         *
         * @throws IllegalStateException no base URL
         * @throws IllegalArgumentException a setting is invalid
         */
        public CaseSearchClient build() {
            ClientConfig copy = config().copy();
            return new CaseSearchClient(copy, copy.open());
        }
    }
}
