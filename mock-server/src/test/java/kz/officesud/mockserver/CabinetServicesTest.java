package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import kz.officesud.core.model.Letter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The court's side of the cabinet's services around a filing, sent wrong or hostile input raw: every answer is a typed
 * problem, nothing is stored, and one account never reaches another's drafts.
 */
@ExtendWith(NoLeakedCourt.class)
class CabinetServicesTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    private final CourtHttp http = new CourtHttp(court.baseUrl());

    @Test
    void policy_ofAnUnknownService_orALookUp_isNotFound_andABadDate_isABadRequest() {
        assertThat(http.get("/api/v1/policies/NO_SUCH")
                        .expect(404)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("not_found");
        http.get("/api/v1/policies/RECEIPT_CHECK").expect(404);
        http.get("/api/v1/policies/CLAIM?date=yesterday").expect(400);
        http.get("/api/v1/policies/CLAIM?date=2000-01-01").expect(422);
        assertThat(http.get("/api/v1/policies/CLAIM")
                        .expect(200)
                        .json()
                        .path("maxFileSize")
                        .asLong())
                .isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void dryRun_needsALogIn_andAManifest() {
        http.postJson("/api/v1/filings/dry-runs", Map.of("manifest", "e30=")).expect(401);
        String token = http.token(court.users().individual());
        String bearer = CourtHttp.bearer(token);
        assertThat(http.postJson("/api/v1/filings/dry-runs", Map.of(), "Authorization", bearer)
                        .expect(400)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("malformed_json");
        String notAManifest = Base64.getEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8));
        http.postJson("/api/v1/filings/dry-runs", Map.of("manifest", notAManifest), "Authorization", bearer)
                .expect(400);
    }

    @Test
    void legitimacy_ofAMalformedIdOrDigest_isABadRequest_andOfAnUnknownAct_notFound() {
        http.postJson("/api/v1/judicial-acts/legitimacy-checks", Map.of("actId", "../../etc/passwd"))
                .expect(400);
        http.postJson("/api/v1/judicial-acts/legitimacy-checks", Map.of("actId", "x".repeat(101)))
                .expect(400);
        http.postJson("/api/v1/judicial-acts/legitimacy-checks", Map.of("actId", "ACT-1", "sha256", "abc"))
                .expect(400);
        assertThat(http.postJson("/api/v1/judicial-acts/legitimacy-checks", Map.of("actId", "ACT-1"))
                        .expect(200)
                        .json()
                        .path("outcome")
                        .asText())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void hearings_needACourtAndADay() {
        http.get("/api/v1/hearings?date=2026-12-01").expect(400);
        http.get("/api/v1/hearings?court=7517").expect(400);
        http.get("/api/v1/hearings?court=0000&date=2026-12-01").expect(404);
        assertThat(http.get("/api/v1/hearings?court=7517&date=2026-12-01")
                        .expect(200)
                        .json()
                        .isArray())
                .isTrue();
    }

    @Test
    void drafts_areTheirOwnersOnly_andBoundedInSize() {
        String owner = CourtHttp.bearer(http.token(court.users().individual()));
        String stranger = CourtHttp.bearer(http.token(court.users().individual()));
        Map<String, Object> letter =
                Map.of("filing", Letter.builder().court("7517").subject("Тема").build());

        String draftId = http.postJson("/api/v1/drafts", letter, "Authorization", owner)
                .expect(201)
                .json()
                .path("draftId")
                .asText();

        http.get("/api/v1/drafts/" + draftId, "Authorization", stranger).expect(404);
        http.send("DELETE", "/api/v1/drafts/" + draftId, null, "Authorization", stranger)
                .expect(404);
        assertThat(http.get("/api/v1/drafts", "Authorization", stranger)
                        .expect(200)
                        .json()
                        .size())
                .isZero();
        assertThat(http.get("/api/v1/drafts/" + draftId, "Authorization", owner)
                        .expect(200)
                        .json()
                        .path("filing")
                        .path("subject")
                        .asText())
                .isEqualTo("Тема");

        Map<String, Object> huge = Map.of(
                "filing",
                Letter.builder().court("7517").subject("я".repeat(300_000)).build());
        http.postJson("/api/v1/drafts", huge, "Authorization", owner).expect(413);
        http.postJson("/api/v1/drafts", Map.of("filing", Map.of("service", "NO_SUCH")), "Authorization", owner)
                .expect(400);
        http.postJson("/api/v1/drafts", Map.of(), "Authorization", owner).expect(400);
        assertThat(http.get("/api/v1/drafts", "Authorization", owner)
                        .expect(200)
                        .json()
                        .size())
                .isEqualTo(1);

        http.send("DELETE", "/api/v1/drafts/" + draftId, null, "Authorization", owner)
                .expect(204);
        http.get("/api/v1/drafts/" + draftId, "Authorization", owner).expect(404);
    }

    @Test
    void additionalDocuments_toAFilingThatIsNotOwned_isNotFound() {
        String token = CourtHttp.bearer(http.token(court.users().individual()));
        String manifest = Base64.getEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8));
        http.postJson(
                        "/api/v1/filings/F-unknown/additional-documents",
                        Map.of("manifest", manifest, "signature", manifest),
                        "Authorization",
                        token)
                .expect(404);
    }

    @Test
    void drafts_goWithTheCourtsReset() {
        TestUser user = court.users().individual();
        String owner = CourtHttp.bearer(http.token(user));
        http.postJson(
                        "/api/v1/drafts",
                        Map.of(
                                "filing",
                                Letter.builder().court("7517").subject("Тема").build()),
                        "Authorization",
                        owner)
                .expect(201);

        court.control().reset();

        TestUser again = court.users().individual();
        assertThat(http.get("/api/v1/drafts", "Authorization", CourtHttp.bearer(http.token(again)))
                        .expect(200)
                        .json()
                        .size())
                .isZero();
    }
}
