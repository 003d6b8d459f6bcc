package kz.officesud.core.internal;

/**
 * The check digit of IINs and BINs (ИИН / БИН), both 12 digits: the 12th digit is
 * {@code Σ(dᵢ·wᵢ) mod 11} over the first 11 digits with weights 1…11; if that is 10, the sum is taken
 * again with weights 3, 4, …, 11, 1, 2; if it is 10 again, the number is invalid.
 */
public final class Checksums {
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** Returned by {@link #checkDigit} when no check digit exists (both sums give 10). */
    public static final int NO_CHECK_DIGIT = -1;

    private Checksums() {}

    /** True if {@code s} is exactly 12 ASCII digits. */
    public static boolean isTwelveDigits(CharSequence s) {
        if (s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The check digit for the first 11 digits of {@code digits} (at least 11 ASCII digits), or
     * {@link #NO_CHECK_DIGIT} when both weightings give 10.
     */
    public static int checkDigit(CharSequence digits) {
        int first = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (first != 10) {
            return first;
        }
        int second = weightedSum(digits, SECOND_WEIGHTS) % 11;
        return second == 10 ? NO_CHECK_DIGIT : second;
    }

    /** True if the first-weights sum gives 10, so the second weights decide (exposed for tests). */
    public static boolean needsSecondWeights(CharSequence digits) {
        return weightedSum(digits, FIRST_WEIGHTS) % 11 == 10;
    }

    /** True if {@code s} is 12 digits whose last digit is the check digit of the first 11. */
    public static boolean isValid(CharSequence s) {
        if (!isTwelveDigits(s)) {
            return false;
        }
        int check = checkDigit(s);
        return check != NO_CHECK_DIGIT && check == s.charAt(11) - '0';
    }

    private static int weightedSum(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** Masks all but the last four characters: {@code 123456789011 -> ********9011}. */
    public static String mask(String value) {
        if (value.length() <= 4) {
            return "*".repeat(value.length());
        }
        return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }
}
