package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.FilingView;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registry around a filing, as the applicant and the clerk see it: the registration control card made on arrival,
 * the notices (cabinet, e-mail), the case's events, judicial acts to download, answers linked or not, the talon PDF.
 */
@ExtendWith(NoLeakedCourt.class)
class CabinetTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.MANUAL));

    private final CourtHttp http = CourtHttp.of(court);

    private record Filed(TestUser user, String token, FilingView filing) {}

    private Filed file(TestUser user, String key) throws Exception {
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, key);
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);
        JsonNode filed = http.file(
                        token,
                        key,
                        CourtHttp.filingBody(
                                manifest, CourtHttp.sign(user.key(), manifest), http.uploadAll(token, claim.files())))
                .expect(201)
                .json();
        return new Filed(user, token, CourtHttp.MAPPER.treeToValue(filed, FilingView.class));
    }

    private FilingView reread(Filed filed) throws Exception {
        return CourtHttp.MAPPER.readValue(
                http.get(
                                "/api/v1/filings/" + filed.filing().filingId().value(),
                                "Authorization",
                                CourtHttp.bearer(filed.token()))
                        .expect(200)
                        .body(),
                FilingView.class);
    }

    private List<JsonNode> notices(Filed filed, String query) {
        JsonNode list = http.get(
                        "/api/v1/notifications" + query,
                        "Authorization",
                        CourtHttp.bearer(filed.token()),
                        "Accept-Language",
                        "ru")
                .expect(200)
                .json();
        List<JsonNode> out = new java.util.ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    @Test
    void arrival_makesTheRegistrationCardWithTheClaimsParts_andNotifiesTheApplicant() throws Exception {
        Filed filed = file(court.users().legalEntity(), "card");

        RegistrationCard card = court.clerk().card(filed.filing().filingId());

        assertThat(card.talonNumber()).isEqualTo(filed.filing().talon().number());
        assertThat(card.registrationNumber()).isNull();
        assertThat(card.parts())
                .extracting(RegistrationCard.Part::kind)
                .containsExactly(
                        RegistrationCard.PartKind.REGISTRATION_CARD,
                        RegistrationCard.PartKind.CIVIL_CASE_FORM_1A,
                        RegistrationCard.PartKind.PERSON_FORM,
                        RegistrationCard.PartKind.PERSON_FORM,
                        RegistrationCard.PartKind.ELECTRONIC_DOCUMENT_FORM,
                        RegistrationCard.PartKind.ELECTRONIC_DOCUMENT_FORM,
                        RegistrationCard.PartKind.STATE_FEE_FORM);
        assertThat(card.parts(RegistrationCard.PartKind.ELECTRONIC_DOCUMENT_FORM)
                        .get(0)
                        .fields())
                .contains(new RegistrationCard.Field("Наименование файла", "исковое заявление.pdf"));
        assertThat(card.parts(RegistrationCard.PartKind.REGISTRATION_CARD)
                        .get(0)
                        .fields())
                .contains(new RegistrationCard.Field("БИН", filed.user().bin().value()));
        JsonNode overHttp = http.get(
                        "/__admin/filings/" + filed.filing().filingId().value() + "/card")
                .expect(200)
                .json();
        assertThat(overHttp.path("parts")).hasSize(7);
        List<JsonNode> notices = notices(filed, "");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("kind").asText()).isEqualTo("ARRIVED");
        assertThat(notices.get(0).path("text").asText())
                .contains(filed.filing().talon().number());
        assertThat(court.court().outbox().emailsTo(filed.user().login() + "@test.officesud.kz"))
                .singleElement()
                .satisfies(mail ->
                        assertThat(mail.body()).contains(filed.filing().talon().number()));
    }

    @Test
    void registration_numbersTheCard_andTheCaseMovesByItsEvents_andTheActIsDownloaded() throws Exception {
        Filed filed = file(court.users().individual(), "events");
        court.clerk().register(filed.filing().filingId(), "Зарегистрировано");

        RegistrationCard card = court.clerk().card(filed.filing().filingId());
        assertThat(card.registrationNumber()).matches(TestClaims.COURT_CODE + "/2026/\\d{6}");

        court.clerk().event(filed.filing().filingId(), CaseEventKind.ACCEPTED, "Иск принят к производству");
        JsonNode hearing = http.postJson(
                        "/__admin/filings/" + filed.filing().filingId().value() + "/events",
                        Map.of("kind", "HEARING_SET", "text", "Зал № 5", "hearingAt", "2026-12-01T10:00:00+05:00"))
                .expect(201)
                .json();
        byte[] decision = TestDocuments.pdf("РЕШЕНИЕ", "Иск удовлетворить.");
        JudicialAct act = court.clerk()
                .issueAct(
                        filed.filing().filingId(),
                        JudicialActKind.DECISION,
                        "Решение по делу",
                        "решение.pdf",
                        "application/pdf",
                        decision);

        FilingView view = reread(filed);
        assertThat(view.status()).isEqualTo(FilingStatus.IN_PROCEEDINGS);
        assertThat(view.events())
                .extracting(e -> e.kind())
                .containsExactly(CaseEventKind.ACCEPTED, CaseEventKind.HEARING_SET);
        assertThat(view.events().get(1).hearingAt())
                .isEqualTo(OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(5)));
        assertThat(hearing.path("kind").asText()).isEqualTo("HEARING_SET");
        assertThat(view.acts()).containsExactly(act);
        JsonNode notice = notices(filed, "?unread=true").get(0);
        assertThat(notice.path("kind").asText()).isEqualTo("JUDICIAL_ACT");
        CourtHttp.Reply download =
                http.get("/api/v1/" + notice.path("link").asText(), "Authorization", CourtHttp.bearer(filed.token()));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(decision);
        assertThat(notices(filed, "").stream().map(n -> n.path("kind").asText()))
                .containsExactly("JUDICIAL_ACT", "CASE_EVENT", "CASE_EVENT", "REGISTERED", "ARRIVED");
        court.clerk().event(filed.filing().filingId(), CaseEventKind.CLOSED, "Производство окончено");
        assertThat(reread(filed).status()).isEqualTo(FilingStatus.of(FilingState.CLOSED));
        assertThatThrownBy(() -> court.clerk().event(filed.filing().filingId(), CaseEventKind.ACCEPTED, "again"))
                .isInstanceOf(ReferenceCourtException.class)
                .hasMessageContaining("CLOSED");
    }

    @Test
    void aLinkedAnswer_isDelivered_andAnUnlinkedOneIsNot() throws Exception {
        Filed filed = file(court.users().individual(), "answers");
        court.clerk().register(filed.filing().filingId());
        int before = notices(filed, "").size();

        AnswerDispatch linked = court.clerk()
                .answer(OutgoingAnswer.linkedTo(filed.filing().filingId(), "Ваше обращение рассмотрено")
                        .withDocument("ответ.pdf", "application/pdf", "ответ суда".getBytes(StandardCharsets.UTF_8)));
        AnswerDispatch unlinked = court.clerk().answer(OutgoingAnswer.unlinked("Ответ без связи с входящим"));
        JsonNode overHttp = http.postJson("/__admin/answers", Map.of("text", "Ответ без связи, по HTTP"))
                .expect(201)
                .json();
        AnswerDispatch notForCabinet = court.clerk()
                .answer(OutgoingAnswer.linkedTo(filed.filing().filingId(), "По почте")
                        .notThroughCabinet());

        assertThat(linked.delivered()).isTrue();
        assertThat(unlinked.delivered()).isFalse();
        assertThat(unlinked.reason()).contains("not linked");
        assertThat(overHttp.path("delivered").asBoolean()).isFalse();
        assertThat(notForCabinet.delivered()).isFalse();
        FilingView view = reread(filed);
        assertThat(view.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.text()).isEqualTo("Ваше обращение рассмотрено");
            assertThat(answer.document()).isNotNull();
        });
        List<JsonNode> notices = notices(filed, "");
        assertThat(notices).hasSize(before + 1);
        assertThat(notices.get(0).path("kind").asText()).isEqualTo("ANSWER");
        CourtHttp.Reply document = http.get(
                "/api/v1/" + notices.get(0).path("link").asText(), "Authorization", CourtHttp.bearer(filed.token()));
        assertThat(document.text()).isEqualTo("ответ суда");
    }

    @Test
    void notices_areMarkedRead_andOnlyTheAccountsOwn() throws Exception {
        Filed filed = file(court.users().individual(), "read");
        Filed other = file(court.users().individual(), "read-other");
        String id = notices(filed, "?unread=true").get(0).path("notificationId").asText();

        http.postJson(
                        "/api/v1/notifications/" + id + "/read",
                        Map.of(),
                        "Authorization",
                        CourtHttp.bearer(filed.token()))
                .expect(200);

        assertThat(notices(filed, "?unread=true")).isEmpty();
        assertThat(notices(filed, "").get(0).path("read").asBoolean()).isTrue();
        assertThat(http.postJson(
                                "/api/v1/notifications/" + id + "/read",
                                Map.of(),
                                "Authorization",
                                CourtHttp.bearer(other.token()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void talonPdf_rendersNumberDateSenderWithOrganisationAndCourt() throws Exception {
        Filed filed = file(court.users().legalEntity(), "pdf");
        Talon talon = filed.filing().talon();

        CourtHttp.Reply pdf = http.get(
                "/api/v1/filings/" + talon.filingId().value() + "/talon.pdf",
                "Authorization",
                CourtHttp.bearer(filed.token()));

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        String text = TestDocuments.text(pdf.body());
        assertThat(text)
                .contains(talon.number())
                .contains("23.11.2026 10:00:00 +05:00")
                .contains(filed.user().name())
                .contains(filed.user().organisation())
                .contains(filed.user().bin().value())
                .contains(talon.recipient().courtName())
                .contains("ТАЛОН ОБ ОТПРАВКЕ")
                .contains("ТАЛОН");
        assertThat(talon.sender().organisation()).isEqualTo(filed.user().organisation());
    }
}
