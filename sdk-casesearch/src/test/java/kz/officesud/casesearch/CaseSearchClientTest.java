package kz.officesud.casesearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.Region;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.core.wire.ViewedCase;
import kz.officesud.transport.AccountToken;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.RetryPolicy;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's side of case search and observation against answers made by hand: the court's own problems become the
 * typed errors an application handles (a challenge to show, a lock-out with its wait, a refused pair), nothing is
 * sent for a malformed IIN, a lock-out is not repeated, and a download that is not what the court listed never takes
 * the target's name.
 */
class CaseSearchClientTest {
    private MockWebServer server;
    private CaseSearchClient client;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = CaseSearchClient.builder()
                .baseUrl(URI.create(server.url("/").toString()))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse problem(int status, String code, String extra, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/problem+json")
                .addHeader("X-Request-Id", "R-1")
                .body("{\"type\":\"urn:officesud:problem:" + code + "\",\"status\":" + status + ",\"code\":\"" + code
                        + "\",\"detail\":\"d\",\"requestId\":\"R-1\"" + extra + "}");
        for (int i = 0; i < headers.length; i += 2) {
            b.addHeader(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    @Test
    void aChallenge_comesToTheApplication_withItsImage_andTheAnswerGoesBackWithTheSearch() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        server.enqueue(problem(
                429,
                "challenge_required",
                ",\"challenge\":{\"challengeId\":\"CH-1\",\"mediaType\":\"image/png\",\"image\":\""
                        + Base64.getEncoder().encodeToString(png) + "\",\"expiresAt\":\"2026-11-23T05:05:00Z\"}"));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("[{\"caseNumber\":\"7517-26-00-2/1\",\"courtCode\":\"7517\",\"courtName\":\"Медеуский районный"
                        + " суд\",\"region\":\"ALMATY\",\"form\":\"CIVIL\",\"registeredOn\":\"2026-11-23\","
                        + "\"archived\":false}]")
                .build());

        SearchChallengeException asked = catchThrowableOfType(
                SearchChallengeException.class, () -> client.search(CaseQuery.participant("870412300415")));

        assertThat(asked.challenge().challengeId()).isEqualTo("CH-1");
        assertThat(asked.challenge().image()).isEqualTo(png);
        assertThat(asked.challenge().expiresAt()).isEqualTo(Instant.parse("2026-11-23T05:05:00Z"));
        assertThat(asked.retryable()).isFalse();
        assertThat(asked.requestId()).hasValue("R-1");
        assertThat(server.getRequestCount()).isEqualTo(1); // a challenge is never repeated by the client

        var found = client.search(
                CaseQuery.participant("870412300415").inRegion(Region.ALMATY),
                ChallengeAnswer.of(asked.challenge(), "123456"));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.form()).isEqualTo(ProceedingsForm.CIVIL);
            assertThat(c.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        });
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        String body = second.getBody().utf8();
        assertThat(body)
                .contains("\"challengeId\":\"CH-1\"")
                .contains("\"challengeAnswer\":\"123456\"")
                .contains("\"region\":\"ALMATY\"");
    }

    @Test
    void aLockOut_isTyped_withItsWait_andNotRepeated() {
        server.enqueue(problem(429, "observation_locked", "", "Retry-After", "600"));
        server.enqueue(problem(429, "observation_locked", "", "Retry-After", "600"));

        ObservationLockedException locked = catchThrowableOfType(
                ObservationLockedException.class, () -> client.observe("870412300415", "X".toCharArray()));

        assertThat(locked.retryAfter()).hasValue(Duration.ofMinutes(10));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedPair_isAnAuthenticationFailure_andThePasswordIsNeitherInTheMessageNorRepeated() throws Exception {
        server.enqueue(problem(401, "observation_denied", ""));

        AuthenticationException denied = catchThrowableOfType(
                AuthenticationException.class, () -> client.observe("870412300415", "SECRET-PASS".toCharArray()));

        assertThat(denied.code()).isEqualTo("observation_denied");
        assertThat(denied.getMessage()).contains("no case answers").doesNotContain("SECRET-PASS");
        assertThat(server.takeRequest().getBody().utf8()).contains("\"iin\":\"870412300415\"");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anIinThatIsNot12Digits_isRefusedBeforeSending() {
        for (String iin : List.of("87041230041", "8704123004150", "87041230041a", " 87041230041", "８７０４１２３００４１５")) {
            assertThatThrownBy(() -> client.observe(iin, "X".toCharArray()))
                    .as(iin)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                                    e.report().violations())
                            .singleElement()
                            .satisfies(v -> assertThat(v.messageKey()).isEqualTo("iin.format")));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aDownload_thatIsNotWhatTheCourtListed_isFetchedAgain_andNeverTakesTheTargetsName() throws Exception {
        byte[] listed = "Решение суда".getBytes(StandardCharsets.UTF_8);
        byte[] other = "Подмена!!!!!!!!!!!!!!!!".getBytes(StandardCharsets.UTF_8);
        other = java.util.Arrays.copyOf(other, listed.length); // the same size, other bytes
        // the first answer is not what was listed, the second is: the download is fetched again and kept
        server.enqueue(answer(other));
        server.enqueue(answer(listed));
        // then three wrong answers in a row: every attempt fails, and nothing takes the target's name
        for (int i = 0; i < 3; i++) {
            server.enqueue(answer(other));
        }
        CaseDocumentView document = new CaseDocumentView(
                "A-1",
                JudicialActKind.DECISION,
                "Решение",
                "решение.pdf",
                "application/pdf",
                listed.length,
                Sha256.ofHex(HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(listed))),
                Instant.parse("2026-11-23T05:00:00Z"),
                CourtInstance.FIRST,
                false);
        ObservedCaseView observed = new ObservedCaseView(
                "7517-26-00-2/1",
                LocalDate.of(2026, 11, 23),
                ProceedingsForm.CIVIL,
                Region.ALMATY,
                "7517",
                "Медеуский районный суд",
                false,
                ParticipantCategory.PLAINTIFF,
                List.of(),
                List.of(),
                List.of(document),
                "TOKEN-1",
                Instant.parse("2026-11-23T05:30:00Z"));
        Path kept = client.download(observed, document, dir.resolve("решение.pdf"));
        assertThat(kept).hasBinaryContent(listed);
        Files.delete(kept);

        Path target = dir.resolve("второе.pdf");
        assertThatThrownBy(() -> client.download(observed, document, target)).isInstanceOf(CourtIoException.class);
        assertThat(target).doesNotExist();
        assertThat(server.getRequestCount()).isEqualTo(5);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty(); // no partial file left either
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer TOKEN-1");
        assertThat(observed.toString()).doesNotContain("TOKEN-1");
    }

    private static MockResponse answer(byte[] body) {
        return new MockResponse.Builder()
                .code(200)
                .body(new okio.Buffer().write(body))
                .build();
    }

    private static final String SUMMARY = "{\"caseNumber\":\"7517-26-00-2/1\",\"courtCode\":\"7517\","
            + "\"courtName\":\"Медеуский районный суд\",\"region\":\"ALMATY\",\"form\":\"CIVIL\","
            + "\"registeredOn\":\"2026-11-23\",\"archived\":true}";

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Test
    void aSignedInClient_sendsTheAccountsToken_withItsSearchesAndTheViewedCases_butNeverWithADownload()
            throws Exception {
        AccountToken token = AccountToken.of("ACCOUNT-1", null);
        server.enqueue(json("[" + SUMMARY + "]"));
        server.enqueue(json("[{\"summary\":" + SUMMARY + ",\"viewedAt\":\"2026-11-23T05:01:00Z\"}]"));
        try (CaseSearchClient alice = client.signedIn(token)) {
            assertThat(alice.isSignedIn()).isTrue();
            assertThat(alice.toString()).doesNotContain("ACCOUNT-1");
            assertThat(alice.search(CaseQuery.caseNumber(kz.officesud.core.model.CaseNumber.parse("7517-26-00-2/1"))))
                    .singleElement()
                    .satisfies(c -> assertThat(c.archived()).isTrue());
            List<ViewedCase> viewed = alice.viewedCases();
            assertThat(viewed).extracting(v -> v.summary().caseNumber()).containsExactly("7517-26-00-2/1");
            assertThat(viewed.get(0).viewedAt()).isEqualTo(Instant.parse("2026-11-23T05:01:00Z"));
        }
        RecordedRequest search = server.takeRequest();
        assertThat(search.getUrl().encodedPath()).isEqualTo("/api/v1/case-searches");
        assertThat(search.getHeaders().get("Authorization")).isEqualTo("Bearer ACCOUNT-1");
        RecordedRequest list = server.takeRequest();
        assertThat(list.getMethod()).isEqualTo("GET");
        assertThat(list.getUrl().encodedPath()).isEqualTo("/api/v1/viewed-cases");
        assertThat(list.getHeaders().get("Authorization")).isEqualTo("Bearer ACCOUNT-1");
        assertThat(token.toString()).doesNotContain("ACCOUNT-1");

        // the anonymous client it came from stays open and sends no token
        server.enqueue(json("[]"));
        client.search(CaseQuery.participant("870412300415"));
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void anAnonymousClient_getsATyped401_forTheViewedCases() {
        server.enqueue(problem(401, "unauthorized", ""));
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, client::viewedCases);
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.code()).isEqualTo("unauthorized");
        assertThat(e.retryable()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theAsyncCalls_failWithTheTypesTheBlockingCallsThrow_andCancelTheCallInFlight() throws Exception {
        // a local check fails the future, nothing is sent
        assertThat(client.observeAsync("12345", "x".toCharArray()))
                .failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(ValidationException.class);
        // the court's 401 arrives as the typed error
        server.enqueue(problem(401, "unauthorized", ""));
        assertThat(client.viewedCasesAsync())
                .failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(AuthenticationException.class);
        server.enqueue(json("[" + SUMMARY + "]"));
        assertThat(client.searchAsync(CaseQuery.participant("870412300415"))
                        .get(5, java.util.concurrent.TimeUnit.SECONDS))
                .hasSize(1);

        // an answer that never comes: cancelling the future cancels the call
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .headersDelay(30, java.util.concurrent.TimeUnit.SECONDS)
                .body("[]")
                .build());
        java.util.concurrent.CompletableFuture<List<ViewedCase>> slow = client.viewedCasesAsync();
        for (int i = 0; i < 3; i++) { // the 401, the search, and the slow one
            assertThat(server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS))
                    .isNotNull();
        }
        int sent = server.getRequestCount();
        assertThat(slow.cancel(true)).isTrue();
        assertThat(slow).isCancelled();
        Thread.sleep(300);
        assertThat(server.getRequestCount()).isEqualTo(sent); // nothing sent again
    }
}
