package kz.officesud.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * An amount of money in tenge (₸, KZT): non-negative, exactly two decimals (tiyn). {@code toString()} is
 * the plain amount, {@code 1500000.00}.
 */
public record Tenge(BigDecimal amount) implements Comparable<Tenge> {
    public static final Tenge ZERO = new Tenge(BigDecimal.ZERO);

    /** Normalises the scale to 2; rejects negative amounts and fractions of a tiyn. */
    public Tenge {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidValueException(
                    "tenge.negative",
                    Map.of("value", amount.toPlainString()),
                    "an amount of tenge cannot be negative: " + amount.toPlainString());
        }
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException(
                    "tenge.scale",
                    Map.of("value", amount.toPlainString()),
                    "an amount of tenge has at most two decimals: " + amount.toPlainString());
        }
    }

    /** Whole tenge. */
    public static Tenge of(long tenge) {
        return new Tenge(BigDecimal.valueOf(tenge));
    }

    public static Tenge of(BigDecimal amount) {
        return new Tenge(amount);
    }

    /** Parses a plain decimal ({@code 1500000}, {@code 1500000.5}, {@code 1500000.50}). */
    public static Tenge parse(String text) {
        Objects.requireNonNull(text, "text");
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(
                    "tenge.format", Map.of("value", text), "not an amount of tenge: '" + text + "'");
        }
        return new Tenge(amount);
    }

    public Tenge plus(Tenge other) {
        return new Tenge(amount.add(other.amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Tenge other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
