package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.PaymentReceipt;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.FilingView;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The state fee around a filing: paid through the simulated e-government gateway (code and check at once), checked by
 * the court with the tax authority — negative within the lag, positive after it — topped up, and calculated.
 */
@ExtendWith(NoLeakedCourt.class)
class StateFeeTest {
    /** Thursday 2026-11-19 10:00 in Astana. */
    static final Instant THURSDAY_10 = Instant.parse("2026-11-19T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(THURSDAY_10)).clerkPolicy(Clerk.Policy.MANUAL));

    private final CourtHttp http = CourtHttp.of(court);

    @AfterEach
    void defaultLag() {
        court.court().paymentGateway().lag(1);
    }

    private FilingId fileWithPayment(TestUser user, PaymentReceipt receipt, String key) throws Exception {
        String token = http.token(user);
        byte[] statement = TestDocuments.claimStatement(
                Courts.standard().byCode(TestClaims.COURT_CODE), "ИСКОВОЕ ЗАЯВЛЕНИЕ", List.of());
        Map<String, byte[]> annexes = new LinkedHashMap<>();
        annexes.put("Договор.pdf", TestDocuments.pdf("ДОГОВОР", key));
        ClaimWithFiles claim = TestDocuments.claim(
                user,
                Courts.standard().byCode(TestClaims.COURT_CODE),
                statement,
                StateFee.paidOnline(receipt.amount(), receipt.paymentCode()),
                annexes);
        byte[] manifest = CourtHttp.manifest(claim.claim(), user);
        JsonNode filed = http.file(
                        token,
                        key,
                        CourtHttp.filingBody(
                                manifest, CourtHttp.sign(user.key(), manifest), http.uploadAll(token, claim.files())))
                .expect(201)
                .json();
        return FilingId.of(filed.path("filingId").asText());
    }

    @Test
    void aPayment_isNegativeWithinTheLag_andPositiveAfterIt_acrossAWeekend() throws Exception {
        TestUser user = court.users().individual();
        court.court().paymentGateway().lag(3);
        PaymentReceipt receipt = court.court().paymentGateway().pay(user, Tenge.of(15_000));
        FilingId filing = fileWithPayment(user, receipt, "lag");

        List<PaymentCheck> inside = court.clerk().checkPayments(filing);
        court.clock().advance(Duration.ofDays(4)); // Monday: two working days after Thursday
        List<PaymentCheck> stillInside = court.clerk().checkPayments(filing);
        court.clock().advance(Duration.ofDays(1)); // Tuesday 10:00: three working days
        List<PaymentCheck> after = court.clerk().checkPayments(filing);

        assertThat(inside).singleElement().satisfies(check -> {
            assertThat(check.positive()).isFalse();
            assertThat(check.paymentCode()).isEqualTo(receipt.paymentCode());
            assertThat(check.note()).contains("three working days");
        });
        assertThat(stillInside).singleElement().satisfies(check -> assertThat(check.positive())
                .isFalse());
        assertThat(after).singleElement().satisfies(check -> {
            assertThat(check.positive()).isTrue();
            assertThat(check.amount()).isEqualTo(Tenge.of(15_000));
        });
        assertThat(court.clerk()
                        .card(filing)
                        .parts(RegistrationCard.PartKind.STATE_FEE_FORM)
                        .get(0)
                        .fields())
                .contains(new RegistrationCard.Field("Код платежа", receipt.paymentCode()));
    }

    @Test
    void theCheck_isFoundByItsCode_atOnce_andATopUpIsCheckedToo() throws Exception {
        TestUser user = court.users().legalEntity();
        String token = http.token(user);
        JsonNode paid = http.postJson(
                        "/gateway/payments",
                        Map.of(
                                "payerIin", user.iin().value(),
                                "payerBin", user.bin().value(),
                                "payerName", user.organisation(),
                                "amount", "45000.00"))
                .expect(201)
                .json();
        String code = paid.path("paymentCode").asText();
        assertThat(code).matches("\\d{20}");
        JsonNode check = http.get("/api/v1/payments/" + code, "Authorization", CourtHttp.bearer(token))
                .expect(200)
                .json();
        assertThat(check.path("amount").asText()).isEqualTo("45000.00");
        assertThat(check.path("payerBin").asText()).isEqualTo(user.bin().value());
        assertThat(http.get("/api/v1/payments/00000000000000000000", "Authorization", CourtHttp.bearer(token))
                        .status())
                .isEqualTo(404);

        PaymentReceipt first = court.court().paymentGateway().pay(user, Tenge.of(30_000));
        FilingId filing = fileWithPayment(user, first, "top-up");
        JsonNode topped = http.postJson(
                        "/api/v1/filings/" + filing.value() + "/fee-top-ups",
                        Map.of("paymentCode", code),
                        "Authorization",
                        CourtHttp.bearer(token))
                .expect(200)
                .json();
        assertThat(CourtHttp.MAPPER.treeToValue(topped, FilingView.class).filingId())
                .isEqualTo(filing);
        assertThat(http.postJson(
                                "/api/v1/filings/" + filing.value() + "/fee-top-ups",
                                Map.of("paymentCode", "12345678901234567890"),
                                "Authorization",
                                CourtHttp.bearer(token))
                        .status())
                .isEqualTo(409);
        court.clock().advanceWorkingDays(1);

        assertThat(http.postJson("/__admin/filings/" + filing.value() + "/payment-checks", Map.of())
                        .expect(200)
                        .json())
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.path("positive").asBoolean()).isTrue());
    }

    @Test
    void theFee_isCalculatedFromTheRatesKeptAsData() {
        JsonNode individual = http.postJson(
                        "/api/v1/state-fee/calculations",
                        Map.of(
                                "service",
                                "CLAIM",
                                "proceedings",
                                "ACTION",
                                "payer",
                                "INDIVIDUAL",
                                "claimAmount",
                                "1500000",
                                "date",
                                "2026-11-19"))
                .expect(200)
                .json();
        JsonNode capped = http.postJson(
                        "/api/v1/state-fee/calculations",
                        Map.of(
                                "service",
                                "CLAIM",
                                "payer",
                                "INDIVIDUAL",
                                "claimAmount",
                                "5000000000",
                                "date",
                                "2026-11-19"))
                .expect(200)
                .json();
        JsonNode exempt = http.postJson(
                        "/api/v1/state-fee/calculations",
                        Map.of(
                                "service",
                                "CLAIM",
                                "payer",
                                "INDIVIDUAL",
                                "claimAmount",
                                "900000",
                                "exemption",
                                "LABOUR"))
                .expect(200)
                .json();

        assertThat(individual.path("outcome").asText()).isEqualTo("DUE");
        assertThat(individual.path("amount").asText()).isEqualTo("15000.00");
        assertThat(individual.path("mrp").asText()).isEqualTo("4325.00");
        assertThat(capped.path("amount").asText()).isEqualTo("43250000.00"); // 10 000 MRP
        assertThat(exempt.path("outcome").asText()).isEqualTo("EXEMPT");
        assertThat(http.postJson("/api/v1/state-fee/calculations", Map.of("payer", "INDIVIDUAL"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theLag_isSetOverHttp_withinThreeWorkingDays() {
        assertThat(http.send(
                                "PUT",
                                "/__admin/payments/lag",
                                CourtHttp.write(Map.of("workingDays", 2)),
                                "Content-Type",
                                "application/json")
                        .expect(200)
                        .json()
                        .path("workingDays")
                        .asInt())
                .isEqualTo(2);
        assertThat(http.send(
                                "PUT",
                                "/__admin/payments/lag",
                                CourtHttp.write(Map.of("workingDays", 4)),
                                "Content-Type",
                                "application/json")
                        .status())
                .isEqualTo(400);
    }
}
