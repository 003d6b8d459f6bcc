package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.officesud.core.model.Iin;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.DetachedCmsSigner;
import kz.officesud.filing.UserAgreement;
import kz.officesud.mockserver.Clerk;
import kz.officesud.mockserver.ReferenceCourt;
import kz.officesud.signing.NcaKey;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch dies while the court is registering its third filing (the court stored it; the batch never heard), and
 * is run again: every filing of the folder is filed once, the third gets the talon of its first submission, and the
 * two filed before are not sent again.
 */
class BatchFilingTest {
    private static final int CLAIMS = 5;

    @TempDir
    Path directory;

    /** What the crash looks like from inside the batch: its process is gone mid-call. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("the batch's process died here");
        }
    }

    @Test
    void aBatchThatCrashedWhileSubmitting_runAgain_filesEveryClaimOnce() throws Exception {
        try (ReferenceCourt court = ReferenceCourt.builder()
                .inMemory()
                .clerkPolicy(Clerk.Policy.IMMEDIATE)
                .build()
                .start()) {
            NcaKey key = court.testNca().issueIndividual(Iin.random(new SecureRandom()), "ПАКЕТНЫЙ", "ТЕСТ", "");
            Path claims = Files.createDirectory(directory.resolve("claims"));
            for (int i = 1; i <= CLAIMS; i++) {
                Path scratch = Files.createDirectory(directory.resolve("scratch-" + i));
                BatchFiling.write(
                        Demo.claim(scratch, key.profile(), key.profile().iin().orElseThrow()),
                        claims.resolve("claim-" + i));
            }
            Path state = directory.resolve("state");

            AtomicInteger submissions = new AtomicInteger();
            OkHttpClient crashing = new OkHttpClient.Builder()
                    .addInterceptor(chain -> {
                        Response response = chain.proceed(chain.request());
                        boolean submission = chain.request().method().equals("POST")
                                && chain.request().url().encodedPath().endsWith("/api/v1/filings");
                        if (submission && submissions.incrementAndGet() == 3) {
                            response.close();
                            throw new Crash(); // the court has registered it; the batch never learns
                        }
                        return response;
                    })
                    .build();
            try (CourtOffice office = office(court, crashing)) {
                office.register(key, "Correct-Horse-7".toCharArray(), "batch@example.kz", UserAgreement.ACCEPTED);
                try (CourtSession session = office.login(key)) {
                    BatchFiling batch = new BatchFiling(session, DetachedCmsSigner.of(key), state);
                    assertThatThrownBy(() -> batch.fileAll(claims)).isInstanceOf(Crash.class);
                }
            } finally {
                crashing.dispatcher().executorService().shutdown();
                crashing.connectionPool().evictAll();
            }
            assertThat(state.resolve("claim-3.prepared.json"))
                    .as("saved before it was sent")
                    .exists();
            assertThat(state.resolve("claim-3.talon.json")).doesNotExist();

            List<BatchFiling.Result> second;
            List<CaseSummary> filed;
            try (CourtOffice office = office(court, new OkHttpClient());
                    CourtSession session = office.login(key)) {
                second = new BatchFiling(session, DetachedCmsSigner.of(key), state).fileAll(claims);
                filed = session.myCases().list();
            }

            assertThat(second)
                    .extracting(BatchFiling.Result::name, BatchFiling.Result::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("claim-1", BatchFiling.Outcome.FILED_BEFORE),
                            org.assertj.core.groups.Tuple.tuple("claim-2", BatchFiling.Outcome.FILED_BEFORE),
                            org.assertj.core.groups.Tuple.tuple("claim-3", BatchFiling.Outcome.RESUMED),
                            org.assertj.core.groups.Tuple.tuple("claim-4", BatchFiling.Outcome.FILED),
                            org.assertj.core.groups.Tuple.tuple("claim-5", BatchFiling.Outcome.FILED));
            assertThat(filed).as("five filings, none twice").hasSize(CLAIMS);
            Map<String, CaseSummary> byId =
                    filed.stream().collect(Collectors.toMap(c -> c.filingId().value(), Function.identity()));
            assertThat(second).allSatisfy(r -> assertThat(byId)
                    .containsKey(r.talon().filingId().value()));
            assertThat(submissions).hasValue(3);

            // and a third run sends nothing
            try (CourtOffice office = office(court, new OkHttpClient());
                    CourtSession session = office.login(key)) {
                assertThat(new BatchFiling(session, DetachedCmsSigner.of(key), state).fileAll(claims))
                        .extracting(BatchFiling.Result::outcome)
                        .containsOnly(BatchFiling.Outcome.FILED_BEFORE);
                assertThat(session.myCases().list()).hasSize(CLAIMS);
            }
        }
    }

    private static CourtOffice office(ReferenceCourt court, OkHttpClient client) {
        return CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .httpClient(client)
                .build();
    }
}
