package kz.officesud.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import kz.officesud.core.internal.Checksums;

/**
 * An individual identification number, ИИН (ЖСН — жеке сәйкестендіру нөмірі).
 *
 * <p>Twelve digits; the last is a check digit: {@code Σ(dᵢ·wᵢ) mod 11} with weights 1…11, and if that is
 * 10, again with weights 3, 4, …, 11, 1, 2; if that is 10 too, no such number exists.
 *
 * <p>{@link #of(String)} is strict. {@link #ofUnverified(String)} (and the canonical constructor) only
 * require 12 digits and keep the number as issued: the NCA's test identities fail the checksum and must
 * still be carried; {@link #checksumValid()} tells them apart, and validation rejects them unless
 * {@code ValidationOptions.allowUnverifiedIdentities}. {@link #toString()} is the number itself.
 */
public record Iin(String value) {

    /** Requires 12 ASCII digits; the check digit is not verified (see {@link #checksumValid()}). */
    public Iin {
        Objects.requireNonNull(value, "value");
        if (!Checksums.isTwelveDigits(value)) {
            throw formatError(value);
        }
    }

    /** The iin {@code value}, which must be 12 digits with a correct check digit. */
    public static Iin of(String value) {
        Objects.requireNonNull(value, "value");
        Iin result = new Iin(value);
        if (!result.checksumValid()) {
            throw new InvalidIdentifierException(
                    "iin.checksum",
                    Map.of("value", Checksums.mask(value)),
                    "not a valid IIN: the check digit of " + Checksums.mask(value) + " does not match");
        }
        return result;
    }

    /** The iin {@code value} as issued: 12 digits, check digit not verified. */
    public static Iin ofUnverified(String value) {
        return new Iin(value);
    }

    /** True if {@code value} is 12 digits with a correct check digit. */
    public static boolean isValid(String value) {
        return Checksums.isValid(value);
    }

    /** True if the check digit is right (false for e.g. the NCA's test identities). */
    public boolean checksumValid() {
        return Checksums.isValid(value);
    }

    private static InvalidIdentifierException formatError(String value) {
        return new InvalidIdentifierException(
                "iin.format",
                Map.of("length", value.length()),
                "not a valid IIN: expected 12 digits, got " + value.length() + " characters"
                        + (value.chars().allMatch(c -> c >= '0' && c <= '9') ? "" : " including non-digits"));
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * A random valid IIN, for test users: a birth date (YYMMDD, 1950–2009), the century-and-sex digit (3–6),
     * four serial digits and the check digit.
     */
    public static Iin random(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        while (true) {
            int year = 1950 + random.nextInt(60);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28);
            boolean female = random.nextBoolean();
            int centuryAndSex = (year < 2000 ? 3 : 5) + (female ? 1 : 0);
            String first11 =
                    String.format("%02d%02d%02d%d%04d", year % 100, month, day, centuryAndSex, random.nextInt(10_000));
            int check = Checksums.checkDigit(first11);
            if (check != Checksums.NO_CHECK_DIGIT) {
                return new Iin(first11 + check);
            }
        }
    }
}
