package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.StatusChange;
import kz.officesud.transport.CourtOfficeException;
import kz.officesud.transport.CourtServiceException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class MyCasesTest extends CourtServerTestBase {

    private static final List<StatusChange> HISTORY = List.of(
            new StatusChange(FilingStatus.SENT, Instant.parse("2025-03-10T04:05:07Z"), null),
            new StatusChange(
                    FilingStatus.refused(RefusalGround.MISSING_ANNEX),
                    Instant.parse("2025-03-11T05:00:00Z"),
                    "Приложение не найдено"));

    private static Map<String, Object> filingJson(boolean withHistory) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("filingId", "F-1");
        map.put("service", CourtService.CLAIM);
        map.put("talon", talon());
        map.put("court", court());
        map.put("status", FilingStatus.refused(RefusalGround.MISSING_ANNEX));
        map.put("history", withHistory ? HISTORY : List.of());
        map.put("reference", null);
        map.put("idempotencyKey", "key-1");
        return map;
    }

    @Test
    void list_readsEveryCaseOfTheAccount() throws Exception {
        CourtSession session = session();
        server.enqueue(json(200, List.of(filingJson(true))));

        List<CaseSummary> cases = session.myCases().list();

        assertThat(cases)
                .containsExactly(new CaseSummary(
                        new FilingId("F-1"),
                        CourtService.CLAIM,
                        talon(),
                        court(),
                        FilingStatus.refused(RefusalGround.MISSING_ANNEX)));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/filings");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tok-secret-1");
    }

    @Test
    void filing_readsTheStatusAndItsHistory() throws Exception {
        CourtSession session = session();
        server.enqueue(json(200, filingJson(true)));

        FilingDetails details = session.myCases().filing(new FilingId("F-1"));

        assertThat(details.status()).isEqualTo(FilingStatus.refused(RefusalGround.MISSING_ANNEX));
        assertThat(details.statusHistory()).isEqualTo(HISTORY);
        assertThat(details.talon()).isEqualTo(talon());
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/filings/F-1");
    }

    @Test
    void filing_escapesTheIdInThePath() throws Exception {
        CourtSession session = session();
        server.enqueue(json(200, filingJson(false)));

        session.myCases().filing(new FilingId("a/b c"));

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/filings/a%2Fb%20c");
    }

    @Test
    void talon_readsTheTalonOfAFiling() throws Exception {
        CourtSession session = session();
        server.enqueue(json(200, talon()));

        assertThat(session.myCases().talon(new FilingId("F-1"))).isEqualTo(talon());
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/filings/F-1/talon");
    }

    @Test
    void filing_whenUnknown_throwsNotFound() throws Exception {
        CourtSession session = session();
        server.enqueue(problem(404, "not_found", "No filing F-9"));

        assertThatThrownBy(() -> session.myCases().filing(new FilingId("F-9")))
                .isInstanceOfSatisfying(CourtServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("not_found");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void list_whenAnAttemptIsSlowerThanTheAttemptTimeout_isRepeated() throws Exception {
        office.close();
        office = officeBuilder().attemptTimeout(Duration.ofMillis(300)).build();
        CourtSession session = session();
        server.enqueue(json(200, List.of())
                .newBuilder()
                .headersDelay(3, TimeUnit.SECONDS)
                .build());
        server.enqueue(json(200, List.of(filingJson(false))));

        assertThat(session.myCases().list()).hasSize(1);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void list_whenTheAnswerIsNotTheExpectedShape_throwsAClearError() throws Exception {
        CourtSession session = session();
        server.enqueue(json(200, "{\"unexpected\":true}"));

        assertThatThrownBy(() -> session.myCases().list())
                .isExactlyInstanceOf(CourtOfficeException.class)
                .hasMessageContaining("could not be read")
                .hasMessageContaining("not a JSON array");
    }
}
