package kz.officesud.core.fee;

import java.time.LocalDate;
import java.util.Objects;
import kz.officesud.core.model.Tenge;
import org.jspecify.annotations.Nullable;

/**
 * The state fee of a filing, as the cabinet calculates it.
 *
 * @param outcome whether a fee is due
 * @param amount the fee due (zero unless {@link Outcome#DUE})
 * @param rule the rate applied, in words ("1 % of the claim amount, at most 10000 MRP")
 * @param mrp the monthly calculation index in force on the date
 * @param law the article of the Tax Code the rate comes from
 * @param date the day the calculation is for
 * @param exemption the exemption category that applies, for {@link Outcome#EXEMPT}
 */
public record StateFeeCalculation(
        Outcome outcome,
        Tenge amount,
        String rule,
        Tenge mrp,
        String law,
        LocalDate date,
        @Nullable FeeExemption exemption) {
    public StateFeeCalculation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(mrp, "mrp");
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(date, "date");
    }

    /** Whether a fee is due. */
    public enum Outcome {
        /** The fee is {@link #amount()}. */
        DUE,
        /** The payer's exemption category frees it from the fee. */
        EXEMPT,
        /** The service takes no state fee. */
        NOT_CHARGED,
        /** The service may take a fee, but the data has no rate for it: the court decides. */
        NO_RATE
    }
}
