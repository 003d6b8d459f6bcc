package kz.officesud.transport.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtOfficeException;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.CourtTimeoutException;
import kz.officesud.transport.RetryPolicy;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport against answers a court cannot be made to give, staged with WireMock: connections reset after the
 * request arrived, empty and truncated answers, garbage, HTML from a proxy, odd status codes, bodies that dribble
 * in slower than the attempt timeout — and the question, after an ambiguous failure, whether a filing arrived.
 */
class WireFaultsTest {
    private static final String FILINGS = "/api/v1/filings";
    private static final String KEY = "ERP-2025-0042";

    private WireMockServer court;
    private OkHttpClient client;
    private HttpTransport transport;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        court = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        court.start();
        client = new OkHttpClient();
        transport = transport(Duration.ofSeconds(5));
    }

    private HttpTransport transport(Duration attemptTimeout) {
        return new HttpTransport(
                client,
                new ObjectMapper(),
                URI.create(court.baseUrl() + "/"),
                new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)),
                attemptTimeout,
                Duration.ofSeconds(30),
                Locale.ENGLISH,
                sleeps::add,
                new Random(7),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws InterruptedException {
        // an answer read or a call cancelled gives its connection back: none is left in use
        for (int i = 0;
                i < 50
                        && client.connectionPool().connectionCount()
                                != client.connectionPool().idleConnectionCount();
                i++) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(client.connectionPool().connectionCount()
                        - client.connectionPool().idleConnectionCount())
                .isZero();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        court.stop();
    }

    private static ApiRequest submission() {
        return ApiRequest.builder("submit the filing", "POST", "filings")
                .idempotencyKey(KEY)
                .body(JsonBodies.repeatable("{\"manifest\":\"bWFuaWZlc3Q=\"}".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** How the client asks whether the filing arrived: the filing under its key, or none. */
    private static Reconciler<String> arrived() {
        ApiRequest lookup = ApiRequest.builder("ask whether the filing arrived", "GET", "filings")
                .query("idempotencyKey", KEY)
                .build();
        ObjectMapper json = new ObjectMapper();
        return new Reconciler<>(lookup, answer -> {
            JsonNode list = json.readTree(answer.body());
            return list.isEmpty()
                    ? Optional.empty()
                    : Optional.of(list.get(0).get("filingId").asText());
        });
    }

    private static String filingId(Answer answer) throws java.io.IOException {
        return new ObjectMapper().readTree(answer.body()).get("filingId").asText();
    }

    private void filingStoredThenAnswerLost(Fault fault) {
        court.stubFor(post(urlPathEqualTo(FILINGS))
                .inScenario("lost")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(fault))
                .willSetStateTo("stored"));
        court.stubFor(get(urlPathEqualTo(FILINGS))
                .withQueryParam("idempotencyKey", equalTo(KEY))
                .inScenario("lost")
                .whenScenarioStateIs("stored")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[{\"filingId\":\"F-1\"}]")));
    }

    @Test
    void submission_whoseAnswerIsLostAfterItArrived_isAskedAbout_andNotSentAgain() {
        filingStoredThenAnswerLost(Fault.CONNECTION_RESET_BY_PEER);

        String filed = transport.execute(submission(), WireFaultsTest::filingId, arrived());

        assertThat(filed).isEqualTo("F-1");
        court.verify(1, postRequestedFor(urlPathEqualTo(FILINGS)));
        court.verify(1, getRequestedFor(urlPathEqualTo(FILINGS)).withQueryParam("idempotencyKey", equalTo(KEY)));
    }

    @Test
    void submission_answeredWithAnEmptyResponse_isAskedAbout_andNotSentAgain() {
        filingStoredThenAnswerLost(Fault.EMPTY_RESPONSE);

        assertThat(transport.execute(submission(), WireFaultsTest::filingId, arrived()))
                .isEqualTo("F-1");
        court.verify(1, postRequestedFor(urlPathEqualTo(FILINGS)));
    }

    @Test
    void submission_answeredAsync_afterALostAnswer_isAskedAbout_andNotSentAgain() throws Exception {
        filingStoredThenAnswerLost(Fault.RANDOM_DATA_THEN_CLOSE);

        assertThat(transport
                        .executeAsync(submission(), WireFaultsTest::filingId, arrived())
                        .get(10, TimeUnit.SECONDS))
                .isEqualTo("F-1");
        court.verify(1, postRequestedFor(urlPathEqualTo(FILINGS)));
    }

    @Test
    void submission_thatDidNotArrive_isSentAgainUnderTheSameKey_afterAsking() {
        court.stubFor(post(urlPathEqualTo(FILINGS))
                .inScenario("not arrived")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"))
                .willSetStateTo("again"));
        court.stubFor(get(urlPathEqualTo(FILINGS))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[]")));
        court.stubFor(post(urlPathEqualTo(FILINGS))
                .inScenario("not arrived")
                .whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(201).withBody("{\"filingId\":\"F-2\"}")));

        assertThat(transport.execute(submission(), WireFaultsTest::filingId, arrived()))
                .isEqualTo("F-2");
        court.verify(2, postRequestedFor(urlPathEqualTo(FILINGS)).withHeader("Idempotency-Key", equalTo(KEY)));
        court.verify(1, getRequestedFor(urlPathEqualTo(FILINGS)));
    }

    @Test
    void submission_refusedWith503AndRetryAfter_isNotAskedAbout_andWaitsAsTold() {
        court.stubFor(post(urlPathEqualTo(FILINGS))
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2"))
                .willSetStateTo("free"));
        court.stubFor(post(urlPathEqualTo(FILINGS))
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(201).withBody("{\"filingId\":\"F-3\"}")));

        assertThat(transport.execute(submission(), WireFaultsTest::filingId, arrived()))
                .isEqualTo("F-3");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        court.verify(0, getRequestedFor(urlPathEqualTo(FILINGS)));
    }

    @Test
    void aLookupThatFailsToo_leavesTheSubmissionToItsIdempotencyKey() {
        court.stubFor(post(urlPathEqualTo(FILINGS))
                .inScenario("both fail")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("replay"));
        court.stubFor(get(urlPathEqualTo(FILINGS)).willReturn(aResponse().withStatus(500)));
        court.stubFor(post(urlPathEqualTo(FILINGS))
                .inScenario("both fail")
                .whenScenarioStateIs("replay")
                .willReturn(aResponse().withStatus(200).withBody("{\"filingId\":\"F-1\"}")));

        assertThat(transport.execute(submission(), WireFaultsTest::filingId, arrived()))
                .isEqualTo("F-1");
        court.verify(2, postRequestedFor(urlPathEqualTo(FILINGS)).withHeader("Idempotency-Key", equalTo(KEY)));
    }

    @Test
    void get_whoseAnswerIsAMalformedChunk_isAProtocolError_notRepeated() {
        court.stubFor(
                get(urlPathEqualTo("/api/v1/x")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        assertThatThrownBy(() ->
                        transport.execute(ApiRequest.builder("get", "GET", "x").build(), a -> a))
                .isInstanceOf(CourtIoException.class)
                .hasMessageContaining("ProtocolException");
        court.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/x")));
    }

    @Test
    void get_answeredWithGarbageThenClosed_isRepeated() {
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .inScenario("garbage")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE))
                .willSetStateTo("whole"));
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .inScenario("garbage")
                .whenScenarioStateIs("whole")
                .willReturn(aResponse().withBody("{\"filingId\":\"F-9\"}")));

        assertThat(transport.execute(ApiRequest.builder("get", "GET", "x").build(), WireFaultsTest::filingId))
                .isEqualTo("F-9");
        court.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/x")));
    }

    @Test
    void successfulAnswer_thatIsNotJson_isAnUnreadableAnswer_notRepeated() {
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"filingId\":")));

        assertThatThrownBy(() ->
                        transport.execute(ApiRequest.builder("get", "GET", "x").build(), WireFaultsTest::filingId))
                .isExactlyInstanceOf(CourtOfficeException.class)
                .hasMessageContaining("could not be read");
        court.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/x")));
    }

    @Test
    void htmlErrorPageFromAProxy_isAServiceErrorWithItsStatus_repeatedAsA5xx() {
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .willReturn(aResponse()
                        .withStatus(504)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Gateway Time-out</body></html>")));

        assertThatThrownBy(() ->
                        transport.execute(ApiRequest.builder("get", "GET", "x").build(), a -> a))
                .isInstanceOfSatisfying(CourtServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(504);
                    assertThat(e.retryable()).isTrue();
                });
        court.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/x")));
    }

    @Test
    void oddStatusCodes_areServiceErrors_andOnlyTheTransientOnesAreRepeated() {
        court.stubFor(
                get(urlPathEqualTo("/api/v1/teapot")).willReturn(aResponse().withStatus(418)));
        court.stubFor(get(urlPathEqualTo("/api/v1/odd")).willReturn(aResponse().withStatus(599)));
        court.stubFor(
                get(urlPathEqualTo("/api/v1/moved")).willReturn(aResponse().withStatus(399)));

        assertThatThrownBy(() -> transport.execute(
                        ApiRequest.builder("t", "GET", "teapot").build(), a -> a))
                .isInstanceOfSatisfying(CourtServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(418);
                    assertThat(e.code()).isEqualTo("http_418");
                    assertThat(e.retryable()).isFalse();
                });
        assertThatThrownBy(() ->
                        transport.execute(ApiRequest.builder("o", "GET", "odd").build(), a -> a))
                .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.statusCode())
                        .isEqualTo(599));
        assertThatThrownBy(() -> transport.execute(
                        ApiRequest.builder("m", "GET", "moved").build(), a -> a))
                .isInstanceOf(CourtOfficeException.class);
        court.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/teapot")));
        court.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/odd")));
    }

    @Test
    void bodyThatDribblesSlowerThanTheAttemptTimeout_timesOut_andIsRepeated() {
        court.stubFor(get(urlPathEqualTo("/api/v1/slow"))
                .willReturn(aResponse()
                        .withBody("{\"filingId\":\"F-slow\", \"padding\": \"" + "x".repeat(200) + "\"}")
                        .withChunkedDribbleDelay(20, 3_000)));
        HttpTransport impatient = transport(Duration.ofMillis(300));

        assertThatThrownBy(() ->
                        impatient.execute(ApiRequest.builder("s", "GET", "slow").build(), a -> a))
                .isInstanceOf(CourtTimeoutException.class);
        court.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/slow")));
    }

    @Test
    void everyAttempt_carriesARequestIdOfItsCall_andTheCourtsIdIsReported() {
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .inScenario("ids")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("gone"));
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .inScenario("ids")
                .whenScenarioStateIs("gone")
                .willReturn(aResponse().withStatus(404).withHeader("X-Request-Id", "court-id-7")));

        assertThatThrownBy(() ->
                        transport.execute(ApiRequest.builder("get", "GET", "x").build(), a -> a))
                .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.requestId())
                        .contains("court-id-7"));
        List<String> ids = court.findAll(getRequestedFor(urlPathEqualTo("/api/v1/x"))).stream()
                .map(r -> r.getHeader("X-Request-Id"))
                .toList();
        assertThat(ids).hasSize(2).allMatch(id -> id.matches("[0-9a-f]{16}-[12]"));
        assertThat(ids.get(0).substring(0, 16)).isEqualTo(ids.get(1).substring(0, 16));
        assertThat(ids.get(0)).endsWith("-1");
        assertThat(ids.get(1)).endsWith("-2");
        court.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/x")).withHeader("X-Request-Id", matching(".+")));
    }

    @Test
    void cancellingAnAsyncCall_cancelsTheCallInFlight_andNothingMoreIsSent() throws Exception {
        court.stubFor(get(urlPathEqualTo("/api/v1/slow"))
                .willReturn(aResponse().withBody("{}").withFixedDelay(5_000)));
        CompletableFuture<Answer> call =
                transport.executeAsync(ApiRequest.builder("s", "GET", "slow").build(), a -> a, null);
        for (int i = 0; i < 100 && client.dispatcher().runningCallsCount() == 0; i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        for (int i = 0;
                i < 100
                        && court.findAll(getRequestedFor(urlPathEqualTo("/api/v1/slow")))
                                .isEmpty();
                i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(client.dispatcher().runningCallsCount()).isEqualTo(1);

        assertThat(call.cancel(true)).isTrue();

        for (int i = 0; i < 100 && client.dispatcher().runningCallsCount() > 0; i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(client.dispatcher().runningCallsCount())
                .as("the call in flight was cancelled")
                .isZero();
        assertThatThrownBy(call::get).isInstanceOf(CancellationException.class);
        TimeUnit.MILLISECONDS.sleep(200);
        court.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/slow")));
    }

    @Test
    void asyncCall_repeatsAfterTransientFailures_likeTheBlockingOne() throws Exception {
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .inScenario("async")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("busy"));
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .inScenario("async")
                .whenScenarioStateIs("busy")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                .willSetStateTo("ok"));
        court.stubFor(get(urlPathEqualTo("/api/v1/x"))
                .inScenario("async")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody("{\"filingId\":\"F-a\"}")));

        assertThat(transport
                        .executeAsync(ApiRequest.builder("get", "GET", "x").build(), WireFaultsTest::filingId, null)
                        .get(10, TimeUnit.SECONDS))
                .isEqualTo("F-a");
        court.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/x")));
    }

    @Test
    void asyncCall_failsWithTheSdksException_notAWrapper() {
        court.stubFor(get(urlPathEqualTo("/api/v1/x")).willReturn(aResponse().withStatus(404)));

        CompletableFuture<Answer> call =
                transport.executeAsync(ApiRequest.builder("get", "GET", "x").build(), a -> a, null);

        assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.statusCode())
                        .isEqualTo(404));
    }

    @Test
    void aStreamedDownload_cutMidBody_isRepeated_andWrittenWholeOnce() throws Exception {
        byte[] body = new byte[300_000];
        new Random(3).nextBytes(body);
        court.stubFor(get(urlPathEqualTo("/api/v1/act"))
                .inScenario("cut")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withBody(body).withChunkedDribbleDelay(50, 5_000))
                .willSetStateTo("whole"));
        court.stubFor(get(urlPathEqualTo("/api/v1/act"))
                .inScenario("cut")
                .whenScenarioStateIs("whole")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/pdf")
                        .withBody(body)));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("download");
        java.nio.file.Path target = dir.resolve("act.pdf");

        // the first answer dribbles in for longer than an attempt may take: cut mid-body, then repeated
        transport(Duration.ofMillis(700)).stream(
                ApiRequest.builder("act", "GET", "act").build(),
                new FileDownload(target, body.length, kz.officesud.core.model.Sha256.of(body)));

        assertThat(target).hasBinaryContent(body);
        court.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/act")));
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aStreamedDownload_ofOtherBytesThanListed_neverReachesTheTarget() throws Exception {
        court.stubFor(get(urlPathEqualTo("/api/v1/act")).willReturn(aResponse().withBody("forged act")));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("download");
        java.nio.file.Path target = dir.resolve("act.pdf");

        assertThatThrownBy(() -> transport.stream(
                        ApiRequest.builder("act", "GET", "act").build(),
                        new FileDownload(target, 10, kz.officesud.core.model.Sha256.of(new byte[10]))))
                .isInstanceOf(CourtIoException.class);
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
