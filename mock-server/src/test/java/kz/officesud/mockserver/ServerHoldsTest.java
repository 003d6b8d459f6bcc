package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that holds: slow clients do not delay others, numbers are bounded before they are used, and what the
 * HTTP engine itself refuses is a problem with a request id. Timings here are functional bounds with generous
 * margins, not benchmarks.
 */
@ExtendWith(NoLeakedCourt.class)
class ServerHoldsTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    private final CourtHttp http = CourtHttp.of(court);

    private Socket socket() throws IOException {
        Socket socket = new Socket(court.baseUrl().getHost(), court.baseUrl().getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    private static String head(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    /** Eight clients each sending a byte every 3 s (four still in their headers, four in their bodies). */
    @Test
    void eightClientsSendingAByteEveryThreeSeconds_doNotDelayANormalRequest() throws Exception {
        // warm up first: the court's first answers load classes, which is not what is measured here
        http.get("/api/v1/openapi.yaml").expect(200);
        http.postJson("/api/v1/auth/challenges", Map.of()).expect(201);
        List<Socket> slow = new ArrayList<>();
        List<byte[]> pending = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket socket = socket();
            slow.add(socket);
            String head = "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 64\r\nX-Slow: " + i + "\r\n\r\n";
            if (i % 2 == 0) {
                pending.add(head.getBytes(StandardCharsets.US_ASCII)); // dribbles its headers
            } else {
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                pending.add(new byte[64]); // dribbles its body
            }
        }
        ScheduledExecutorService dribble = Executors.newSingleThreadScheduledExecutor();
        int[] sent = new int[8];
        dribble.scheduleAtFixedRate(
                () -> {
                    for (int i = 0; i < slow.size(); i++) {
                        try {
                            if (sent[i] < pending.get(i).length) {
                                OutputStream out = slow.get(i).getOutputStream();
                                out.write(pending.get(i)[sent[i]++]);
                                out.flush();
                            }
                        } catch (IOException closedByTheCourt) {
                            // a body this slow may be cut off: that is the court holding too
                        }
                    }
                },
                0,
                3,
                TimeUnit.SECONDS);
        try {
            List<Long> millis = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                Thread.sleep(round == 0 ? 500 : 3_000);
                long start = System.nanoTime();
                http.get("/api/v1/openapi.yaml").expect(200);
                http.postJson("/api/v1/auth/challenges", Map.of()).expect(201);
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }

            assertThat(millis)
                    .as("two normal requests, three times, beside eight slow clients")
                    .allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
        } finally {
            dribble.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** The median of five timed calls, after one to warm up. */
    private static long medianMillis(Runnable call) {
        call.run();
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        Arrays.sort(times);
        return times[2];
    }

    @Test
    void theAmountMinus1e999999999_isA400_underTwoKilobytes_within100Milliseconds() {
        TestUser user = court.users().individual();
        String token = http.token(user);
        TestClaims.ClaimWithFiles claim = TestClaims.claimBy(user, "huge exponent");
        String manifest = new String(CourtHttp.manifest(claim.claim(), user), StandardCharsets.UTF_8);
        String hostile = manifest.replaceFirst(
                "\"claimAmount\"\\s*:\\s*(\"[^\"]*\"|[-0-9.eE+]+)", "\"claimAmount\":-1e999999999");
        assertThat(hostile)
                .as("the manifest names the claim amount")
                .isNotEqualTo(manifest)
                .contains("-1e999999999");
        byte[] bytes = hostile.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> body = CourtHttp.filingBody(bytes, CourtHttp.sign(user.key(), bytes), Map.of());
        CourtHttp.Reply[] last = new CourtHttp.Reply[1];

        long millis = medianMillis(() -> last[0] = http.file(token, "key-huge", body));

        assertThat(last[0].status()).isEqualTo(400);
        assertThat(last[0].body().length).isLessThan(2048);
        assertThat(last[0].header("Content-Type")).startsWith("application/problem+json");
        assertThat(millis).isLessThan(100);
    }

    @Test
    void hugeNumbers_inAnyJsonBody_areA400_underTwoKilobytes_within100Milliseconds() {
        for (String json : List.of(
                "{\"login\": -1e999999999, \"password\": \"x\"}",
                "{\"login\": 1e100000000, \"password\": \"x\"}",
                "{\"login\": \"" + "1".repeat(10) + "\", \"password\": " + "9".repeat(5000) + "}")) {
            CourtHttp.Reply[] last = new CourtHttp.Reply[1];
            long millis = medianMillis(() -> last[0] = http.send(
                    "POST",
                    "/api/v1/sessions",
                    json.getBytes(StandardCharsets.UTF_8),
                    "Content-Type",
                    "application/json"));

            assertThat(last[0].status()).as(json).isEqualTo(400);
            assertThat(last[0].json().path("code").asText()).isEqualTo("out_of_bounds");
            assertThat(last[0].json().path("title").asText()).isEqualTo("Число вне допустимых пределов");
            assertThat(last[0].body().length).isLessThan(2048);
            assertThat(millis).isLessThan(100);
        }
        CourtHttp.Reply control = http.send(
                "POST",
                "/__admin/clock/advance",
                "{\"workingDays\": -1e999999999}".getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/json");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body().length).isLessThan(2048);
    }

    @Test
    void nullEmptyOrNonObjectBodies_are400() {
        for (String body : List.of("", "null", "[]", "42", "\"text\"", "   ")) {
            CourtHttp.Reply reply = http.send(
                    "POST",
                    "/api/v1/sessions",
                    body.getBytes(StandardCharsets.UTF_8),
                    "Content-Type",
                    "application/json");

            assertThat(reply.status()).as("body '%s'", body).isEqualTo(400);
            assertThat(reply.json().path("code").asText()).isEqualTo("malformed_json");
        }
    }

    @Test
    void headersTooLarge_areA431Problem_withARequestId() throws IOException {
        try (Socket socket = socket()) {
            String request =
                    "GET /api/v1/openapi.yaml HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String head = head(socket);

            assertThat(head).startsWith("HTTP/1.1 431");
            assertThat(head).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(head).containsIgnoringCase("X-Request-Id: req-");
        }
    }

    @Test
    void aRequestTheEngineCannotParse_isA400Problem() throws IOException {
        try (Socket socket = socket()) {
            socket.getOutputStream().write("GARBAGE\u0001 / HTTP/9.9\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String head = head(socket);

            assertThat(head).startsWith("HTTP/1.1 400");
            assertThat(head).containsIgnoringCase("Content-Type: application/problem+json");
        }
    }

    @Test
    void usersSeeOnlyTheirOwnFilings() {
        TestUser owner = court.users().individual();
        TestUser other = court.users().individual();
        String filingId = http.filedClaim(owner, "mine", "key-mine");
        String otherToken = http.token(other);

        http.get("/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(otherToken))
                .expect(404);
        http.get("/api/v1/filings/" + filingId + "/talon", "Authorization", CourtHttp.bearer(otherToken))
                .expect(404);
        assertThat(http.myCases(otherToken)).isEmpty();
        JsonNode own = http.myCases(http.token(owner)).get(0);
        assertThat(own.path("filingId").asText()).isEqualTo(filingId);
    }

    @Test
    void aBodyThatStopsArriving_isCutOff_withA408Problem() throws Exception {
        try (ReferenceCourt quick = ReferenceCourt.builder()
                        .idleTimeout(Duration.ofMillis(500))
                        .build()
                        .start();
                Socket socket =
                        new Socket(quick.baseUrl().getHost(), quick.baseUrl().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 100\r\n\r\n{\"login\":")
                            .getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            String head = head(socket);

            assertThat(head).startsWith("HTTP/1.1 408");
            assertThat(head).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
