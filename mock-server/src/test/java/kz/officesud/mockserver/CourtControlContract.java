package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.signing.revocation.RevocationReason;
import org.junit.jupiter.api.Test;

/**
 * What {@link CourtControl} does, the same in process and over HTTP: each subclass runs these tests against one
 * form.
 */
abstract class CourtControlContract {
    /** Monday 2026-11-23 10:00 in Astana. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    abstract ReferenceCourtExtension court();

    CourtControl control() {
        return court().control();
    }

    CourtHttp http() {
        return CourtHttp.of(court());
    }

    private FilingStatus status(TestUser user, String filingId) {
        JsonNode filing = http().get(
                        "/api/v1/filings/" + filingId, "Authorization", CourtHttp.bearer(http().token(user)))
                .expect(200)
                .json();
        try {
            return CourtHttp.MAPPER.treeToValue(filing.path("status"), FilingStatus.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String filed(TestUser user, String text) {
        return http().filedClaim(user, text, "key-" + text);
    }

    @Test
    void health_answersUp_theCourtTime_andThePolicy() {
        CourtHealth health = control().health();

        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.now()).isEqualTo(MONDAY_10);
        assertThat(health.clerkPolicy()).isEqualTo(Clerk.Policy.IMMEDIATE);
    }

    @Test
    void clock_isSet_andAdvanced_byDurationAndWorkingDays() {
        assertThat(control().setClock(Instant.parse("2026-11-27T05:00:00Z"))) // a Friday
                .isEqualTo(Instant.parse("2026-11-27T05:00:00Z"));
        assertThat(control().advanceWorkingDays(1)).isEqualTo(Instant.parse("2026-11-30T05:00:00Z"));
        assertThat(control().advanceClock(Duration.ofHours(2))).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
        assertThat(control().now()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
        assertThat(court().clock().instant()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }

    @Test
    void anAbsurdClockMove_isRefused_andTheCourtGoesOn() {
        Instant before = control().now();

        for (Runnable absurd : List.<Runnable>of(
                () -> control().advanceClock(Duration.ofDays(365L * 1_000_000)),
                () -> control().advanceClock(Duration.ofSeconds(Long.MAX_VALUE)),
                () -> control().advanceWorkingDays(Integer.MAX_VALUE),
                () -> control().advanceWorkingDays(-1),
                () -> control().setClock(Instant.parse("1970-01-01T00:00:00Z")),
                () -> control().setClock(Instant.MAX))) {
            assertThatThrownBy(absurd::run)
                    .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                            .isEqualTo(ReferenceCourtException.Reason.INVALID));
        }

        assertThat(control().now()).isEqualTo(before);
        TestUser user = control().newIndividual();
        assertThat(status(user, filed(user, "after-absurd"))).isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void clerkNext_decidesTheNextFiling_whateverItsChecksSay() {
        TestUser user = control().newIndividual();
        control().clerkNext(FilingStatus.refused(RefusalGround.MISSING_ANNEX), "Приложение 2 отсутствует");

        String refused = filed(user, "next-refused");
        String registered = filed(user, "next-registered");

        assertThat(status(user, refused)).isEqualTo(FilingStatus.refused(RefusalGround.MISSING_ANNEX));
        assertThat(status(user, registered)).isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void manualClerk_leavesFilingsSent_untilRun() {
        control().clerkPolicy(Clerk.Policy.MANUAL);
        TestUser user = control().newIndividual();
        String filing = filed(user, "manual");
        assertThat(status(user, filing)).isEqualTo(FilingStatus.SENT);
        assertThat(control().clerkPolicy()).isEqualTo(Clerk.Policy.MANUAL);

        assertThat(control().runClerk()).containsExactly(FilingId.of(filing));

        assertThat(status(user, filing)).isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void decide_movesAlongTheLifecycle_andRefusesOtherMoves() {
        TestUser user = control().newIndividual();
        String filing = filed(user, "decide");

        control().decide(FilingId.of(filing), FilingStatus.of(FilingState.IN_PROCEEDINGS), "принято к производству");

        assertThat(status(user, filing)).isEqualTo(FilingStatus.of(FilingState.IN_PROCEEDINGS));
        assertThatThrownBy(() -> control().decide(FilingId.of(filing), FilingStatus.SENT, "back"))
                .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                        .isEqualTo(ReferenceCourtException.Reason.CONFLICT));
        assertThatThrownBy(() -> control().decide(FilingId.of("F-nothing"), FilingStatus.REGISTERED, "x"))
                .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                        .isEqualTo(ReferenceCourtException.Reason.NOT_FOUND));
    }

    private static final String OPENAPI = "GET /api/v1/openapi.yaml";

    @Test
    void statusFault_answersTheStatusWithRetryAfter_forTheNextNCalls() {
        control()
                .inject(CourtFault.status(OPENAPI, 503)
                        .retryAfter(Duration.ofSeconds(2))
                        .times(2));
        assertThat(control().faults()).singleElement().satisfies(fault -> assertThat(fault.times())
                .isEqualTo(2));

        CourtHttp.Reply first = http().get("/api/v1/openapi.yaml").expect(503);
        assertThat(first.header("Retry-After")).isEqualTo("2");
        assertThat(first.json().path("code").asText()).isEqualTo("fault_injected");
        assertThat(first.header("X-Request-Id")).startsWith("req-");
        http().get("/api/v1/openapi.yaml").expect(503);
        http().get("/api/v1/openapi.yaml").expect(200);
        assertThat(control().faults()).isEmpty();
    }

    @Test
    void latencyFault_delaysTheAnswer() {
        control().inject(CourtFault.latency(OPENAPI, Duration.ofMillis(400)));

        long start = System.nanoTime();
        http().get("/api/v1/openapi.yaml").expect(200);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void dropFault_closesTheConnectionWithoutAnAnswer_thenClears() throws Exception {
        control().inject(CourtFault.drop(OPENAPI).fraction(1.0));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(court().baseUrl() + "api/v1/openapi.yaml"))
                .timeout(Duration.ofSeconds(10))
                .build();

        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(control().journal())
                .anySatisfy(entry -> assertThat(entry.status()).isZero());

        control().clearFaults();
        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    /** A claim of {@code user}'s, its documents uploaded and its manifest signed: the body of its filing. */
    private Map<String, Object> claimBody(TestUser user, String token, String text) {
        TestClaims.ClaimWithFiles claim = TestClaims.claimBy(user, text);
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);
        return CourtHttp.filingBody(
                manifest, CourtHttp.sign(user.key(), manifest), http().uploadAll(token, claim.files()));
    }

    @Test
    void aFaultBeforeHandling_leavesNothingDone() {
        TestUser user = control().newIndividual();
        String token = http().token(user);
        Map<String, Object> body = claimBody(user, token, "before");
        control().inject(CourtFault.status("POST /api/v1/filings", 503));

        http().file(token, "key-before", body).expect(503);

        assertThat(http().myCases(token)).isEmpty();
        assertThat(http().file(token, "key-before", body)
                        .expect(201)
                        .json()
                        .path("filingId")
                        .asText())
                .startsWith("F-");
    }

    @Test
    void aDropAfterHandling_losesTheTalon_ofAFilingTheCourtStored_andTheSameKeyAnswersIt() {
        TestUser user = control().newIndividual();
        String token = http().token(user);
        Map<String, Object> body = claimBody(user, token, "after");
        control().inject(CourtFault.drop("POST /api/v1/filings").afterHandling());
        assertThat(control().faults()).singleElement().satisfies(fault -> assertThat(fault.phase())
                .isEqualTo(CourtFault.Phase.AFTER_HANDLING));

        assertThatThrownBy(() -> http().file(token, "key-after", body)).isInstanceOf(UncheckedIOException.class);

        List<JsonNode> stored = http().myCases(token);
        assertThat(stored).singleElement();
        String filingId = stored.get(0).path("filingId").asText();
        assertThat(control().journal()).anySatisfy(entry -> assertThat(entry)
                .extracting(JournalEntry::operation, JournalEntry::status)
                .containsExactly("POST /api/v1/filings", 0));
        assertThat(http().file(token, "key-after", body)
                        .expect(200)
                        .json()
                        .path("filingId")
                        .asText())
                .isEqualTo(filingId);
        assertThat(http().myCases(token)).hasSize(1);
    }

    @Test
    void aStatusAfterHandling_answersTheStatus_forWorkTheCourtDid() {
        TestUser user = control().newIndividual();
        String token = http().token(user);
        Map<String, Object> body = claimBody(user, token, "after status");
        control()
                .inject(CourtFault.status("POST /api/v1/filings", 500)
                        .retryAfter(Duration.ofSeconds(1))
                        .afterHandling());

        CourtHttp.Reply reply = http().file(token, "key-after-status", body).expect(500);

        assertThat(reply.json().path("code").asText()).isEqualTo("fault_injected");
        assertThat(reply.header("Retry-After")).isEqualTo("1");
        assertThat(http().myCases(token)).singleElement();
        assertThat(control().faults()).isEmpty();
    }

    @Test
    void aFaultOnAnUnknownOperation_orOnTheControlApi_isRefused() {
        for (String operation : List.of("GET /api/v1/nothing", "GET /__admin/health")) {
            assertThatThrownBy(() -> control().inject(CourtFault.status(operation, 500)))
                    .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                            .isEqualTo(ReferenceCourtException.Reason.INVALID));
        }
        assertThatThrownBy(() -> CourtFault.latency(OPENAPI, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CourtFault.status(OPENAPI, 200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void journal_keepsTheCourtsRequests_notTheControlsOwn() {
        http().get("/api/v1/openapi.yaml").expect(200);
        http().get("/api/v1/nowhere").expect(404);
        control().health();

        List<JournalEntry> journal = control().journal();

        assertThat(journal).extracting(JournalEntry::path).containsExactly("/api/v1/openapi.yaml", "/api/v1/nowhere");
        assertThat(journal.get(0).operation()).isEqualTo(OPENAPI);
        assertThat(journal.get(0).status()).isEqualTo(200);
        assertThat(journal.get(1).operation()).isNull();
        assertThat(journal.get(1).status()).isEqualTo(404);
        control().clearJournal();
        assertThat(control().journal()).isEmpty();
    }

    @Test
    void outbox_answersWhatWasSent_andRefusesABadName() {
        court().court()
                .outboxes()
                .outbox("email")
                .add(new OutboxMessage(
                        "M-1", "email", MONDAY_10, "user@example.kz", "Талон", "Ваше заявление поступило", Map.of()));

        assertThat(control().outbox("email")).singleElement().satisfies(message -> assertThat(message.body())
                .isEqualTo("Ваше заявление поступило"));
        assertThat(control().outbox("webhooks")).isEmpty();
        assertThatThrownBy(() -> control().outbox("../etc"))
                .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                        .isIn(ReferenceCourtException.Reason.INVALID, ReferenceCourtException.Reason.NOT_FOUND));
    }

    @Test
    void reset_forgetsEverything_andPutsTheClockBack() {
        TestUser user = control().newIndividual();
        filed(user, "before-reset");
        control().advanceWorkingDays(3);
        control().clerkPolicy(Clerk.Policy.MANUAL);
        control().inject(CourtFault.status(OPENAPI, 500));

        control().reset();

        http().logIn(user.login(), user.password()).expect(401);
        assertThat(control().now()).isEqualTo(MONDAY_10);
        assertThat(control().clerkPolicy()).isEqualTo(Clerk.Policy.IMMEDIATE);
        assertThat(control().faults()).isEmpty();
        http().get("/api/v1/openapi.yaml").expect(200);
    }

    @Test
    void snapshot_restore_bringsUsersFilingsAndClockBack() {
        TestUser user = control().newIndividual();
        String filing = filed(user, "snapshot");
        control().advanceClock(Duration.ofHours(5));
        control().clerkNext(FilingStatus.refused(RefusalGround.DUPLICATE), "повторно");
        CourtSnapshot snapshot = control().snapshot();

        control().reset();
        http().logIn(user.login(), user.password()).expect(401);
        control().restore(snapshot);

        assertThat(status(user, filing)).isEqualTo(FilingStatus.REGISTERED);
        assertThat(control().now()).isEqualTo(MONDAY_10.plus(Duration.ofHours(5)));
        assertThat(status(user, filed(user, "after-restore"))).isEqualTo(FilingStatus.refused(RefusalGround.DUPLICATE));
    }

    @Test
    void restore_ofSomethingElse_isRefused_andChangesNothing() {
        TestUser user = control().newIndividual();

        for (String bad :
                List.of("{}", "[1,2]", "{\"format\":\"officesud-court-snapshot\",\"version\":9}", "nonsense")) {
            assertThatThrownBy(() ->
                            control().restore(CourtSnapshot.of(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                            .isEqualTo(ReferenceCourtException.Reason.INVALID));
        }

        http().logIn(user.login(), user.password()).expect(201);
    }

    @Test
    void seed_addsAFixturesRecords_toWhatTheCourtHolds() {
        TestUser seeded = control().newIndividual();
        CourtSnapshot fixture = control().snapshot();
        control().reset();
        TestUser other = control().newIndividual();

        control().seed(fixture);

        http().logIn(seeded.login(), seeded.password()).expect(201);
        http().logIn(other.login(), other.password()).expect(201);
    }

    @Test
    void testUsers_logInByPasswordAndByKey_andALegalEntityHasItsBin() {
        TestUser person = control().newIndividual();
        TestUser company = control().newLegalEntity();

        http().logIn(person.login(), person.password()).expect(201);
        http().logInWithKey(person.key()).expect(201);
        assertThat(company.bin()).isNotNull();
        assertThat(company.login()).isEqualTo(company.bin().value());
        http().logInWithKey(company.key()).expect(201);
    }

    @Test
    void revoke_refusesLogInByTheKey_release_allowsItAgain() {
        TestUser user = control().newIndividual();

        control().revoke(user.key().certificate(), RevocationReason.KEY_COMPROMISE);
        http().logInWithKey(user.key()).expect(401);

        control().release(user.key().certificate());
        http().logInWithKey(user.key()).expect(201);
    }
}
