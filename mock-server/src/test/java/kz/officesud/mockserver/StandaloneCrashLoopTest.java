package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone court killed with SIGKILL again and again while several clients file claims at once, started again
 * on the same data directory each time. After every restart (the clients held back) and at the end: every filing
 * that got a talon is there with the status its client saw, none is left SENT, and the data directory is whole —
 * every filing with its uploads, bytes, registration card and notices, no temporary file, nothing set aside as
 * damaged, no blob without its upload. Each client files its claims one after the other under its own idempotency
 * keys, and after a failure (the court gone, its session forgotten) sends the same filing again; at the end each
 * claim is filed exactly once. Run by the {@code durability} Maven profile: 20 kills while 5 clients file 20 claims
 * each (every start of the court's JVM costs seconds, so the default suite has only {@link StandaloneCrashTest}'s one
 * kill, with the same audit of the data directory).
 */
@EnabledIfSystemProperty(named = "officesud.crashLoop.kills", matches = "[1-9][0-9]*")
class StandaloneCrashLoopTest {
    static final int KILLS = Integer.getInteger("officesud.crashLoop.kills", 0);
    static final int CLIENTS = Integer.getInteger("officesud.crashLoop.clients", 5);
    static final int CLAIMS_EACH = Integer.getInteger("officesud.crashLoop.claimsEach", 20);
    static final String TOKEN = "crash-loop-control-token";

    @TempDir
    Path data;

    /** Open while the court serves; the clients wait on it before every request. */
    private final AtomicReference<CountDownLatch> open = new AtomicReference<>(new CountDownLatch(0));

    /** Filing id → its client's idempotency key, for every talon a client received. */
    private final Map<String, String> talons = new ConcurrentHashMap<>();
    /** Filing id → the last state its client saw. */
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private final AtomicInteger loggedInAgain = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    @Test
    void killedRepeatedlyUnderLoad_everyTalonIsThereWithItsStatus_nothingHalfStored_eachClaimFiledOnce()
            throws Exception {
        long started = System.nanoTime();
        StandaloneCourt court = StandaloneCourt.start(data, 0, TOKEN);
        int port = court.base().getPort();
        List<TestUser> users = new ArrayList<>();
        // the users' keys live as long as the control connection that made them
        HttpCourtControl control = HttpCourtControl.connect(court.base(), TOKEN);
        for (int i = 0; i < CLIENTS; i++) {
            users.add(control.newIndividual());
        }
        CourtHttp http = new CourtHttp(court.base(), TOKEN);
        int total = CLIENTS * CLAIMS_EACH;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(clients.submit(() -> fileAll(http, users.get(client), client)));
        }

        Random random = new Random(14);
        List<String> leftByKills = new ArrayList<>();
        int temporaryLeft = 0;
        int kills = 0;
        long restartNanos = 0;
        try {
            for (int k = 1; k <= KILLS; k++) {
                int target = k * total / (KILLS + 1);
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (talons.size() < target && System.nanoTime() < deadline && unexpected.isEmpty()) {
                    Thread.sleep(5);
                }
                assertThat(unexpected).as("what the clients did not expect").isEmpty();
                Thread.sleep(random.nextInt(150)); // somewhere in the middle of a filing
                CountDownLatch held = new CountDownLatch(1);
                open.set(held);
                court.kill();
                kills++;

                DataDirectoryAudit left = DataDirectoryAudit.of(data);
                temporaryLeft += left.temporary();
                leftByKills.addAll(left.problems());

                long restart = System.nanoTime();
                court = StandaloneCourt.start(data, port, TOKEN);
                restartNanos += System.nanoTime() - restart;
                assertWhole("after kill " + k);
                held.countDown();
            }
            for (Future<?> f : work) {
                f.get(10, TimeUnit.MINUTES);
            }
            assertThat(unexpected).as("what the clients did not expect").isEmpty();
            DataDirectoryAudit end = assertWhole("at the end");

            // Each claim filed exactly once: one filing a key, and every talon a client got is that filing.
            Map<String, String> byKey = new HashMap<>();
            for (TestUser user : users) {
                String token = http.token(user);
                for (JsonNode filing : http.myCases(token)) {
                    JsonNode full = http.get(
                                    "/api/v1/filings/" + filing.path("filingId").asText(),
                                    "Authorization",
                                    CourtHttp.bearer(token))
                            .expect(200)
                            .json();
                    String key = full.path("idempotencyKey").asText();
                    assertThat(byKey.put(key, filing.path("filingId").asText()))
                            .as("one filing under %s", key)
                            .isNull();
                    assertThat(filing.path("status").path("state").asText()).isEqualTo("REGISTERED");
                }
            }
            assertThat(byKey).as("every claim filed, none twice").hasSize(total);
            talons.forEach((filingId, key) ->
                    assertThat(byKey.get(key)).as("the talon of %s", key).isEqualTo(filingId));
            assertThat(end.filings()).isEqualTo(total);

            System.out.printf(
                    Locale.ROOT,
                    "crash loop: %d kills, %d clients, %d claims filed once each in %.1f s (restarts %.1f s in all);"
                            + " %d answered 201, %d replayed as 200 after a lost answer, %d calls failed with the court"
                            + " gone, %d logins again; the kills left %d temporary files and %d findings before"
                            + " the restart: %s; at the end %d filings, %d uploads, %d blobs%n",
                    kills,
                    CLIENTS,
                    total,
                    (System.nanoTime() - started) / 1e9,
                    restartNanos / 1e9,
                    created.get(),
                    replayed.get(),
                    failedCalls.get(),
                    loggedInAgain.get(),
                    temporaryLeft,
                    leftByKills.size(),
                    summary(leftByKills),
                    end.filings(),
                    end.uploads(),
                    end.blobs());
            assertThat(kills).isEqualTo(KILLS);
        } finally {
            open.get().countDown();
            clients.shutdownNow();
            court.stop();
            control.close();
        }
    }

    /** The court's records after a restart: whole, every talon there with its client's status, none SENT. */
    private DataDirectoryAudit assertWhole(String when) {
        DataDirectoryAudit audit = DataDirectoryAudit.of(data);
        assertThat(audit.problems()).as("the data directory %s", when).isEmpty();
        assertThat(audit.temporary()).as("temporary files %s", when).isZero();
        assertThat(audit.states())
                .as("every talon %s", when)
                .containsKeys(talons.keySet().toArray(String[]::new));
        assertThat(audit.states().values()).as("none left SENT %s", when).doesNotContain("SENT");
        seen.forEach((filingId, state) -> {
            if (!state.equals("SENT")) {
                assertThat(audit.states().get(filingId))
                        .as("the state of %s its client saw, %s", filingId, when)
                        .isEqualTo(state);
            }
        });
        return audit;
    }

    /** One client's work: its claims, one after the other, each until the court has it. */
    private void fileAll(CourtHttp http, TestUser user, int client) {
        try {
            String token = null;
            for (int i = 0; i < CLAIMS_EACH; i++) {
                String key = "crash-loop-" + client + "-" + i;
                TestClaims.ClaimWithFiles claim = TestClaims.claimBy(user, "crash loop " + client + "-" + i);
                byte[] manifest = CourtHttp.manifest(claim.claim(), user);
                String signature = CourtHttp.sign(user.key(), manifest);
                String filingId = null;
                while (filingId == null) {
                    try {
                        awaitOpen();
                        if (token == null) {
                            CourtHttp.Reply login = http.logIn(user.login(), user.password());
                            if (login.status() != 201) {
                                throw new IllegalStateException("login answered " + login.status());
                            }
                            token = login.json().path("token").asText();
                        }
                        Map<String, String> uploads = new LinkedHashMap<>();
                        for (var file : claim.files().entrySet()) {
                            awaitOpen();
                            CourtHttp.Reply upload = http.upload(
                                    token,
                                    file.getKey().fileName(),
                                    file.getKey().mediaType(),
                                    file.getValue());
                            if (upload.status() == 401) {
                                throw new SessionLost();
                            }
                            expect(upload, 201);
                            uploads.put(
                                    file.getKey().sha256().hex(),
                                    upload.json().path("uploadId").asText());
                        }
                        awaitOpen();
                        CourtHttp.Reply reply =
                                http.file(token, key, CourtHttp.filingBody(manifest, signature, uploads));
                        if (reply.status() == 401) {
                            throw new SessionLost();
                        }
                        if (reply.status() == 200) {
                            replayed.incrementAndGet();
                        } else {
                            expect(reply, 201);
                            created.incrementAndGet();
                        }
                        filingId = reply.json().path("filingId").asText();
                        String before = talons.put(filingId, key);
                        if (before != null && !before.equals(key)) {
                            unexpected.add("filing " + filingId + " answered for " + key + " and " + before);
                        }
                    } catch (SessionLost lost) {
                        token = null;
                        loggedInAgain.incrementAndGet();
                    } catch (UncheckedIOException gone) {
                        failedCalls.incrementAndGet();
                        Thread.sleep(20);
                    }
                }
                try {
                    awaitOpen();
                    CourtHttp.Reply mine =
                            http.get("/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(token));
                    if (mine.status() == 200) {
                        seen.put(
                                filingId,
                                mine.json().path("status").path("state").asText());
                    }
                } catch (UncheckedIOException gone) {
                    failedCalls.incrementAndGet(); // what it would have seen is asked at the end
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | AssertionError e) {
            unexpected.add("client " + client + ": " + e);
        }
    }

    private void awaitOpen() throws InterruptedException {
        if (!open.get().await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the court did not come back");
        }
    }

    private static void expect(CourtHttp.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("answered " + reply.status() + ": " + reply.text());
        }
    }

    /** The court forgot the session (its sessions live in memory): log in again. */
    private static final class SessionLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SessionLost() {
            super(null, null, false, false);
        }
    }

    /** The findings' kinds, counted: the words of each line without its ids. */
    private static Map<String, Integer> summary(List<String> findings) {
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (String finding : findings) {
            kinds.merge(finding.replaceAll("[A-Z]+-[0-9a-f-]{36}|[0-9a-f]{64}", "…"), 1, Integer::sum);
        }
        return kinds;
    }
}
