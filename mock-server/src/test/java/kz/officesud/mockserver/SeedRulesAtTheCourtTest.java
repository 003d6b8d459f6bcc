package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.validation.CourtJurisdiction;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.Violation;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The court judges the seeds' rules as the client does: a court that does not hear the filing's kind is refusal
 * ground 4 by core's {@link CourtJurisdiction}, and a case category that does not fit the proceedings is the form's
 * violation (422), by core's {@link FilingValidator}.
 */
class SeedRulesAtTheCourtTest {
    /** Monday 2026-11-23 10:00 in Astana. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    private final CourtHttp http = CourtHttp.of(court);

    private CourtHttp.Reply submit(TestUser user, String token, ClaimWithFiles files, Filing filing, String key) {
        Map<String, String> uploads = http.uploadAll(token, files.files());
        byte[] manifest = CourtHttp.manifest(filing, user);
        return http.file(token, key, CourtHttp.filingBody(manifest, CourtHttp.sign(user.key(), manifest), uploads));
    }

    @Test
    void aClaimToACourtThatDoesNotHearCivilCases_getsATalon_andIsRefusedOnGround4_byTheClientsRule() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles files = TestClaims.claimBy(user, "to the administrative court");
        // the specialised inter-district administrative court of Almaty hears АППК cases, not civil claims
        Claim toAdministrativeCourt = files.claim().toBuilder().court("7594").build();
        List<Violation> clientSays = CourtJurisdiction.check(toAdministrativeCourt);
        assertThat(clientSays).extracting(Violation::messageKey).containsExactly("court.notHearing");

        JsonNode filed = submit(user, token, files, toAdministrativeCourt, "key-not-heard")
                .expect(201)
                .json();
        assertThat(filed.path("talon").path("recipient").path("courtCode").asText())
                .isEqualTo("7594");

        JsonNode filing = http.get(
                        "/api/v1/filings/" + filed.path("filingId").asText(), "Authorization", CourtHttp.bearer(token))
                .expect(200)
                .json();
        assertThat(CourtHttp.MAPPER.treeToValue(filing.path("status"), FilingStatus.class))
                .isEqualTo(FilingStatus.refused(RefusalGround.NOT_ADDRESSED_TO_COURT));
        assertThat(filing.path("history").get(1).path("note").asText())
                .isEqualTo(clientSays.get(0).message(Locale.ENGLISH));
    }

    @Test
    void aClaimToACourtThatHearsIt_isRegistered() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles files = TestClaims.claimBy(user, "to the district court");
        assertThat(CourtJurisdiction.check(files.claim())).isEmpty();

        JsonNode filed = submit(user, token, files, files.claim(), "key-heard")
                .expect(201)
                .json();

        assertThat(CourtHttp.MAPPER.treeToValue(filed.path("status"), FilingStatus.class))
                .isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void aCategoryThatDoesNotFitTheProceedings_is422_withTheClientsViolation_andNothingStored() {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles files = TestClaims.claimBy(user, "court order");
        // «По договору подряда» belongs to action proceedings, not to court-order ones (whose sides are a creditor
        // and a debtor)
        Claim claim = files.claim();
        Claim courtOrder = claim.toBuilder()
                .proceedings(Proceedings.COURT_ORDER)
                .clearParticipants()
                .creditor(claim.participants(PartySide.PLAINTIFF).get(0).party())
                .debtor(claim.participants(PartySide.DEFENDANT).get(0).party())
                .build();
        List<Violation> clientSays =
                FilingValidator.standard().validate(courtOrder).violations();
        assertThat(clientSays).extracting(Violation::messageKey).containsExactly("category.proceedings");

        JsonNode problem = submit(user, token, files, courtOrder, "key-category")
                .expect(422)
                .json();

        List<String> keys = new ArrayList<>();
        problem.path("violations")
                .forEach(v -> keys.add(
                        v.path("path").asText() + " " + v.path("messageKey").asText()));
        assertThat(keys).containsExactly("filing.category category.proceedings");
        assertThat(http.myCases(token)).isEmpty();
    }
}
