package kz.officesud.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import kz.officesud.transport.RetryPolicy;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The wire log as it is written: requests and answers with their request ids, and never a password, a token, a key, a
 * signature, a manifest or a document's bytes.
 */
class WireLogTest {
    private static final String PASSWORD = "Correct-Horse-7";
    private static final String TOKEN = "tok-3f9a1c0e5b7d";
    private static final String SIGNATURE = "MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwGg";
    private static final String MANIFEST = "eyJzZXJ2aWNlIjoiQ0xBSU0iLCJwbGFpbnRpZmYiOiLQmNCy0LDQvdC+0LIifQ==";
    private static final String DOCUMENT = "%PDF-1.7 Исковое заявление о взыскании 1 500 000 тенге";

    private MockWebServer server;
    private OkHttpClient client;
    private final CapturingLogger log = new CapturingLogger();
    private HttpTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        ObjectMapper mapper = new ObjectMapper();
        client = new OkHttpClient.Builder()
                .addNetworkInterceptor(new WireLog(log, mapper))
                .build();
        transport = new HttpTransport(
                client,
                mapper,
                URI.create(server.url("/").toString()),
                RetryPolicy.none(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Locale.ENGLISH,
                d -> {},
                new Random(1),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        server.close();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .headers(Headers.of("Content-Type", "application/json", "X-Request-Id", "court-1"))
                .body(body)
                .build();
    }

    @Test
    void passwordLogIn_andItsToken_neverReachTheLog() {
        server.enqueue(json(201, "{\"token\":\"" + TOKEN + "\",\"user\":{\"userId\":\"U-1\"}}"));
        byte[] body =
                ("{\"login\":\"870101300123\",\"password\":\"" + PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);

        transport.execute(
                ApiRequest.builder("log in", "POST", "sessions")
                        .body(JsonBodies.once(body))
                        .build(),
                a -> a);

        String logged = log.text();
        assertThat(logged).contains("POST", "/api/v1/sessions", "201", "U-1", "court-1");
        assertThat(logged).doesNotContain(PASSWORD, TOKEN, "870101300123");
    }

    @Test
    void bearerToken_signature_andManifest_areRedacted_otherFieldsKept() {
        server.enqueue(json(201, "{\"filingId\":\"F-1\",\"talon\":{\"number\":\"T-2025-000123\"}}"));
        byte[] body = ("{\"manifest\":\"" + MANIFEST + "\",\"signature\":\"" + SIGNATURE
                        + "\",\"uploads\":{\"ab12\":\"UP-1\"}}")
                .getBytes(StandardCharsets.UTF_8);

        transport.execute(
                ApiRequest.builder("submit", "POST", "filings")
                        .bearerToken(TOKEN)
                        .idempotencyKey("ERP-42")
                        .body(JsonBodies.repeatable(body))
                        .build(),
                a -> a);

        String logged = log.text();
        assertThat(logged).doesNotContain(TOKEN, SIGNATURE, MANIFEST, MANIFEST.substring(0, 20));
        assertThat(logged)
                .contains("Authorization: " + WireLog.REDACTED)
                .contains("Idempotency-Key: ERP-42")
                .contains("UP-1", "T-2025-000123");
        assertThat(log.lines()).allSatisfy(line -> assertThat(line).containsPattern("\\[[0-9a-f]{16}-1\\]|court-1"));
    }

    @Test
    void documentBytes_uploadedOrDownloaded_areNeverLogged() {
        server.enqueue(json(201, "{\"uploadId\":\"UP-1\",\"sha256\":\"ab\"}"));
        server.enqueue(new MockResponse.Builder()
                .headers(Headers.of("Content-Type", "application/pdf"))
                .body(DOCUMENT)
                .build());
        byte[] document = DOCUMENT.getBytes(StandardCharsets.UTF_8);

        transport.execute(
                ApiRequest.builder("upload", "POST", "uploads")
                        .idempotencyKey("u-1")
                        .body(new BodySource() {
                            @Override
                            public RequestBody newBody() {
                                return RequestBody.create(document, MediaType.get("application/pdf"));
                            }

                            @Override
                            public boolean oneShot() {
                                return false;
                            }
                        })
                        .build(),
                a -> a);
        transport.execute(ApiRequest.builder("act", "GET", "act").build(), a -> a);

        String logged = log.text();
        assertThat(logged).doesNotContain("PDF-1.7", "взыскании");
        assertThat(logged).contains(document.length + "-byte body of application/pdf, not logged");
    }

    @Test
    void secretQueryParameters_andCookies_areRedacted() {
        server.enqueue(new MockResponse.Builder()
                .headers(Headers.of("Set-Cookie", "SESSION=" + TOKEN))
                .body("")
                .build());

        transport.execute(
                ApiRequest.builder("get", "GET", "x")
                        .query("accessToken", TOKEN)
                        .query("idempotencyKey", "ERP-42")
                        .build(),
                a -> a);

        assertThat(log.text()).doesNotContain(TOKEN).contains("idempotencyKey=ERP-42");
    }

    @Test
    void nestedSecrets_inArrays_andObjects_areRedacted() {
        WireLog wire = new WireLog(log, new ObjectMapper());

        String redacted = wire.redactJson(("{\"users\":[{\"iin\":\"1\",\"newPassword\":\"" + PASSWORD
                        + "\",\"keys\":{\"privateKey\":\"MIIE\"}}],\"signedXml\":\"PHhtbD4=\",\"accessToken\":null}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(redacted).doesNotContain(PASSWORD, "MIIE", "PHhtbD4=").contains("\"iin\":\"1\"");
        assertThat(wire.redactJson("not json, maybe a password".getBytes(StandardCharsets.UTF_8)))
                .doesNotContain("password");
    }

    @Test
    void atInfo_nothingIsRead_orLogged() {
        log.debug = false;
        server.enqueue(json(200, "{\"token\":\"" + TOKEN + "\"}"));

        transport.execute(ApiRequest.builder("get", "GET", "x").build(), a -> a);

        assertThat(log.lines()).isEmpty();
    }

    /** An SLF4J logger that keeps what it is given, formatted as a backend would write it. */
    static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        boolean debug = true;

        List<String> lines() {
            return lines;
        }

        String text() {
            return String.join("\n", lines);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
            lines.add(level + " " + MessageFormatter.basicArrayFormat(messagePattern, arguments));
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return debug;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
