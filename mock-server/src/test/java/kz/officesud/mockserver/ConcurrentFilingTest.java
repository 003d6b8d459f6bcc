package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Filings sent at the same time to a court on disk whose clerk acts at once: the court examines and stores them in
 * parallel, and still registers every one exactly once, numbers talons and registrations without a gap or a repeat,
 * registers one of several twins of the same content (the rest refused as duplicates), and answers one filing to a key
 * sent several times at once.
 */
@ExtendWith(NoLeakedCourt.class)
class ConcurrentFilingTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");
    static final int CLIENTS = 8;

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
                    builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE))
            .onDisk();

    private final CourtHttp http = CourtHttp.of(court);

    private Map<String, Object> signed(TestUser user, ClaimWithFiles claim, String token) {
        Map<String, String> uploads = http.uploadAll(token, claim.files());
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);
        return CourtHttp.filingBody(manifest, CourtHttp.sign(user.key(), manifest), uploads);
    }

    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void distinctFilingsAtOnce_areEachRegisteredOnce_talonsAndRegistrationNumbersWithoutGapOrRepeat() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 3 * CLIENTS; i++) {
            bodies.add(signed(user, TestClaims.claimBy(user, "одновременно " + i), token));
        }
        List<Callable<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Map<String, Object> body = bodies.get(i);
            String key = "at-once-" + i;
            calls.add(() -> http.file(token, key, body).expect(201).json());
        }

        List<JsonNode> answers = atOnce(calls);

        Set<String> filings = new HashSet<>();
        Set<String> talons = new HashSet<>();
        Set<String> registrations = new HashSet<>();
        for (JsonNode answer : answers) {
            assertThat(FilingTest.status(answer)).isEqualTo(FilingStatus.REGISTERED);
            filings.add(answer.path("filingId").asText());
            talons.add(answer.path("talon").path("number").asText());
            registrations.add(court.clerk()
                    .card(FilingId.of(answer.path("filingId").asText()))
                    .registrationNumber());
        }
        assertThat(filings).hasSize(bodies.size());
        Set<String> expectedTalons = new HashSet<>();
        Set<String> expectedRegistrations = new HashSet<>();
        for (int n = 1; n <= bodies.size(); n++) {
            expectedTalons.add(String.format("T-2026-%06d", n));
            expectedRegistrations.add(String.format("%s/2026/%06d", TestClaims.COURT_CODE, n));
        }
        assertThat(talons).isEqualTo(expectedTalons);
        assertThat(registrations).isEqualTo(expectedRegistrations);
        assertThat(http.myCases(token)).hasSize(bodies.size());
    }

    @Test
    void twinsOfOneContentAtOnce_oneIsRegistered_theOthersRefusedAsDuplicates() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        Map<String, Object> body = signed(user, TestClaims.claimBy(user, "близнецы"), token);
        List<Callable<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String key = "twin-" + i;
            calls.add(() -> http.file(token, key, body).expect(201).json());
        }

        List<JsonNode> answers = atOnce(calls);

        List<FilingStatus> statuses = new ArrayList<>();
        for (JsonNode answer : answers) {
            statuses.add(FilingTest.status(answer));
        }
        assertThat(statuses).filteredOn(FilingStatus.REGISTERED::equals).hasSize(1);
        assertThat(statuses)
                .filteredOn(FilingStatus.refused(RefusalGround.DUPLICATE)::equals)
                .hasSize(CLIENTS - 1);
    }

    @Test
    void oneKeySentSeveralTimesAtOnce_makesOneFiling_createdOnceAndAnsweredToEveryRequest() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        Map<String, Object> body = signed(user, TestClaims.claimBy(user, "повтор"), token);
        List<Callable<CourtHttp.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            calls.add(() -> http.file(token, "one-key", body));
        }

        List<CourtHttp.Reply> replies = atOnce(calls);

        assertThat(replies).extracting(CourtHttp.Reply::status).containsOnly(200, 201);
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(replies)
                .extracting(reply -> reply.json().path("filingId").asText())
                .containsOnly(replies.get(0).json().path("filingId").asText());
        assertThat(http.myCases(token)).hasSize(1);
    }
}
