package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The court's side, raw over HTTP, of archived cases (only a finished case is archived; its scans are listed oldest
 * first among its acts under the category rules and the blocks) and of the list of previously viewed cases (per
 * cabinet account, the most recent first, each case once, bounded; anonymous callers get 401).
 */
class ArchivedCasesAndViewedCasesTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");
    static final String CASE = "7517-26-00-2/77";

    @RegisterExtension
    ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            b -> b.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    /** A minimal PDF as scanners write them: header, binary comment line, objects, trailer. */
    static byte[] scan(String text) {
        return ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% " + text
                        + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Records {@code user} as a participant of the case in {@code category} and returns the password issued. */
    static String password(ReferenceCourt court, String caseNumber, TestUser user, ParticipantCategory category) {
        return court.observation()
                .issuePassword(
                        caseNumber,
                        CaseObservation.Participant.person(
                                user.iin().value(),
                                "Асанов Болат",
                                category,
                                LocalDate.of(2026, 11, 23),
                                "participant@example.kz"))
                .password();
    }

    private FilingId openedCase(CourtHttp http, TestUser user, String caseNumber, String key) {
        FilingId filing = FilingId.of(http.filedClaim(user, key, key));
        court.court().observation().openCase(caseNumber, filing, ProceedingsForm.CIVIL, CourtInstance.FIRST);
        return filing;
    }

    private static Map<String, Object> scanBody(String caseNumber, String kind, String date, byte[] pdf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", caseNumber);
        body.put("kind", kind);
        body.put("title", "Скан: " + kind);
        body.put("fileName", kind.toLowerCase(java.util.Locale.ROOT) + ".pdf");
        body.put("date", date);
        body.put("instance", "FIRST");
        body.put("content", Base64.getEncoder().encodeToString(pdf));
        return body;
    }

    @Test
    void onlyAFinishedCaseIsArchived_refusedInKazakhRussianAndEnglish_andItsScansAreListedOldestFirst()
            throws Exception {
        CourtHttp http = CourtHttp.of(court);
        TestUser plaintiff = court.users().individual();
        FilingId filing = openedCase(http, plaintiff, CASE, "archive-1");
        court.clerk().event(filing, CaseEventKind.ACCEPTED, "Иск принят");

        // in proceedings: not finished, refused with a typed problem titled in the caller's language
        Map<String, String> titles = Map.of(
                "kk", "Іс аяқталмаған: мұрағатқа тек аяқталған істер беріледі",
                "ru", "Дело не окончено: в архив передаются только оконченные дела",
                "en", "The case is not finished: only a finished case goes to the archive");
        for (Map.Entry<String, String> language : titles.entrySet()) {
            JsonNode problem = http.postJson(
                            "/__admin/archived-cases", Map.of("caseNumber", CASE), "Accept-Language", language.getKey())
                    .expect(409)
                    .json();
            assertThat(problem.path("code").asText()).isEqualTo("case_not_finished");
            assertThat(problem.path("title").asText()).isEqualTo(language.getValue());
        }
        assertThatThrownBy(() -> court.court().observation().archive(CASE))
                .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                        .isEqualTo(ReferenceCourtException.Reason.CONFLICT));
        // nor can scans go to a case that is not archived
        http.postJson("/__admin/archived-cases/scans", scanBody(CASE, "DECISION", "2019-03-01", scan("d")))
                .expect(409);
        JsonNode current = http.postJson("/api/v1/case-searches", Map.of("caseNumber", CASE))
                .expect(200)
                .json();
        assertThat(current.get(0).path("archived").asBoolean()).isFalse();

        // finished: archived, found as archived, and its scans take their place by the date they bear
        court.clock().advance(Duration.ofHours(1));
        JudicialAct ruling = court.clerk()
                .issueAct(
                        filing,
                        JudicialActKind.RULING,
                        "Определение",
                        "определение.pdf",
                        "application/pdf",
                        "определение".getBytes(StandardCharsets.UTF_8));
        court.clerk().event(filing, CaseEventKind.CLOSED, "Производство завершено");
        http.postJson("/__admin/archived-cases", Map.of("caseNumber", CASE)).expect(204);
        http.postJson("/__admin/archived-cases", Map.of("caseNumber", CASE)).expect(204);

        byte[] decisionPdf = scan("решение");
        byte[] otherPdf = scan("письмо");
        JsonNode late = http.postJson(
                        "/__admin/archived-cases/scans", scanBody(CASE, "DECISION", "2026-12-01", decisionPdf))
                .expect(201)
                .json();
        JsonNode early = http.postJson("/__admin/archived-cases/scans", scanBody(CASE, "OTHER", "2026-11-01", otherPdf))
                .expect(201)
                .json();
        JsonNode blocked = http.postJson(
                        "/__admin/archived-cases/scans", scanBody(CASE, "RESOLUTION", "2026-11-02", scan("закрыто")))
                .expect(201)
                .json();
        assertThat(late.path("sha256").asText()).isEqualTo(sha256(decisionPdf));
        assertThat(late.path("mediaType").asText()).isEqualTo("application/pdf");
        http.postJson("/__admin/blocked-documents", Map.of("caseNumber", CASE, "documentId", blocked.path("actId")))
                .expect(204);
        // a scan that is not a PDF
        JsonNode notPdf = http.postJson(
                        "/__admin/archived-cases/scans",
                        scanBody(
                                CASE,
                                "DECISION",
                                "2026-12-02",
                                "PK\u0003\u0004 a zip".getBytes(StandardCharsets.UTF_8)),
                        "Accept-Language",
                        "ru")
                .expect(422)
                .json();
        assertThat(notPdf.path("code").asText()).isEqualTo("scan_not_pdf");
        assertThat(notPdf.path("title").asText()).isEqualTo("Скан документа должен быть файлом PDF");

        JsonNode found = http.postJson(
                        "/api/v1/case-searches",
                        Map.of("participantId", plaintiff.iin().value()))
                .expect(200)
                .json();
        assertThat(found.findValuesAsText("caseNumber")).containsExactly(CASE);
        assertThat(found.get(0).path("archived").asBoolean()).isTrue();
        assertThat(http.postJson(
                                "/api/v1/case-searches",
                                Map.of("participantId", plaintiff.iin().value(), "archived", false))
                        .expect(200)
                        .json())
                .isEmpty();

        // the plaintiff sees the court letter's scan (civil plaintiffs see every kind), the scans by their date among
        // the act issued live, the blocked one never
        String password = password(court.court(), CASE, plaintiff, ParticipantCategory.PLAINTIFF);
        JsonNode observed = http.postJson(
                        "/api/v1/observations", Map.of("iin", plaintiff.iin().value(), "password", password))
                .expect(200)
                .json();
        assertThat(observed.path("archived").asBoolean()).isTrue();
        List<String> listed = observed.path("documents").findValuesAsText("documentId");
        assertThat(listed)
                .containsExactly(
                        early.path("actId").asText(),
                        ruling.actId(),
                        late.path("actId").asText());
        assertThat(observed.path("documents").findValuesAsText("scan")).containsExactly("true", "false", "true");
        String token = observed.path("accessToken").asText();

        CourtHttp.Reply download = http.get(
                "/api/v1/observations/documents/" + late.path("actId").asText(), "Authorization", "Bearer " + token);
        download.expect(200);
        assertThat(download.body()).isEqualTo(decisionPdf);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(decisionPdf.length));
        http.get("/api/v1/observations/documents/" + blocked.path("actId").asText(), "Authorization", "Bearer " + token)
                .expect(404);

        // a snapshot carries the archive and its scans' bytes
        CourtSnapshot snapshot = court.control().snapshot();
        court.control().reset();
        court.control().restore(snapshot);
        JsonNode restored = http.postJson(
                        "/api/v1/observations", Map.of("iin", plaintiff.iin().value(), "password", password))
                .expect(200)
                .json();
        assertThat(restored.path("documents").findValuesAsText("documentId")).isEqualTo(listed);
        assertThat(http.get(
                                "/api/v1/observations/documents/"
                                        + late.path("actId").asText(),
                                "Authorization",
                                "Bearer " + restored.path("accessToken").asText())
                        .expect(200)
                        .body())
                .isEqualTo(decisionPdf);
    }

    @Test
    void theViewedCases_areTheAccountsOwn_mostRecentFirst_andEachOnce() {
        CourtHttp http = CourtHttp.of(court);
        TestUser alice = court.users().individual();
        TestUser bob = court.users().individual();
        String aliceToken = http.token(alice);
        String bobToken = http.token(bob);
        List<String> numbers = List.of("7517-26-00-2/1", "7517-26-00-2/2", "7517-26-00-2/3");
        for (String number : numbers) {
            openedCase(http, alice, number, "viewed-" + number.substring(number.indexOf('/') + 1));
        }

        // anonymous: 401, and an anonymous search remembers nothing
        JsonNode anonymous = http.get("/api/v1/viewed-cases", "Accept-Language", "kk")
                .expect(401)
                .json();
        assertThat(anonymous.path("code").asText()).isEqualTo("unauthorized");
        http.postJson("/api/v1/case-searches", Map.of("caseNumber", numbers.get(0)))
                .expect(200);
        // a token the court does not know is refused, not taken for anonymous
        http.postJson("/api/v1/case-searches", Map.of("caseNumber", numbers.get(0)), "Authorization", "Bearer nope")
                .expect(401);

        // alice opens /1, /2, /3, then /1 again: /1 moves up, each once
        for (String number : List.of(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(0))) {
            court.clock().advance(Duration.ofMinutes(1));
            http.postJson(
                            "/api/v1/case-searches",
                            Map.of("caseNumber", number),
                            "Authorization",
                            "Bearer " + aliceToken)
                    .expect(200);
        }
        // a list of a participant's cases is not a case opened
        http.postJson(
                        "/api/v1/case-searches",
                        Map.of("participantId", alice.iin().value()),
                        "Authorization",
                        "Bearer " + aliceToken)
                .expect(200);
        // the searches are audited: alice's under her IIN and the case looked for, the anonymous one under no one
        List<AccessAuditEntry> searches = court.court().observation().audit(numbers.get(0)).stream()
                .filter(e -> e.action().equals("SEARCH"))
                .toList();
        assertThat(searches)
                .extracting(AccessAuditEntry::iin)
                .containsExactly(null, alice.iin().value(), alice.iin().value());
        JsonNode aliceViewed = http.get("/api/v1/viewed-cases", "Authorization", "Bearer " + aliceToken)
                .expect(200)
                .json();
        assertThat(aliceViewed.findValuesAsText("caseNumber"))
                .containsExactly(numbers.get(0), numbers.get(2), numbers.get(1));
        assertThat(aliceViewed.findValuesAsText("viewedAt"))
                .containsExactly(
                        MONDAY_10.plus(Duration.ofMinutes(4)).toString(),
                        MONDAY_10.plus(Duration.ofMinutes(3)).toString(),
                        MONDAY_10.plus(Duration.ofMinutes(2)).toString());

        // bob sees none of it; what he opens is his alone
        assertThat(http.get("/api/v1/viewed-cases", "Authorization", "Bearer " + bobToken)
                        .expect(200)
                        .json())
                .isEmpty();
        String password = password(court.court(), numbers.get(1), bob, ParticipantCategory.DEFENDANT);
        http.postJson(
                        "/api/v1/observations",
                        Map.of("iin", bob.iin().value(), "password", password),
                        "Authorization",
                        "Bearer " + bobToken)
                .expect(200);
        assertThat(http.get("/api/v1/viewed-cases", "Authorization", "Bearer " + bobToken)
                        .expect(200)
                        .json()
                        .findValuesAsText("caseNumber"))
                .containsExactly(numbers.get(1));
        assertThat(http.get("/api/v1/viewed-cases", "Authorization", "Bearer " + aliceToken)
                        .expect(200)
                        .json()
                        .findValuesAsText("caseNumber"))
                .containsExactly(numbers.get(0), numbers.get(2), numbers.get(1));

        // a snapshot carries the lists: restored, alice (logged in again) finds hers as it was
        CourtSnapshot snapshot = court.control().snapshot();
        court.control().reset();
        court.control().restore(snapshot);
        assertThat(http.get("/api/v1/viewed-cases", "Authorization", "Bearer " + http.token(alice))
                        .expect(200)
                        .json()
                        .findValuesAsText("caseNumber"))
                .containsExactly(numbers.get(0), numbers.get(2), numbers.get(1));
    }

    @Test
    void theViewedCases_keepTheFiftyMostRecent() {
        CourtHttp http = CourtHttp.of(court);
        TestUser alice = court.users().individual();
        String token = http.token(alice);
        FilingId filing = FilingId.of(http.filedClaim(alice, "bounded", "bounded"));
        List<String> opened = new java.util.ArrayList<>();
        for (int i = 1; i <= 55; i++) {
            String number = "7517-26-00-2/" + (600 + i);
            court.court().observation().openCase(number, filing, ProceedingsForm.CIVIL, CourtInstance.FIRST);
            // one search a minute stays within what the court allows an address without a challenge
            court.clock().advance(Duration.ofSeconds(61));
            http.postJson("/api/v1/case-searches", Map.of("caseNumber", number), "Authorization", "Bearer " + token)
                    .expect(200);
            opened.add(0, number);
        }
        JsonNode viewed = http.get("/api/v1/viewed-cases", "Authorization", "Bearer " + token)
                .expect(200)
                .json();
        assertThat(viewed.findValuesAsText("caseNumber")).containsExactlyElementsOf(opened.subList(0, 50));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
