package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtOfficeException;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingOptions;
import kz.officesud.filing.RetryPolicy;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.NcaKey;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unattended filing through a network that fails 30% of the filing calls — resets before sending, answers lost after
 * the court acted, 503 and 429 with {@code Retry-After}, 500 after acting, delays — ends with every filing registered
 * once: none lost, none doubled, and every submission whose answer was lost is asked about before it is sent again.
 * 40 filings here; {@code -Pexactly-once} files 500.
 */
class ExactlyOnceUnderFaultsTest {
    private static final double FAULTS = 0.30;

    @TempDir
    Path directory;

    @Test
    void filingsThroughInjectedFaults_areEachRegisteredOnce_andLostAnswersAreAskedAboutBeforeSendingAgain()
            throws Exception {
        int count = Integer.getInteger("officesud.exactlyOnce.filings", 40);
        FaultInjector faults = new FaultInjector(FAULTS, FaultInjector::filingCalls, 13);
        OkHttpClient client = new OkHttpClient.Builder().addInterceptor(faults).build();
        try (EmbeddedCourt court = EmbeddedCourt.start(null);
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(court.baseUrl())
                        .allowPlainHttp(true)
                        .httpClient(client)
                        // ten attempts, short pauses: 0.3^10 of a call fails for good, and the filer then tries again
                        .retryPolicy(new RetryPolicy(10, Duration.ofMillis(5), Duration.ofMillis(100)))
                        .build()) {
            NcaKey key = court.issueIndividual(Iin.random(new SecureRandom()), "НАДЁЖНЫЙ", "ТЕСТ", "");
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
                        done.add(filers.submit(
                                () -> talons.put(reference, fileUntilDone(session, claim, key, reference))));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                } finally {
                    filers.shutdownNow();
                }

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
            assertThat((double) faults.injected() / faults.calls()).isBetween(0.2, 0.4);
            assertThat(faults.injected(FaultInjector.Kind.ANSWER_LOST_AFTER_ACTING))
                    .isPositive();
            assertThat(faults.injected(FaultInjector.Kind.SERVER_ERROR_AFTER_ACTING))
                    .isPositive();
            assertThat(faults.injected(FaultInjector.Kind.TOO_MANY_REQUESTS_RETRY_AFTER))
                    .isPositive();
            assertThat(faults.lookups())
                    .as("the client asked whether filings arrived")
                    .isPositive();
            assertThat(faults.sentAgainWithoutAsking()).isZero();
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /** What an unattended filer does: files under its own key, and on a failure it may repeat, files again. */
    private static Talon fileUntilDone(CourtSession session, Claim claim, NcaKey key, String reference) {
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
            }
        }
    }
}
