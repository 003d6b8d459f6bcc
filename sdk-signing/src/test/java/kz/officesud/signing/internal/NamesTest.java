package kz.officesud.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"123456789011", "123456789012", "123456789021"})
    void checksum_ofTheNcaTestIdentities_fails(String number) {
        assertThat(Names.checksumValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789013", "123456789025"})
    void checksum_withTheRightCheckDigit_holds(String number) {
        // The README: the test identities' check digits should be 3, 3 and 5.
        assertThat(Names.checksumValid(number)).isTrue();
    }

    @Test
    void checksum_ofNonDigits_fails() {
        assertThat(Names.checksumValid("12345678901")).isFalse();
        assertThat(Names.checksumValid("12345678901a")).isFalse();
    }
}
