package kz.officesud.core.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.Tenge;

/**
 * Calculates the state fee of a filing from {@link StateFeeRates} (seed 001: the cabinet calculates the fee), the
 * same way on the client and at the court:
 *
 * <ul>
 *   <li>a service that takes no fee: {@link StateFeeCalculation.Outcome#NOT_CHARGED};
 *   <li>an exemption category the data knows: {@link StateFeeCalculation.Outcome#EXEMPT};
 *   <li>a claim (action or special action proceedings, a counterclaim): of a property nature, the percent of its
 *       amount for the payer's kind, capped where the law caps it; of a non-property nature (no amount), the MRP rate;
 *   <li>an application for a court order: the court-order percent of the claim's rate;
 *   <li>an appeal, a private complaint or a cassation complaint on a property claim: the review percent of the claim's
 *       rate (the amount in dispute); on a non-property one, of the non-property rate;
 *   <li>anything else that may take a fee: {@link StateFeeCalculation.Outcome#NO_RATE}.
 * </ul>
 *
 * Amounts are in tenge, rounded half up to the tiyn. Thread-safe.
 */
public final class StateFeeCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StateFeeRates rates;

    private StateFeeCalculator(StateFeeRates rates) {
        this.rates = rates;
    }

    /** A calculator on the bundled figures. */
    public static StateFeeCalculator standard() {
        return new StateFeeCalculator(StateFeeRates.standard());
    }

    public static StateFeeCalculator of(StateFeeRates rates) {
        return new StateFeeCalculator(Objects.requireNonNull(rates, "rates"));
    }

    public StateFeeRates rates() {
        return rates;
    }

    /**
     * The fee of {@code basis}.
     *
     * @throws IllegalArgumentException the data has no MRP or no rates for the basis's date
     */
    public StateFeeCalculation calculate(FeeBasis basis) {
        Objects.requireNonNull(basis, "basis");
        StateFeeRates.Mrp mrp = rates.mrp(basis.date())
                .orElseThrow(() -> new IllegalArgumentException("no MRP is known for " + basis.date()));
        StateFeeRates.Schedule schedule = rates.schedule(basis.date())
                .orElseThrow(() -> new IllegalArgumentException("no state fee rates are known for " + basis.date()));
        if (!basis.service().mayTakeStateFee()) {
            return result(
                    StateFeeCalculation.Outcome.NOT_CHARGED,
                    BigDecimal.ZERO,
                    "the service takes no state fee",
                    mrp,
                    schedule,
                    basis,
                    null);
        }
        if (basis.exemption() != null) {
            Optional<FeeExemption> exemption = rates.exemption(basis.exemption());
            if (exemption.isPresent()) {
                return result(
                        StateFeeCalculation.Outcome.EXEMPT,
                        BigDecimal.ZERO,
                        "exempt: " + exemption.get().nameRu(),
                        mrp,
                        schedule,
                        basis,
                        exemption.get());
            }
        }
        Rated claimRate = claimRate(basis, mrp, schedule);
        CourtService service = basis.service();
        if (service == CourtService.CLAIM && basis.proceedings() == Proceedings.COURT_ORDER) {
            return scaled(
                    claimRate,
                    schedule.courtOrderPercentOfClaimRate(),
                    "of the claim's rate, a court order",
                    mrp,
                    schedule,
                    basis);
        }
        if (service == CourtService.CLAIM || service == CourtService.COUNTERCLAIM) {
            return result(
                    StateFeeCalculation.Outcome.DUE, claimRate.amount(), claimRate.rule(), mrp, schedule, basis, null);
        }
        if (service == CourtService.APPEAL
                || service == CourtService.PRIVATE_COMPLAINT
                || service == CourtService.CASSATION_COMPLAINT) {
            return scaled(
                    claimRate,
                    schedule.reviewPercentOfClaimRate(),
                    "of the claim's rate, a review",
                    mrp,
                    schedule,
                    basis);
        }
        return result(
                StateFeeCalculation.Outcome.NO_RATE,
                BigDecimal.ZERO,
                "no rate for " + service + " in the data",
                mrp,
                schedule,
                basis,
                null);
    }

    private record Rated(BigDecimal amount, String rule) {}

    private static Rated claimRate(FeeBasis basis, StateFeeRates.Mrp mrp, StateFeeRates.Schedule schedule) {
        if (basis.claimAmount() != null && basis.claimAmount().amount().signum() > 0) {
            BigDecimal percent = schedule.propertyClaimPercent().get(basis.payer());
            if (percent == null) {
                throw new IllegalArgumentException("no property rate for " + basis.payer() + " in " + schedule.law());
            }
            BigDecimal fee = basis.claimAmount().amount().multiply(percent).divide(HUNDRED);
            String rule = percent.stripTrailingZeros().toPlainString() + " % of the claim amount";
            BigDecimal cap = schedule.propertyClaimCapMrp().get(basis.payer());
            if (cap != null) {
                BigDecimal capped = cap.multiply(mrp.value().amount());
                rule += ", at most " + cap.stripTrailingZeros().toPlainString() + " MRP";
                if (fee.compareTo(capped) > 0) {
                    fee = capped;
                }
            }
            return new Rated(fee, rule);
        }
        BigDecimal mrps = schedule.nonPropertyClaimMrp().get(basis.payer());
        if (mrps == null) {
            throw new IllegalArgumentException("no non-property rate for " + basis.payer() + " in " + schedule.law());
        }
        return new Rated(
                mrps.multiply(mrp.value().amount()),
                mrps.stripTrailingZeros().toPlainString() + " MRP (a claim of a non-property nature)");
    }

    private static StateFeeCalculation scaled(
            Rated claimRate,
            BigDecimal percent,
            String what,
            StateFeeRates.Mrp mrp,
            StateFeeRates.Schedule schedule,
            FeeBasis basis) {
        BigDecimal fee = claimRate.amount().multiply(percent).divide(HUNDRED);
        return result(
                StateFeeCalculation.Outcome.DUE,
                fee,
                percent.stripTrailingZeros().toPlainString() + " % " + what + " (" + claimRate.rule() + ")",
                mrp,
                schedule,
                basis,
                null);
    }

    private static StateFeeCalculation result(
            StateFeeCalculation.Outcome outcome,
            BigDecimal amount,
            String rule,
            StateFeeRates.Mrp mrp,
            StateFeeRates.Schedule schedule,
            FeeBasis basis,
            FeeExemption exemption) {
        return new StateFeeCalculation(
                outcome,
                Tenge.of(amount.setScale(2, RoundingMode.HALF_UP)),
                rule,
                mrp.value(),
                schedule.law(),
                basis.date(),
                exemption);
    }
}
