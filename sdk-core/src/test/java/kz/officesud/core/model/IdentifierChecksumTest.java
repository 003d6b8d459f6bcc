package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IIN/BIN check digit, against a reference implementation written out here independently of the
 * production code, and hand-computed vectors.
 */
class IdentifierChecksumTest {
    private static final int[] W1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] W2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** The reference: the check digit, or -1 if none exists. */
    private static int reference(String first11) {
        int s1 = 0;
        int s2 = 0;
        for (int i = 0; i < 11; i++) {
            int d = first11.charAt(i) - '0';
            s1 += d * W1[i];
            s2 += d * W2[i];
        }
        if (s1 % 11 != 10) {
            return s1 % 11;
        }
        return s2 % 11 == 10 ? -1 : s2 % 11;
    }

    private static boolean firstSumIsTen(String first11) {
        int s1 = 0;
        for (int i = 0; i < 11; i++) {
            s1 += (first11.charAt(i) - '0') * W1[i];
        }
        return s1 % 11 == 10;
    }

    /** Searches 11-digit prefixes (deterministically) for ones matching the kind asked for. */
    private static List<String> search(boolean secondBranch, boolean stillTen, int count) {
        List<String> found = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        while (found.size() < count) {
            String p = String.format("%011d", random.nextLong(100_000_000_000L));
            boolean needsSecond = firstSumIsTen(p);
            boolean none = reference(p) == -1;
            if (needsSecond == secondBranch && none == stillTen) {
                found.add(p);
            }
        }
        return found;
    }

    @Test
    void handComputedVectors_firstWeights() {
        // 9·1+0·2+0·3+1·4+0·5+1·6+3·7+0·8+0·9+0·10+1·11 = 51; 51 mod 11 = 7
        assertThat(Iin.isValid("900101300017")).isTrue();
        assertThat(Iin.isValid("900101300018")).isFalse();
        // 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8+1·9+0·10+9·11 = 264 = 24·11 → 0
        assertThat(Bin.isValid("987654321090")).isTrue();
    }

    @Test
    void handComputedVectors_secondWeights() {
        // 1·1+2·2+…+9·9+0·10+1·11 = 296, mod 11 = 10 → second weights:
        // 1·3+2·4+3·5+4·6+5·7+6·8+7·9+8·10+9·11+0·1+1·2 = 377, mod 11 = 3
        assertThat(Iin.isValid("123456789013")).isTrue();
        assertThat(Iin.of("123456789013").checksumValid()).isTrue();
        // the NCA's test IIN 123456789011 has the same first 11 digits: its check digit 1 is wrong
        assertThat(Iin.isValid("123456789011")).isFalse();
    }

    @Test
    void secondWeightsBranch_acceptsOnlyTheSecondSum() {
        for (String p : search(true, false, 200)) {
            int expected = reference(p);
            for (int d = 0; d <= 9; d++) {
                assertThat(Iin.isValid(p + d)).as("%s%d", p, d).isEqualTo(d == expected);
                assertThat(Bin.isValid(p + d)).as("%s%d", p, d).isEqualTo(d == expected);
            }
            // the first sum alone (10) is no digit, so the answer must come from the second weights
            assertThat(firstSumIsTen(p)).isTrue();
        }
    }

    @Test
    void firstWeightsBranch_matchesReference() {
        for (String p : search(false, false, 500)) {
            int expected = reference(p);
            for (int d = 0; d <= 9; d++) {
                assertThat(Iin.isValid(p + d)).as("%s%d", p, d).isEqualTo(d == expected);
            }
        }
    }

    @Test
    void stillTenAfterSecondWeights_noCheckDigitIsValid() {
        List<String> prefixes = search(true, true, 50);
        for (String p : prefixes) {
            for (int d = 0; d <= 9; d++) {
                String number = p + d;
                assertThat(Iin.isValid(number)).as(number).isFalse();
                assertThat(Bin.isValid(number)).as(number).isFalse();
                assertThatThrownBy(() -> Iin.of(number)).isInstanceOf(InvalidIdentifierException.class);
                assertThatThrownBy(() -> Bin.of(number)).isInstanceOf(InvalidIdentifierException.class);
                assertThat(Iin.ofUnverified(number).checksumValid()).isFalse();
            }
        }
        // a hand-checked one: 10000190056 gives 10 with both weightings
        assertThat(IntStream.rangeClosed(0, 9).mapToObj(d -> "10000190056" + d)).noneMatch(Iin::isValid);
    }

    @Test
    void ncaTestIdentities_failTheChecksumButAreCarried() {
        for (String iin : List.of("123456789011", "123456789012")) {
            assertThat(Iin.isValid(iin)).isFalse();
            assertThatThrownBy(() -> Iin.of(iin))
                    .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("iin.checksum"));
            Iin carried = Iin.ofUnverified(iin);
            assertThat(carried.value()).isEqualTo(iin);
            assertThat(carried.checksumValid()).isFalse();
        }
        assertThat(Bin.isValid("123456789021")).isFalse();
        assertThatThrownBy(() -> Bin.of("123456789021"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("bin.checksum"));
        Bin bin = Bin.ofUnverified("123456789021");
        assertThat(bin.value()).isEqualTo("123456789021");
        assertThat(bin.checksumValid()).isFalse();
    }

    @Test
    void checksumError_doesNotLeakTheWholeIin() {
        assertThatThrownBy(() -> Iin.of("123456789011"))
                .hasMessageContaining("********9011")
                .hasMessageNotContaining("123456789011");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "7", "8", "9"})
    void seventhDigit_isInformativeOnly_neverRejected(String seventh) {
        // whatever the century-and-sex digit, a right check digit makes a valid IIN
        String first11 = "900101" + seventh + "0001";
        String iin = first11 + reference(first11);
        if (reference(first11) >= 0) {
            assertThat(Iin.of(iin).value()).isEqualTo(iin);
        }
        // and a date that is no date (month 13) is not checked either
        String odd = "901301" + seventh + "0001";
        if (reference(odd) >= 0) {
            assertThat(Iin.isValid(odd + reference(odd))).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901", "1234567890123", "12345678901a", " 23456789011", "１２３４５６７８９０１１"})
    void notTwelveAsciiDigits_isAFormatError(String text) {
        assertThat(Iin.isValid(text)).isFalse();
        assertThat(Bin.isValid(text)).isFalse();
        assertThatThrownBy(() -> Iin.ofUnverified(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("iin.format"));
        assertThatThrownBy(() -> Bin.of(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("bin.format"));
    }

    @Test
    void nullIsRejectedWithItsName() {
        assertThatThrownBy(() -> Iin.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value");
        assertThatThrownBy(() -> Bin.ofUnverified(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void random_givesValidNumbers_reproducibly() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            Iin iin = Iin.random(random);
            Bin bin = Bin.random(random);
            assertThat(iin.checksumValid()).as(iin.value()).isTrue();
            assertThat(bin.checksumValid()).as(bin.value()).isTrue();
            assertThat(reference(iin.value().substring(0, 11)))
                    .isEqualTo(iin.value().charAt(11) - '0');
            assertThat(iin.value().charAt(6)).isBetween('3', '6');
            assertThat(bin.value().charAt(4)).isEqualTo('4');
        }
        assertThat(Iin.random(new SplittableRandom(3))).isEqualTo(Iin.random(new SplittableRandom(3)));
    }

    @Test
    void valueTypes_equalityByValue_andToStringIsTheNumber() {
        Bin a = Bin.ofUnverified("123456789021");
        assertThat(a).isEqualTo(new Bin("123456789021")).hasSameHashCodeAs(new Bin("123456789021"));
        assertThat(a).isNotEqualTo(Bin.ofUnverified("123456789022"));
        assertThat(a.toString()).isEqualTo("123456789021");
        assertThat(Iin.ofUnverified("123456789011")).isNotEqualTo(a);
    }
}
