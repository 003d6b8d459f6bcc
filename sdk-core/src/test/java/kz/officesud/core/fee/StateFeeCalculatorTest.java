package kz.officesud.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.PersonKind;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.Tenge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state fee from the rates kept as data: property and non-property claims, caps, court orders, reviews. */
class StateFeeCalculatorTest {
    private static final StateFeeCalculator CALCULATOR = StateFeeCalculator.standard();
    private static final LocalDate IN_2026 = LocalDate.of(2026, 11, 23);
    private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 2);

    private static StateFeeCalculation fee(
            CourtService service,
            Proceedings proceedings,
            PersonKind payer,
            Long amount,
            String exemption,
            LocalDate date) {
        return CALCULATOR.calculate(
                new FeeBasis(service, proceedings, payer, amount == null ? null : Tenge.of(amount), exemption, date));
    }

    @Test
    void propertyClaims_onePercentForIndividuals_threeForLegalEntities_cappedFrom2026() {
        assertThat(fee(CourtService.CLAIM, Proceedings.ACTION, PersonKind.INDIVIDUAL, 1_500_000L, null, IN_2026)
                        .amount())
                .isEqualTo(Tenge.of(15_000));
        assertThat(fee(CourtService.CLAIM, Proceedings.ACTION, PersonKind.LEGAL_ENTITY, 1_500_000L, null, IN_2026)
                        .amount())
                .isEqualTo(Tenge.of(45_000));
        // 1 % of 10 bn = 100 m > 10 000 MRP × 4 325 = 43 250 000
        assertThat(fee(CourtService.CLAIM, Proceedings.ACTION, PersonKind.INDIVIDUAL, 10_000_000_000L, null, IN_2026)
                        .amount())
                .isEqualTo(Tenge.of(43_250_000));
        // the 2017 code has no cap
        assertThat(fee(CourtService.CLAIM, Proceedings.ACTION, PersonKind.INDIVIDUAL, 10_000_000_000L, null, IN_2025)
                        .amount())
                .isEqualTo(Tenge.of(100_000_000));
    }

    @Test
    void nonPropertyClaims_courtOrders_andReviews() {
        StateFeeCalculation nonProperty =
                fee(CourtService.CLAIM, Proceedings.ACTION, PersonKind.INDIVIDUAL, null, null, IN_2025);
        assertThat(nonProperty.amount()).isEqualTo(Tenge.parse("1966.00")); // 0.5 × 3 932
        assertThat(nonProperty.mrp()).isEqualTo(Tenge.of(3_932));
        assertThat(fee(CourtService.CLAIM, Proceedings.COURT_ORDER, PersonKind.LEGAL_ENTITY, 1_000_000L, null, IN_2026)
                        .amount())
                .isEqualTo(Tenge.of(15_000));
        assertThat(fee(CourtService.APPEAL, null, PersonKind.INDIVIDUAL, 1_000_000L, null, IN_2026)
                        .amount())
                .isEqualTo(Tenge.of(5_000));
    }

    @Test
    void exemptions_notCharged_andNoRate() {
        StateFeeCalculation exempt =
                fee(CourtService.CLAIM, Proceedings.ACTION, PersonKind.INDIVIDUAL, 900_000L, "ALIMONY", IN_2026);
        assertThat(exempt.outcome()).isEqualTo(StateFeeCalculation.Outcome.EXEMPT);
        assertThat(exempt.amount().isZero()).isTrue();
        assertThat(exempt.exemption()).isNotNull();
        assertThat(fee(CourtService.MOTION, null, PersonKind.INDIVIDUAL, null, null, IN_2026)
                        .outcome())
                .isEqualTo(StateFeeCalculation.Outcome.NOT_CHARGED);
        assertThat(fee(CourtService.APOSTILLE_REQUEST, null, PersonKind.INDIVIDUAL, null, null, IN_2026)
                        .outcome())
                .isEqualTo(StateFeeCalculation.Outcome.NO_RATE);
        // an exemption the data does not know is not an exemption
        assertThat(fee(CourtService.CLAIM, Proceedings.ACTION, PersonKind.INDIVIDUAL, 100_000L, "по просьбе", IN_2026)
                        .outcome())
                .isEqualTo(StateFeeCalculation.Outcome.DUE);
        assertThatThrownBy(() -> fee(
                        CourtService.CLAIM,
                        Proceedings.ACTION,
                        PersonKind.INDIVIDUAL,
                        1L,
                        null,
                        LocalDate.of(2017, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2017-01-01");
    }

    @Test
    void ratesFromAFile_andABadFileIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rates.json");
        Files.writeString(
                file,
                "{\"mrp\": [{\"from\": \"2027-01-01\", \"value\": \"5000\"}], \"schedules\": [{\"from\": \"2027-01-01\","
                        + " \"law\": \"test\", \"propertyClaimPercent\": {\"INDIVIDUAL\": \"2\"}, \"nonPropertyClaimMrp\": {\"INDIVIDUAL\": \"1\"},"
                        + " \"courtOrderPercentOfClaimRate\": \"50\", \"reviewPercentOfClaimRate\": \"50\"}]}");
        StateFeeCalculator custom = StateFeeCalculator.of(StateFeeRates.fromFile(file));

        assertThat(custom.calculate(new FeeBasis(
                                CourtService.CLAIM,
                                Proceedings.ACTION,
                                PersonKind.INDIVIDUAL,
                                Tenge.of(100),
                                null,
                                LocalDate.of(2027, 2, 1)))
                        .amount())
                .isEqualTo(Tenge.of(2));
        Files.writeString(file, "{\"mrp\": [{\"from\": \"nope\"}]}");
        assertThatThrownBy(() -> StateFeeRates.fromFile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mrp[0].from");
    }
}
