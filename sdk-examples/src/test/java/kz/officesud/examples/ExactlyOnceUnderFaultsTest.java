package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingOptions;
import kz.officesud.filing.UserAgreement;
import kz.officesud.mockserver.Clerk;
import kz.officesud.mockserver.CourtFault;
import kz.officesud.mockserver.JournalEntry;
import kz.officesud.mockserver.ReferenceCourt;
import kz.officesud.signing.NcaKey;
import kz.officesud.transport.CourtOfficeException;
import kz.officesud.transport.RetryPolicy;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unattended filing through failures on 30% of the filing calls ends with every filing registered once: none lost,
 * none doubled. Two sources of faults: the client's network (resets before sending, answers lost after the court
 * acted, 503 and 429 with {@code Retry-After}, 500 after acting, delays), where every submission whose answer was
 * lost is asked about before it is sent again; and the court's own fault injection (connections dropped, 503 with
 * {@code Retry-After: 0}, 429 with {@code Retry-After: 1}). Each filing is checked in the court's own records too (its
 * snapshot: one filing an idempotency key, registered, its uploads and bytes there; its request journal: one 201 a
 * filing). 40 and 20 filings here; {@code -Pexactly-once} files 1,000 through the network's faults and 500 through
 * the court's.
 */
class ExactlyOnceUnderFaultsTest {
    private static final double FAULTS = 0.30;
    private static final int COUNT = Integer.getInteger("officesud.exactlyOnce.filings", 40);
    /** The court's faults cost more time per filing (a 429 waits a whole second): fewer in the default suite. */
    private static final int COUNT_THROUGH_COURT_FAULTS = Integer.getInteger(
            "officesud.exactlyOnce.courtFaultFilings", Integer.getInteger("officesud.exactlyOnce.filings", 20));

    @TempDir
    Path directory;

    @Test
    void filingsThroughNetworkFaults_areEachRegisteredOnce_andLostAnswersAreAskedAboutBeforeSendingAgain()
            throws Exception {
        FaultInjector faults = new FaultInjector(FAULTS, FaultInjector::filingCalls, 13);
        OkHttpClient client = new OkHttpClient.Builder().addInterceptor(faults).build();
        long started = System.nanoTime();
        try (ReferenceCourt court = startCourt()) {
            int filerRetries = fileAllOnce(court, client, COUNT);
            System.out.printf(
                    Locale.ROOT,
                    "exactly once: %d filings registered once each in %.1f s; %d of %d calls faulted (%s);"
                            + " %d submissions, %d uploads; %d lookups by idempotency key, %d of them found the filing;"
                            + " %d filings filed again by the filer after the client gave up%n",
                    COUNT,
                    (System.nanoTime() - started) / 1e9,
                    faults.injected(),
                    faults.calls(),
                    java.util.Arrays.stream(FaultInjector.Kind.values())
                            .map(kind -> kind + " " + faults.injected(kind))
                            .collect(Collectors.joining(", ")),
                    faults.submissions(),
                    faults.uploads(),
                    faults.lookups(),
                    faults.lookupsThatFound(),
                    filerRetries);
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
        assertThat((double) faults.injected() / faults.calls()).isBetween(0.2, 0.4);
        assertThat(faults.injected(FaultInjector.Kind.ANSWER_LOST_AFTER_ACTING)).isPositive();
        assertThat(faults.injected(FaultInjector.Kind.SERVER_ERROR_AFTER_ACTING))
                .isPositive();
        assertThat(faults.injected(FaultInjector.Kind.TOO_MANY_REQUESTS_RETRY_AFTER))
                .isPositive();
        assertThat(faults.lookups())
                .as("the client asked whether filings arrived")
                .isPositive();
        assertThat(faults.sentAgainWithoutAsking()).isZero();
    }

    @Test
    void filingsThroughTheCourtsInjectedFaults_areEachRegisteredOnce() throws Exception {
        OkHttpClient client = new OkHttpClient();
        try (ReferenceCourt court = startCourt()) {
            court.control().inject(CourtFault.drop("POST /api/v1/filings").fraction(FAULTS));
            court.control()
                    .inject(CourtFault.status("POST /api/v1/uploads", 503)
                            .retryAfter(Duration.ZERO)
                            .fraction(FAULTS));
            court.control()
                    .inject(CourtFault.status("GET /api/v1/filings", 429)
                            .retryAfter(Duration.ofSeconds(1))
                            .fraction(FAULTS));

            fileAllOnce(court, client, COUNT_THROUGH_COURT_FAULTS);

            List<JournalEntry> journal = court.control().journal();
            assertThat(journal).anySatisfy(e -> assertThat(e.status()).isZero()); // a dropped connection
            assertThat(journal).anySatisfy(e -> assertThat(e.status()).isEqualTo(503));
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /** The reference court in memory, its clerk deciding each filing at once. */
    private static ReferenceCourt startCourt() {
        return ReferenceCourt.builder()
                .inMemory()
                .clerkPolicy(Clerk.Policy.IMMEDIATE)
                .build()
                .start();
    }

    /**
     * Files {@code count} claims from four threads and checks each was registered exactly once, as the client sees it
     * and in the court's own records; returns how many times a filer filed again after the client gave up.
     */
    private int fileAllOnce(ReferenceCourt court, OkHttpClient client, int count) throws Exception {
        AtomicInteger filerRetries = new AtomicInteger();
        try (CourtOffice office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .httpClient(client)
                // ten attempts, short pauses: 0.3^10 of a call fails for good, and the filer then tries again
                .retryPolicy(new RetryPolicy(10, Duration.ofMillis(5), Duration.ofMillis(100)))
                .build()) {
            NcaKey key = court.testNca().issueIndividual(Iin.random(new SecureRandom()), "НАДЁЖНЫЙ", "ТЕСТ", "");
            office.register(key, "Correct-Horse-7".toCharArray(), "once@example.kz", UserAgreement.ACCEPTED);
            Map<String, Talon> talons = new ConcurrentHashMap<>();
            try (CourtSession session = office.login(key)) {
                ExecutorService filers = Executors.newFixedThreadPool(4);
                try {
                    List<Future<?>> done = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        String reference = "ERP-" + i;
                        Claim claim = Demo.claim(
                                Files.createDirectory(directory.resolve(reference)),
                                key.profile(),
                                key.profile().iin().orElseThrow());
                        done.add(filers.submit(() ->
                                talons.put(reference, fileUntilDone(session, claim, key, reference, filerRetries))));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                } finally {
                    filers.shutdownNow();
                }
                court.control().clearFaults();

                List<CaseSummary> filed = session.myCases().list();
                Set<String> references = filed.stream()
                        .map(c -> session.myCases().filing(c.filingId()).reference())
                        .collect(Collectors.toSet());

                assertThat(talons).as("a talon for every filing").hasSize(count);
                assertThat(filed)
                        .as("registered once each: none lost, none doubled")
                        .hasSize(count);
                assertThat(references).as("each filing once").isEqualTo(talons.keySet());
                assertThat(filed).allSatisfy(c -> assertThat(c.status()).isEqualTo(FilingStatus.REGISTERED));
                assertThat(talons.values().stream().map(Talon::filingId).distinct())
                        .hasSize(count);
            }
            assertCourtRecords(court, talons);
        }
        return filerRetries.get();
    }

    /**
     * What the court itself holds, not what it told the client: one filing an idempotency key, each the filing of a
     * talon and registered, its uploads and their bytes there; and its journal of requests, one 201 a filing.
     */
    private static void assertCourtRecords(ReferenceCourt court, Map<String, Talon> talons) throws Exception {
        JsonNode contents =
                new ObjectMapper().readTree(court.control().snapshot().toJson()).path("contents");
        Map<String, JsonNode> uploads = new HashMap<>();
        contents.path("uploads")
                .forEach(upload -> uploads.put(upload.path("uploadId").asText(), upload));
        Map<String, String> filingByKey = new HashMap<>();
        for (JsonNode filing : contents.path("filings")) {
            String id = filing.path("filingId").asText();
            assertThat(filingByKey.put(filing.path("idempotencyKey").asText(), id))
                    .as("one filing under %s in the court's records", filing.path("idempotencyKey"))
                    .isNull();
            JsonNode history = filing.path("history");
            assertThat(history.path(history.size() - 1).path("state").asText())
                    .as("%s in the court's records", id)
                    .isEqualTo("REGISTERED");
            filing.path("uploads").fields().forEachRemaining(named -> {
                assertThat(uploads.get(named.getValue().asText()))
                        .as("an upload of %s", id)
                        .isNotNull();
                assertThat(uploads.get(named.getValue().asText()).path("sha256").asText())
                        .isEqualTo(named.getKey());
                assertThat(contents.path("blobs").has(named.getKey()))
                        .as("the bytes of an upload of %s", id)
                        .isTrue();
            });
        }
        Map<String, String> expected = new HashMap<>();
        talons.forEach(
                (reference, talon) -> expected.put(reference, talon.filingId().value()));
        assertThat(filingByKey).as("the court's filings by idempotency key").isEqualTo(expected);
        List<JournalEntry> journal = court.control().journal();
        if (journal.size() < 10_000) { // the journal keeps the last 10,000 requests
            assertThat(journal.stream().filter(e -> "POST /api/v1/filings".equals(e.operation()) && e.status() == 201))
                    .as("filings created, as the court's journal has it")
                    .hasSize(talons.size());
        }
    }

    /** What an unattended filer does: files under its own key, and on a failure it may repeat, files again. */
    private static Talon fileUntilDone(
            CourtSession session, Claim claim, NcaKey key, String reference, AtomicInteger filerRetries) {
        FilingOptions options = FilingOptions.builder()
                .idempotencyKey(IdempotencyKey.of(reference))
                .reference(reference)
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                return session.file(claim, key, options);
            } catch (CourtOfficeException e) {
                if (!e.retryable() || attempt == 5) {
                    throw e;
                }
                filerRetries.incrementAndGet();
            }
        }
    }
}
