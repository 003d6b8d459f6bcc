package kz.officesud.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * An amount of money in tenge (₸, KZT): non-negative, exactly two decimals (tiyn), at most {@link #MAX} (a
 * quadrillion tenge, far above any claim). {@code toString()} is the plain amount, {@code 1500000.00}.
 *
 * <p>Every bound is checked on the number's digits and exponent before the number is scaled or printed, so that
 * an absurd amount such as {@code 1e100000000} is refused at once instead of being expanded into a hundred
 * million digits.
 */
public record Tenge(BigDecimal amount) implements Comparable<Tenge> {
    /** The largest amount: 10^15 tenge. */
    public static final BigDecimal MAX = BigDecimal.TEN.pow(15);

    public static final Tenge ZERO = new Tenge(BigDecimal.ZERO);

    /** At most this many characters of an amount written as text are read. */
    public static final int MAX_TEXT_LENGTH = 40;

    /** Integer digits of {@link #MAX}. */
    private static final int MAX_INTEGER_DIGITS = 16;

    /** Normalises the scale to 2; rejects negative amounts, fractions of a tiyn and amounts above {@link #MAX}. */
    public Tenge {
        Objects.requireNonNull(amount, "amount");
        String shown = shown(amount);
        if (amount.signum() < 0) {
            throw new InvalidValueException(
                    "tenge.negative", Map.of("value", shown), "an amount of tenge cannot be negative: " + shown);
        }
        // integer digits = precision - scale, known without expanding the number
        if (amount.signum() > 0 && (long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw tooLarge(shown);
        }
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidValueException(
                    "tenge.scale", Map.of("value", shown), "an amount of tenge has at most two decimals: " + shown);
        }
        amount = stripped.setScale(2, RoundingMode.UNNECESSARY);
        if (amount.compareTo(MAX) > 0) {
            throw tooLarge(shown);
        }
    }

    private static InvalidValueException tooLarge(String shown) {
        return new InvalidValueException(
                "tenge.tooLarge",
                Map.of("value", shown, "max", MAX.toPlainString()),
                "an amount of tenge is at most " + MAX.toPlainString() + ": " + shown);
    }

    /**
     * The amount as a person would read it, never long: plain when it has few digits, else in scientific
     * notation (whose length does not grow with the exponent).
     */
    private static String shown(BigDecimal amount) {
        long integerDigits = (long) amount.precision() - amount.scale();
        if (amount.precision() <= MAX_TEXT_LENGTH && integerDigits <= MAX_TEXT_LENGTH && amount.scale() <= 20) {
            return amount.toPlainString();
        }
        String text = amount.round(new java.math.MathContext(6)).toString();
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH) + "…";
    }

    /** Whole tenge. */
    public static Tenge of(long tenge) {
        return new Tenge(BigDecimal.valueOf(tenge));
    }

    public static Tenge of(BigDecimal amount) {
        return new Tenge(amount);
    }

    /**
     * Parses a plain decimal ({@code 1500000}, {@code 1500000.5}, {@code 1500000.50}) of at most {@value
     * #MAX_TEXT_LENGTH} characters.
     */
    public static Tenge parse(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT_LENGTH) {
            String shown = stripped.substring(0, MAX_TEXT_LENGTH) + "…";
            throw new InvalidValueException(
                    "tenge.format", Map.of("value", shown), "not an amount of tenge: '" + shown + "'");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(stripped);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(
                    "tenge.format", Map.of("value", stripped), "not an amount of tenge: '" + stripped + "'");
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
