package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every answer has: problem+json errors, request ids, languages. */
@ExtendWith(NoLeakedCourt.class)
class HttpProtocolTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    private final CourtHttp http = CourtHttp.of(court);

    @Test
    void unknownRoute_is404Problem_withRequestId() {
        CourtHttp.Reply reply = http.get("/api/v1/nothing-here").expect(404);

        assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json; charset=utf-8");
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).isEqualTo("urn:officesud:problem:not_found");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("code").asText()).isEqualTo("not_found");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/nothing-here");
        assertThat(reply.header("X-Request-Id"))
                .startsWith("req-")
                .isEqualTo(problem.path("requestId").asText());
    }

    @Test
    void wrongMethod_is405Problem_withAllow() {
        CourtHttp.Reply reply =
                http.send("PATCH", "/api/v1/filings", new byte[0]).expect(405);

        assertThat(reply.header("Allow")).isEqualTo("POST, GET");
        assertThat(reply.json().path("code").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void malformedJson_is400Problem_withoutEchoingTheBody() {
        CourtHttp.Reply reply = http.send(
                        "POST",
                        "/api/v1/sessions",
                        "{\"login\": \"123\", \"password\": \"secret-value".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/json")
                .expect(400);

        assertThat(reply.json().path("code").asText()).isEqualTo("malformed_json");
        assertThat(reply.text()).doesNotContain("secret-value");
    }

    @Test
    void everyAnswer_hasADistinctRequestId() {
        String first = http.get("/__admin/health").expect(200).header("X-Request-Id");
        String second = http.get("/__admin/health").expect(200).header("X-Request-Id");

        assertThat(first).startsWith("req-").isNotEqualTo(second);
    }

    @Test
    void theClientsRequestId_isEchoed_inTheHeaderAndTheProblem() {
        CourtHttp.Reply reply = http.get("/api/v1/nothing-here", "X-Request-Id", "9f2c0a7e41b3d856-2")
                .expect(404);

        assertThat(reply.header("X-Request-Id")).isEqualTo("9f2c0a7e41b3d856-2");
        assertThat(reply.json().path("requestId").asText()).isEqualTo("9f2c0a7e41b3d856-2");
    }

    @Test
    void aRequestIdThatCannotBeLoggedSafely_isReplacedByTheCourts() {
        for (String unsafe : new String[] {"a b", "id\"}", "x".repeat(65), "id;drop"}) {
            assertThat(http.get("/api/v1/nothing-here", "X-Request-Id", unsafe)
                            .expect(404)
                            .header("X-Request-Id"))
                    .as(unsafe)
                    .startsWith("req-");
        }
    }

    @Test
    void acceptLanguage_picksTheTitleLanguage_russianByDefault() {
        assertThat(http.get("/nowhere", "Accept-Language", "kk-KZ")
                        .json()
                        .path("title")
                        .asText())
                .isEqualTo("Табылмады");
        assertThat(http.get("/nowhere", "Accept-Language", "en-GB,en;q=0.8")
                        .json()
                        .path("title")
                        .asText())
                .isEqualTo("Not found");
        assertThat(http.get("/nowhere").json().path("title").asText()).isEqualTo("Не найдено");
        assertThat(http.get("/nowhere", "Accept-Language", "de")
                        .json()
                        .path("title")
                        .asText())
                .isEqualTo("Не найдено");
    }

    @Test
    void concurrentRequests_areAllServed_byTheBoundedPool() throws Exception {
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(callers.submit(() -> http.get("/__admin/health").status()));
            }
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
        java.util.Map<String, Long> threadsPerServer = Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.startsWith("reference-court-http-"))
                .collect(java.util.stream.Collectors.groupingBy(
                        name -> name.substring(0, name.lastIndexOf('-')), java.util.stream.Collectors.counting()));
        assertThat(threadsPerServer).isNotEmpty().allSatisfy((server, count) -> assertThat(count)
                .isLessThanOrEqualTo(16 + 4));
    }

    @Test
    void health_answersTheCourtTime() {
        JsonNode health = http.get("/__admin/health").expect(200).json();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("clerkPolicy").asText()).isEqualTo("WITHIN_ONE_WORKING_DAY");
    }

    @Test
    void adminClock_advancesByWorkingDaysOrDuration() {
        java.time.Instant before = court.clock().instant();

        JsonNode after = http.postJson("/__admin/clock/advance", Map.of("duration", "PT1H"))
                .expect(200)
                .json();

        assertThat(java.time.Instant.parse(after.path("now").asText())).isAfterOrEqualTo(before.plusSeconds(3600));
        assertThat(http.postJson("/__admin/clock/advance", Map.of("duration", "-PT1H"))
                        .expect(400)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("bad_request");
        java.time.Instant unmoved = court.clock().instant();
        assertThat(http.postJson("/__admin/clock/advance", Map.of("duration", "PT1H", "workingDays", 1))
                        .expect(400)
                        .json()
                        .path("detail")
                        .asText())
                .contains("not both");
        assertThat(court.clock().instant()).isBefore(unmoved.plusSeconds(600));
    }

    @Test
    void adminTestUser_comesWithAKeyFile_andCanLogIn() {
        JsonNode user = http.postJson("/__admin/test-users", Map.of("kind", "legalEntity"))
                .expect(201)
                .json();

        assertThat(user.path("login").asText())
                .isEqualTo(user.path("bin").asText())
                .hasSize(12);
        assertThat(java.util.Base64.getDecoder().decode(user.path("p12").asText()))
                .isNotEmpty();
        http.logIn(user.path("login").asText(), user.path("password").asText()).expect(201);
    }

    @Test
    void openApiDescription_isServed() {
        CourtHttp.Reply reply = http.get("/api/v1/openapi.yaml").expect(200);

        assertThat(reply.header("Content-Type")).startsWith("application/yaml");
        assertThat(reply.text()).startsWith("openapi: 3.1.0");
    }
}
