package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.officesud.core.fee.StateFeeCalculation;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.NotificationKind;
import kz.officesud.core.model.PaymentReceipt;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.NotificationView;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingDetails;
import kz.officesud.filing.XmlSigner;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.OutgoingAnswer;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filing's life after its talon, through the client against the reference court with its realistic clerk: the fee
 * calculated and paid through the gateway, registration on the next working day, the notices, the talon PDF, the
 * payment check by code and a top-up, the case's events, a judicial act downloaded, the court's answer — and the
 * live cabinet's signing by XML for log-in and filing.
 */
class CourtLifecycleEndToEndTest {
    /** Monday 2026-11-23 10:00 in Astana. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(b -> b.clock(CourtClock.fixed(MONDAY_10)));

    private static CourtOffice office;

    @TempDir
    Path documents;

    @BeforeAll
    static void open() {
        office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .build();
    }

    @AfterAll
    static void close() {
        office.close();
    }

    private Claim claim(TestUser user, StateFee fee) throws IOException {
        Claim claim = Demo.claim(documents, user.key().profile(), user.iin());
        return claim.toBuilder().stateFee(fee).build();
    }

    @Test
    void aClaim_fromFeeToAnswer_throughTheClient() throws Exception {
        TestUser user = court.users().individual();
        StateFeeCalculation fee =
                office.calculateStateFee(claim(user, StateFee.paidOnline()), LocalDate.of(2026, 11, 23));
        assertThat(fee.amount()).isEqualTo(Tenge.of(15_000));
        PaymentReceipt paid = court.court().paymentGateway().pay(user, fee.amount());

        try (CourtSession session = office.login(user.login(), user.password().toCharArray())) {
            Talon talon = session.file(claim(user, StateFee.paidOnline(fee.amount(), paid.paymentCode())), user.key());
            assertThat(session.myCases().filing(talon.filingId()).status()).isEqualTo(FilingStatus.SENT);
            assertThat(session.notifications().unread())
                    .extracting(NotificationView::kind)
                    .containsExactly(NotificationKind.ARRIVED);

            assertThat(session.checkPayment(paid.paymentCode())).isEqualTo(paid);
            court.clock().advanceWorkingDays(1);
            assertThat(session.myCases().filing(talon.filingId()).status()).isEqualTo(FilingStatus.REGISTERED);
            assertThat(court.clerk().checkPayments(talon.filingId()))
                    .singleElement()
                    .satisfies(check -> assertThat(check.positive()).isTrue());
            PaymentReceipt more = court.court().paymentGateway().pay(user, Tenge.of(500));
            session.myCases().topUpStateFee(talon.filingId(), more.paymentCode());

            Path pdf = session.myCases().talonPdf(talon.filingId(), documents.resolve("талон.pdf"));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc))
                        .contains(talon.number())
                        .contains(talon.sender().name())
                        .contains(talon.recipient().courtName());
            }

            court.clerk().event(talon.filingId(), CaseEventKind.ACCEPTED, "Иск принят к производству");
            byte[] decision = "Решение суда".getBytes(StandardCharsets.UTF_8);
            JudicialAct act = court.clerk()
                    .issueAct(
                            talon.filingId(),
                            JudicialActKind.DECISION,
                            "Решение",
                            "решение.pdf",
                            "application/pdf",
                            decision);
            court.clerk().answer(OutgoingAnswer.linkedTo(talon.filingId(), "Ответ суда"));

            FilingDetails details = session.myCases().filing(talon.filingId());
            assertThat(details.status()).isEqualTo(FilingStatus.IN_PROCEEDINGS);
            assertThat(details.events()).extracting(e -> e.kind()).containsExactly(CaseEventKind.ACCEPTED);
            assertThat(details.acts()).containsExactly(act);
            assertThat(details.answers()).extracting(a -> a.text()).containsExactly("Ответ суда");
            assertThat(details.documents()).hasSize(2).allSatisfy(d -> assertThat(d.deletedAt())
                    .isNull());
            Path downloaded =
                    session.myCases().downloadAct(talon.filingId(), act.actId(), documents.resolve("решение.pdf"));
            assertThat(Files.readAllBytes(downloaded)).isEqualTo(decision);

            List<NotificationView> notices = session.notifications().list();
            assertThat(notices)
                    .extracting(NotificationView::kind)
                    .contains(NotificationKind.REGISTERED, NotificationKind.JUDICIAL_ACT, NotificationKind.ANSWER);
            NotificationView read =
                    session.notifications().markRead(notices.get(0).notificationId());
            assertThat(read.read()).isTrue();
            assertThat(session.notifications().unread()).doesNotContain(notices.get(0));
        }
    }

    @Test
    void loginAndFiling_signedAsXml_theLiveCabinetsWay() throws Exception {
        TestUser user = court.users().individual();
        XmlSigner signer = XmlSigner.of(user.key());

        try (CourtSession session = office.loginSigningXml(signer)) {
            assertThat(session.user().login()).isEqualTo(user.login());
            Talon talon = session.fileSigningXml(claim(user, StateFee.paidOnline(Tenge.of(15_000))), signer);

            court.clock().advanceWorkingDays(1);
            assertThat(session.myCases().filing(talon.filingId()).status()).isEqualTo(FilingStatus.REGISTERED);
        }
    }
}
