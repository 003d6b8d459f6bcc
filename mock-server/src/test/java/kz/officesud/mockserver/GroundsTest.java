package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.FilingView;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The six grounds of refusal as the 2018 rules mean them (§24), each decided by the clerk from what was filed, end
 * to end over HTTP; and a filing that breaks none of them is registered.
 */
@ExtendWith(NoLeakedCourt.class)
class GroundsTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");
    static final Court COURT = Courts.standard().byCode(TestClaims.COURT_CODE);
    static final Court OTHER_COURT = Courts.standard().byCode("7594");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    private final CourtHttp http = CourtHttp.of(court);

    /** Files {@code claim} signed by {@code signer} on {@code user}'s account; the filing as the court answers it. */
    private FilingView file(TestUser user, TestUser signer, ClaimWithFiles claim, String key) throws Exception {
        String token = http.token(user);
        Map<String, String> uploads = http.uploadAll(token, claim.files());
        byte[] manifest = CourtHttp.manifest(claim.claim(), signer);
        JsonNode filed = http.file(
                        token, key, CourtHttp.filingBody(manifest, CourtHttp.sign(signer.key(), manifest), uploads))
                .expect(201)
                .json();
        return CourtHttp.MAPPER.readValue(
                http.get("/api/v1/filings/" + filed.path("filingId").asText(), "Authorization", CourtHttp.bearer(token))
                        .expect(200)
                        .body(),
                FilingView.class);
    }

    private static ClaimWithFiles claim(TestUser user, byte[] statement, Map<String, byte[]> annexes) {
        return TestDocuments.claim(user, COURT, statement, StateFee.paidOnline(Tenge.of(15_000)), annexes);
    }

    private static Map<String, byte[]> contract(String marker) {
        Map<String, byte[]> annexes = new LinkedHashMap<>();
        annexes.put("Договор подряда.pdf", TestDocuments.pdf("ДОГОВОР ПОДРЯДА № 15", marker));
        return annexes;
    }

    private static String lastNote(FilingView filing) {
        return filing.history().get(filing.history().size() - 1).note();
    }

    @Test
    void claim_thatBreaksNoRule_isRegistered() throws Exception {
        TestUser user = court.users().individual();
        byte[] statement = TestDocuments.claimStatement(
                COURT, "ИСКОВОЕ ЗАЯВЛЕНИЕ", List.of("Копия договора подряда № 15", "Квитанция об оплате госпошлины"));

        FilingView filing = file(user, user, claim(user, statement, contract("registered")), "ok");

        assertThat(filing.status()).isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void ground1_anAttachmentThatCannotBeRead() throws Exception {
        TestUser user = court.users().individual();
        byte[] statement = TestDocuments.claimStatement(COURT, "ИСКОВОЕ ЗАЯВЛЕНИЕ", List.of());
        Map<String, byte[]> annexes = new LinkedHashMap<>();
        byte[] contract = TestDocuments.pdf("ДОГОВОР", "ground 1");
        annexes.put("Договор.pdf", Arrays.copyOf(contract, contract.length / 2)); // cut off during a copy

        FilingView filing = file(user, user, claim(user, statement, annexes), "g1");

        assertThat(filing.status()).isEqualTo(FilingStatus.refused(RefusalGround.UNREADABLE_ATTACHMENT));
        assertThat(lastNote(filing)).contains("Договор.pdf");
    }

    @Test
    void ground2_theSameContentAlreadyRegistered_evenUnderAnotherKeyAndTime() throws Exception {
        TestUser user = court.users().individual();
        byte[] statement = TestDocuments.claimStatement(COURT, "ИСКОВОЕ ЗАЯВЛЕНИЕ", List.of("Договор подряда"));
        ClaimWithFiles claim = claim(user, statement, contract("duplicate"));
        FilingView first = file(user, user, claim, "g2-first");
        court.clock().advance(java.time.Duration.ofMinutes(5));

        FilingView again = file(user, user, claim, "g2-again");

        assertThat(first.status()).isEqualTo(FilingStatus.REGISTERED);
        assertThat(again.status()).isEqualTo(FilingStatus.refused(RefusalGround.DUPLICATE));
        assertThat(lastNote(again)).contains(first.talon().number());
    }

    @Test
    void ground3_aSignatureByAnotherPerson() throws Exception {
        TestUser user = court.users().individual();
        TestUser stranger = court.users().individual();
        byte[] statement = TestDocuments.claimStatement(COURT, "ИСКОВОЕ ЗАЯВЛЕНИЕ", List.of());

        FilingView filing = file(user, stranger, claim(user, statement, contract("ground 3")), "g3");

        assertThat(filing.status()).isEqualTo(FilingStatus.refused(RefusalGround.SIGNATURE_NOT_AUTHENTIC));
    }

    @Test
    void ground4_aStatementAddressedToAnotherCourt() throws Exception {
        TestUser user = court.users().individual();
        byte[] statement = TestDocuments.claimStatement(OTHER_COURT, "ИСКОВОЕ ЗАЯВЛЕНИЕ", List.of());

        FilingView filing = file(user, user, claim(user, statement, contract("ground 4")), "g4");

        assertThat(filing.status()).isEqualTo(FilingStatus.refused(RefusalGround.NOT_ADDRESSED_TO_COURT));
        assertThat(lastNote(filing)).contains(OTHER_COURT.code()).contains(COURT.code());
    }

    @Test
    void ground5_aDocumentTheAnnexListNamesIsNotAttached() throws Exception {
        TestUser user = court.users().individual();
        byte[] statement = TestDocuments.claimStatement(
                COURT,
                "ИСКОВОЕ ЗАЯВЛЕНИЕ",
                List.of("Копия договора подряда № 15 от 01.02.2026 г.", "Акт сверки взаиморасчётов"));

        FilingView filing = file(user, user, claim(user, statement, contract("ground 5")), "g5");

        assertThat(filing.status()).isEqualTo(FilingStatus.refused(RefusalGround.MISSING_ANNEX));
        assertThat(lastNote(filing)).contains("Акт сверки взаиморасчётов").doesNotContain("договора");
    }

    @Test
    void ground6_aDocumentThatDoesNotFitTheChosenSection() throws Exception {
        TestUser user = court.users().individual();
        byte[] statement = TestDocuments.claimStatement(COURT, "АПЕЛЛЯЦИОННАЯ ЖАЛОБА", List.of());

        FilingView filing = file(user, user, claim(user, statement, contract("ground 6")), "g6");

        assertThat(filing.status()).isEqualTo(FilingStatus.refused(RefusalGround.WRONG_SECTION));
        assertThat(lastNote(filing)).contains("АПЕЛЛЯЦИОННАЯ ЖАЛОБА");
    }

    @Test
    void everyGround_isAvailableToTheClerkWithAComment_overHttpAndInJava() throws Exception {
        court.clerk().manual();
        try {
            TestUser user = court.users().individual();
            byte[] statement = TestDocuments.claimStatement(COURT, "ИСКОВОЕ ЗАЯВЛЕНИЕ", List.of());
            FilingView byHttp = file(user, user, claim(user, statement, contract("by http")), "clerk-http");
            FilingView inJava = file(user, user, claim(user, statement, contract("in java")), "clerk-java");

            JsonNode refused = http.postJson(
                            "/__admin/filings/" + byHttp.filingId().value() + "/refusal",
                            Map.of("ground", "WRONG_SECTION", "comment", "Жалоба подана в раздел исков"))
                    .expect(200)
                    .json();
            court.clerk().refuse(inJava.filingId(), RefusalGround.MISSING_ANNEX, "Не приложена доверенность");

            assertThat(refused.path("status").path("ground").asText()).isEqualTo("WRONG_SECTION");
            assertThat(refused.path("history").get(1).path("note").asText()).isEqualTo("Жалоба подана в раздел исков");
            String token = http.token(user);
            JsonNode notices = http.get(
                            "/api/v1/notifications", "Authorization", CourtHttp.bearer(token), "Accept-Language", "ru")
                    .expect(200)
                    .json();
            assertThat(notices.toString())
                    .contains("Не приложена доверенность")
                    .contains("Жалоба подана в раздел исков");
            assertThat(http.postJson(
                                    "/__admin/filings/" + byHttp.filingId().value() + "/registration",
                                    Map.of("comment", "too late"))
                            .status())
                    .isEqualTo(409);
            assertThat(court.clerk()
                            .card(FilingId.of(inJava.filingId().value()))
                            .registrationNumber())
                    .isNull();
        } finally {
            court.clerk().immediate();
        }
    }
}
