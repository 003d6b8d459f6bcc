package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A court office serving an updated directory takes filings to its courts, and judges them by their kind. */
class UpdatedCourtDirectoryTest {
    static final Courts UPDATED = Courts.standard()
            .plus(Courts.read(
                    new ByteArrayInputStream(("# a test court beside the bundled ones\n"
                                    + "7501||ALMATY|DISTRICT|CIVIL|Тестовый районный суд||\n"
                                    + "7502||ALMATY|SPECIALISED_CRIMINAL||Тестовый уголовный суд||\n")
                            .getBytes(StandardCharsets.UTF_8)),
                    "test courts"));

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(Instant.parse("2026-11-23T05:00:00Z")))
                    .courts(UPDATED)
                    .clerkPolicy(Clerk.Policy.IMMEDIATE));

    private final CourtHttp http = CourtHttp.of(court);

    private JsonNode file(TestUser user, String token, ClaimWithFiles files, Claim claim, String key) {
        Map<String, String> uploads = http.uploadAll(token, files.files());
        byte[] manifest = CourtHttp.manifest(claim, user);
        return http.file(token, key, CourtHttp.filingBody(manifest, CourtHttp.sign(user.key(), manifest), uploads))
                .expect(201)
                .json();
    }

    @Test
    void aClaimToACourtOfTheUpdatedDirectory_isRegistered_andToOneThatDoesNotHearIt_isRefusedOnGround4()
            throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles files = TestClaims.claimBy(user, "updated directory");

        JsonNode heard = file(
                user,
                token,
                files,
                files.claim().toBuilder().court(UPDATED.byCode("7501")).build(),
                "key-7501");
        assertThat(heard.path("court").asText()).isEqualTo("7501");
        assertThat(heard.path("talon").path("recipient").path("courtName").asText())
                .isEqualTo("Тестовый районный суд");
        assertThat(CourtHttp.MAPPER.treeToValue(heard.path("status"), FilingStatus.class))
                .isEqualTo(FilingStatus.REGISTERED);

        JsonNode criminalCourt = file(
                user,
                token,
                files,
                files.claim().toBuilder().court(UPDATED.byCode("7502")).build(),
                "key-7502");
        assertThat(CourtHttp.MAPPER.treeToValue(criminalCourt.path("status"), FilingStatus.class))
                .isEqualTo(FilingStatus.refused(RefusalGround.NOT_ADDRESSED_TO_COURT));
    }
}
