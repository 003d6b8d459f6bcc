package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.officesud.signing.revocation.RevocationReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone court ({@code ReferenceCourtMain} in its own JVM) killed with SIGKILL while claims are being
 * filed, then started again on the same data: every filing that got its talon is there with its status, none is
 * left SENT, and revocations and the clock are as before. {@value #DEFAULT_FILINGS} claims by default; the
 * {@code durability} Maven profile files 200.
 */
class StandaloneCrashTest {
    static final int DEFAULT_FILINGS = 40;
    static final int FILINGS = Integer.getInteger("officesud.crash.filings", DEFAULT_FILINGS);
    static final String TOKEN = "crash-test-control-token";
    static final int CLIENTS = 4;

    @TempDir
    Path dataDirectory;

    /** A court in its own JVM, its standard output read up to the start-up lines, its log kept. */
    private record Standalone(Process process, URI base, List<String> out, List<String> log) {}

    private Standalone start() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx512m",
                        // the tests' logging keeps the access log quiet; the standalone court speaks as it would
                        "-Dorg.slf4j.simpleLogger.log.kz.officesud.mockserver.access=info",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReferenceCourtMain.class.getName(),
                        "--port",
                        "0",
                        "--data-dir",
                        dataDirectory.toString(),
                        "--control-token",
                        TOKEN,
                        "--clerk",
                        "immediate")
                .start();
        List<String> out = new CopyOnWriteArrayList<>();
        List<String> log = new CopyOnWriteArrayList<>();
        read(process.getErrorStream(), log);
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI base = null;
        String line;
        while ((line = stdout.readLine()) != null) {
            out.add(line);
            if (line.trim().startsWith("API:")) {
                String api = line.trim().substring("API:".length()).trim();
                base = URI.create(api.substring(0, api.length() - "api/v1".length()));
            }
            if (line.startsWith("Ctrl+C")) {
                break;
            }
        }
        assertThat(base).as("the start-up lines %s; the log %s", out, log).isNotNull();
        read(process.getInputStream(), out);
        return new Standalone(process, base, out, log);
    }

    private static void read(java.io.InputStream stream, List<String> lines) {
        StandaloneCourt.keep(stream, lines);
    }

    @Test
    void killedWhileFiling_andRestarted_everyTalonIsThere_noneSent_revocationsAndClockAsBefore() throws Exception {
        Standalone first = start();
        HttpCourtControl control = HttpCourtControl.connect(first.base(), TOKEN);
        CourtHttp http = new CourtHttp(first.base(), TOKEN);
        TestUser revoked = control.newIndividual();
        control.revoke(revoked.key().certificate(), RevocationReason.KEY_COMPROMISE);
        Instant advanced = control.advanceWorkingDays(3);
        List<TestUser> users = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            TestUser user = control.newIndividual();
            users.add(user);
            tokens.add(http.token(user));
        }

        Map<String, String> talons = new ConcurrentHashMap<>(); // filing id -> user login
        Map<String, String> seen = new ConcurrentHashMap<>(); // filing id -> the state the user saw before the kill
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                TestUser user = users.get(client);
                while (attempts.getAndIncrement() < FILINGS) {
                    try {
                        TestClaims.ClaimWithFiles claim =
                                TestClaims.claimBy(user, "crash " + client + "-" + attempts.get());
                        byte[] manifest = CourtHttp.manifest(claim.claim(), user);
                        CourtHttp.Reply reply = http.file(
                                tokens.get(client),
                                "crash-" + client + "-" + attempts.get(),
                                CourtHttp.filingBody(
                                        manifest,
                                        CourtHttp.sign(user.key(), manifest),
                                        http.uploadAll(tokens.get(client), claim.files())));
                        if (reply.status() == 201) {
                            String filingId = reply.json().path("filingId").asText();
                            talons.put(filingId, user.login());
                            CourtHttp.Reply mine = http.get(
                                    "/api/v1/filings/" + filingId,
                                    "Authorization",
                                    CourtHttp.bearer(tokens.get(client)));
                            if (mine.status() == 200) {
                                seen.put(
                                        filingId,
                                        mine.json().path("status").path("state").asText());
                            }
                        }
                    } catch (UncheckedIOException | AssertionError killed) {
                        return; // the court is gone
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (talons.size() < FILINGS * 3 / 4 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(talons).hasSizeGreaterThanOrEqualTo(FILINGS * 3 / 4);

        Standalone second = start();
        try {
            CourtHttp again = new CourtHttp(second.base(), TOKEN);
            HttpCourtControl control2 = HttpCourtControl.connect(second.base(), TOKEN);
            Map<String, String> statuses = new ConcurrentHashMap<>();
            for (TestUser user : users) {
                for (JsonNode filing : again.myCases(again.token(user))) {
                    statuses.put(
                            filing.path("filingId").asText(),
                            filing.path("status").path("state").asText());
                }
            }
            assertThat(statuses)
                    .as("every talon'd filing is there")
                    .containsKeys(talons.keySet().toArray(String[]::new));
            seen.forEach((filingId, state) -> {
                if (!state.equals("SENT")) {
                    assertThat(statuses.get(filingId))
                            .as("the status %s saw before the kill", filingId)
                            .isEqualTo(state);
                }
            });
            assertThat(seen.values()).as("what the users saw").contains("REGISTERED");
            assertThat(statuses.values())
                    .as("none stays SENT")
                    .doesNotContain("SENT")
                    .isNotEmpty();
            assertThat(again.get("/__admin/revocations").expect(200).json().findValuesAsText("serialNumber"))
                    .containsExactly(
                            revoked.key().certificate().getSerialNumber().toString(16));
            again.logInWithKey(revoked.key()).expect(401);
            assertThat(control2.now()).isBetween(advanced, advanced.plus(Duration.ofMinutes(10)));
            assertThat(second.log()).anySatisfy(line -> assertThat(line)
                    .matches(
                            ".*INFO kz\\.officesud\\.mockserver\\.access - GET /api/v1/filings 200 \\d+ ms req-\\S+$"));
            assertThat(String.join("\n", first.log()) + String.join("\n", second.log()))
                    .as("no secret in the log")
                    .doesNotContain(TOKEN)
                    .doesNotContain(users.get(0).password())
                    .doesNotContain(tokens.get(0));
            control2.close();
        } finally {
            second.process().destroy();
            second.process().waitFor(30, TimeUnit.SECONDS);
            control.close();
        }
    }
}
