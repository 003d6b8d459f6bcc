package kz.officesud.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import kz.officesud.core.internal.Checksums;

/**
 * A business identification number of a legal entity, БИН (БСН — бизнес-сәйкестендіру нөмірі).
 *
 * <p>Twelve digits; the last is a check digit: {@code Σ(dᵢ·wᵢ) mod 11} with weights 1…11, and if that is
 * 10, again with weights 3, 4, …, 11, 1, 2; if that is 10 too, no such number exists.
 *
 * <p>{@link #of(String)} is strict. {@link #ofUnverified(String)} (and the canonical constructor) only
 * require 12 digits and keep the number as issued: the NCA's test identities fail the checksum and must
 * still be carried; {@link #checksumValid()} tells them apart, and validation rejects them unless
 * {@code ValidationOptions.allowUnverifiedIdentities}. {@link #toString()} is the number itself.
 */
public record Bin(String value) {

    /** Requires 12 ASCII digits; the check digit is not verified (see {@link #checksumValid()}). */
    public Bin {
        Objects.requireNonNull(value, "value");
        if (!Checksums.isTwelveDigits(value)) {
            throw formatError(value);
        }
    }

    /** The bin {@code value}, which must be 12 digits with a correct check digit. */
    public static Bin of(String value) {
        Objects.requireNonNull(value, "value");
        Bin result = new Bin(value);
        if (!result.checksumValid()) {
            throw new InvalidIdentifierException(
                    "bin.checksum",
                    Map.of("value", Checksums.mask(value)),
                    "not a valid BIN: the check digit of " + Checksums.mask(value) + " does not match");
        }
        return result;
    }

    /** The bin {@code value} as issued: 12 digits, check digit not verified. */
    public static Bin ofUnverified(String value) {
        return new Bin(value);
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
                "bin.format",
                Map.of("length", value.length()),
                "not a valid BIN: expected 12 digits, got " + value.length() + " characters"
                        + (value.chars().allMatch(c -> c >= '0' && c <= '9') ? "" : " including non-digits"));
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * A random valid BIN, for test users: registration year and month (YYMM, 2000–2024), legal-entity type 4
     * (resident), attribute 0 (head office), five serial digits and the check digit.
     */
    public static Bin random(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        while (true) {
            int year = random.nextInt(25);
            int month = 1 + random.nextInt(12);
            String first11 = String.format("%02d%02d40%05d", year, month, random.nextInt(100_000));
            int check = Checksums.checkDigit(first11);
            if (check != Checksums.NO_CHECK_DIGIT) {
                return new Bin(first11 + check);
            }
        }
    }
}
