package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.ProceedingsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case observation at the court over its own HTTP API, across a restart: what the court keeps on disk comes back
 * in the order of time — the search's cases and the audit history oldest first — even when the records' files sort
 * otherwise (a case number's "/10" before its "/9", audit entries named by random ids).
 */
class CaseObservationTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @TempDir
    Path dataDirectory;

    private ReferenceCourt start(CourtClock clock) {
        return ReferenceCourt.builder()
                .dataDirectory(dataDirectory)
                .clock(clock)
                .clerkPolicy(Clerk.Policy.IMMEDIATE)
                .build()
                .start();
    }

    @Test
    void afterARestart_theSearchAndTheAudit_areStillOldestFirst() throws Exception {
        CourtClock clock = CourtClock.fixed(MONDAY_10);
        String iin;
        try (ReferenceCourt court = start(clock)) {
            CourtHttp http = CourtHttp.of(court);
            TestUser user = court.users().individual();
            iin = user.iin().value();
            String token = http.token(user);
            List<String> filings = new ArrayList<>();
            for (String key : List.of("key-first", "key-second")) {
                TestClaims.ClaimWithFiles claim = TestClaims.claimBy(user, key);
                byte[] manifest = CourtHttp.manifest(claim.claim(), user);
                filings.add(http.file(
                                token,
                                key,
                                CourtHttp.filingBody(
                                        manifest,
                                        CourtHttp.sign(user.key(), manifest),
                                        http.uploadAll(token, claim.files())))
                        .expect(201)
                        .json()
                        .path("filingId")
                        .asText());
            }
            // the older case has the number whose record file sorts last
            http.postJson(
                            "/__admin/observed-cases",
                            Map.of(
                                    "caseNumber", "7517-26-00-2/9",
                                    "filingId", filings.get(0),
                                    "form", "CIVIL",
                                    "instance", "FIRST"))
                    .expect(201);
            court.clock().advance(Duration.ofDays(1));
            court.observation()
                    .openCase(
                            "7517-26-00-2/10", FilingId.of(filings.get(1)), ProceedingsForm.CIVIL, CourtInstance.FIRST);
            JsonNode issued = http.postJson(
                            "/__admin/access-grants",
                            Map.of(
                                    "caseNumber", "7517-26-00-2/10",
                                    "iin", iin,
                                    "fullName", "Асанов Болат Серикович",
                                    "category", "PLAINTIFF",
                                    "requestedOn", "2026-11-24",
                                    "email", "plaintiff@example.kz"))
                    .expect(201)
                    .json();
            assertThat(issued.path("password").asText()).hasSize(12);
            assertThat(issued.path("category").asText()).isEqualTo("PLAINTIFF");
            assertThat(issued.path("card").asText()).isNotEmpty();
            for (int i = 0; i < 12; i++) {
                court.clock().advance(Duration.ofSeconds(1));
                http.postJson("/api/v1/observations", Map.of("iin", iin, "password", "WRONG" + i));
            }
            http.postJson("/api/v1/case-searches", Map.of("participantId", iin)).expect(200);
        }

        try (ReferenceCourt court = start(clock)) {
            CourtHttp http = CourtHttp.of(court);
            JsonNode found = http.postJson("/api/v1/case-searches", Map.of("participantId", iin))
                    .expect(200)
                    .json();
            assertThat(found.findValuesAsText("caseNumber")).containsExactly("7517-26-00-2/9", "7517-26-00-2/10");
            assertThat(found.findValuesAsText("registeredOn")).containsExactly("2026-11-23", "2026-11-24");

            List<AccessAuditEntry> audit = court.observation().audit();
            assertThat(audit).hasSizeGreaterThan(10);
            assertThat(audit).extracting(AccessAuditEntry::at).isSorted();
            assertThat(audit.get(0).action()).isEqualTo("OBSERVE_DENIED");
            assertThat(audit.get(audit.size() - 1).action()).isEqualTo("SEARCH");

            JsonNode viaHttp =
                    http.get("/__admin/access-audit?iin=" + iin).expect(200).json();
            assertThat(viaHttp.findValuesAsText("action"))
                    .startsWith("OBSERVE_DENIED")
                    .contains("LOCKED_OUT_IIN", "OBSERVE_LOCKED");
            assertThat(LocalDate.parse(found.get(0).path("registeredOn").asText()))
                    .isBefore(LocalDate.parse(found.get(1).path("registeredOn").asText()));
        }
    }
}
