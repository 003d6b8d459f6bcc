package kz.officesud.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import kz.officesud.core.model.Sha256;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.RetryPolicy;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpTransportTest {
    private MockWebServer server;
    private OkHttpClient client;
    private HttpTransport transport;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = new OkHttpClient();
        transport = new HttpTransport(
                client,
                new ObjectMapper(),
                URI.create(server.url("/court/").toString()),
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Locale.forLanguageTag("kk"),
                sleeps::add,
                new Random(1),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        assertThat(client.connectionPool().connectionCount()
                        - client.connectionPool().idleConnectionCount())
                .isZero();
        server.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).body(body).build();
    }

    private static MockResponse unavailable() {
        return new MockResponse.Builder().code(503).body("").build();
    }

    private static String text(Answer a) {
        return new String(a.body(), StandardCharsets.UTF_8);
    }

    /** A body read from a stream that can be read once only. */
    private static BodySource oneShotStream(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new BodySource() {
            @Override
            public RequestBody newBody() {
                return new RequestBody() {
                    @Override
                    public MediaType contentType() {
                        return MediaType.get("application/octet-stream");
                    }

                    @Override
                    public boolean isOneShot() {
                        return true;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) throws java.io.IOException {
                        sink.writeAll(Okio.source(in));
                    }
                };
            }

            @Override
            public boolean oneShot() {
                return true;
            }
        };
    }

    @Test
    void execute_sendsUnderTheBasePath_withTheLanguageAndUserAgent() throws Exception {
        server.enqueue(ok("hi"));

        String answer =
                transport.execute(ApiRequest.builder("ping", "GET", "a b", "c").build(), HttpTransportTest::text);

        assertThat(answer).isEqualTo("hi");
        var request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/court/api/v1/a%20b/c");
        assertThat(request.getHeaders().get("Accept-Language")).isEqualTo("kk");
        assertThat(request.getHeaders().get("User-Agent")).startsWith("officesud-java/");
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void execute_aGetAfterADroppedConnection_isRepeated() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(ok("second"));

        assertThat(transport.execute(ApiRequest.builder("get", "GET", "x").build(), HttpTransportTest::text))
                .isEqualTo("second");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void execute_aPostWithoutIdempotencyKey_isNotRepeated() {
        server.enqueue(unavailable());
        server.enqueue(ok("never"));

        ApiRequest post = ApiRequest.builder("post", "POST", "x")
                .body(JsonBodies.repeatable("{}".getBytes(StandardCharsets.UTF_8)))
                .build();

        assertThat(post.safeToRepeat()).isFalse();
        assertThatThrownBy(() -> transport.execute(post, HttpTransportTest::text))
                .isInstanceOf(CourtServiceException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void execute_aOneShotBody_isNotRepeatedEvenWithAnIdempotencyKey() {
        server.enqueue(unavailable());
        server.enqueue(ok("never"));

        ApiRequest post = ApiRequest.builder("stream", "POST", "x")
                .idempotencyKey("k-1")
                .body(oneShotStream(new byte[] {1, 2, 3}))
                .build();

        assertThat(post.safeToRepeat()).isFalse();
        assertThatThrownBy(() -> transport.execute(post, HttpTransportTest::text))
                .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.statusCode())
                        .isEqualTo(503));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void execute_aPostWithIdempotencyKeyAndRepeatableBody_isRepeatedWithTheSameBody() throws Exception {
        server.enqueue(unavailable());
        server.enqueue(ok("done"));

        ApiRequest post = ApiRequest.builder("post", "POST", "x")
                .idempotencyKey("k-2")
                .body(JsonBodies.repeatable("{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .build();

        assertThat(transport.execute(post, HttpTransportTest::text)).isEqualTo("done");
        assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"a\":1}");
        assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"a\":1}");
    }

    @Test
    void execute_whenTheCourtCannotBeReached_throwsCourtIoException_afterTheRetries() {
        server.close(); // nothing listens any more

        assertThatThrownBy(() ->
                        transport.execute(ApiRequest.builder("get", "GET", "x").build(), a -> null))
                .isInstanceOf(CourtIoException.class)
                .hasMessageContaining("get failed")
                .hasMessageContaining("attempt 3 of 3");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void stream_savesTheWholeAnswer_underTheTargetName(@TempDir Path dir) throws Exception {
        byte[] bytes = "a judicial act".getBytes(StandardCharsets.UTF_8);
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(new okio.Buffer().write(bytes))
                .build());
        Path target = dir.resolve("act.pdf");

        FileDownload.Saved saved = transport.stream(
                ApiRequest.builder("download", "GET", "x").build(),
                new FileDownload(target, bytes.length, Sha256.of(bytes)));

        assertThat(saved.path()).isEqualTo(target.toAbsolutePath());
        assertThat(saved.size()).isEqualTo(bytes.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(dir.toFile().list()).containsExactly("act.pdf");
    }

    @Test
    void stream_anAnswerCutShort_isRepeated_andLeavesNoPartialFile(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(new okio.Buffer().write(bytes, 0, 100_000))
                .setHeader("Content-Length", Integer.toString(bytes.length))
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(new okio.Buffer().write(bytes))
                .build());
        Path target = dir.resolve("scan.pdf");

        transport.stream(
                ApiRequest.builder("download", "GET", "x").build(),
                new FileDownload(target, bytes.length, Sha256.of(bytes)));

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(dir.toFile().list()).containsExactly("scan.pdf");
    }

    @Test
    void stream_bytesOtherThanListed_failAfterTheRetries_andKeepNoFile(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(ok("not the act"));
        }
        Path target = dir.resolve("act.pdf");
        Files.writeString(target, "an earlier copy");

        assertThatThrownBy(() -> transport.stream(
                        ApiRequest.builder("download", "GET", "x").build(),
                        new FileDownload(target, 11, Sha256.of("the act....".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(CourtIoException.class)
                .hasMessageContaining("SHA-256");
        assertThat(Files.readString(target)).isEqualTo("an earlier copy");
        assertThat(dir.toFile().list()).containsExactly("act.pdf");
    }

    @Test
    void stream_anErrorAnswer_isMappedAsAnyOther(@TempDir Path dir) {
        server.enqueue(new MockResponse.Builder()
                .code(404)
                .body("{\"code\":\"not_found\",\"detail\":\"no such document\"}")
                .build());

        assertThatThrownBy(() -> transport.stream(
                        ApiRequest.builder("download", "GET", "x").build(),
                        new FileDownload(dir.resolve("a"), -1, null)))
                .isInstanceOfSatisfying(
                        CourtServiceException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void backoff_staysWithinTheCappedExponentialBound() {
        for (int i = 0; i < 200; i++) {
            assertThat(transport.backoff(1)).isBetween(Duration.ZERO, Duration.ofMillis(10));
            assertThat(transport.backoff(2)).isBetween(Duration.ZERO, Duration.ofMillis(20));
            assertThat(transport.backoff(9)).isBetween(Duration.ZERO, Duration.ofMillis(50));
        }
    }

    @Test
    void execute_withoutAnyTimeLimit_stillRetries() {
        HttpTransport unlimited = new HttpTransport(
                client,
                new ObjectMapper(),
                URI.create(server.url("/").toString()),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)),
                Duration.ZERO,
                Duration.ZERO,
                Locale.ENGLISH,
                sleeps::add,
                new Random(1),
                Clock.systemUTC());
        server.enqueue(unavailable());
        server.enqueue(ok("fine"));

        assertThat(unlimited.execute(ApiRequest.builder("get", "GET", "x").build(), HttpTransportTest::text))
                .isEqualTo("fine");
        assertThat(unlimited.callTimeout()).isEmpty();
        assertThat(sleeps).hasSize(1);
    }
}
