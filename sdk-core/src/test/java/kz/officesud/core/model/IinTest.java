package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IinTest {

    @Test
    void of_whenCheckDigitRight_keepsTheNumber() {
        Iin iin = Iin.random(new SplittableRandom(1));
        assertThat(Iin.of(iin.value())).isEqualTo(iin);
        assertThat(iin.checksumValid()).isTrue();
        assertThat(iin.toString()).isEqualTo(iin.value());
    }

    @Test
    void of_whenNcaTestIdentity_isRejectedButOfUnverifiedCarriesIt() {
        assertThatThrownBy(() -> Iin.of("123456789011"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("check digit")
                .satisfies(e -> assertThat(((InvalidIdentifierException) e).messageKey())
                        .isEqualTo("iin.checksum"));
        Iin unverified = Iin.ofUnverified("123456789011");
        assertThat(unverified.value()).isEqualTo("123456789011");
        assertThat(unverified.checksumValid()).isFalse();
        assertThat(Iin.ofUnverified("123456789012").checksumValid()).isFalse();
    }

    @Test
    void ofUnverified_whenNotTwelveDigits_isRejectedWithLocalizedMessage() {
        assertThatThrownBy(() -> Iin.ofUnverified("12345"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("iin.format");
                    assertThat(e.message(Locale.forLanguageTag("ru"))).isEqualTo("ИИН состоит из 12 цифр.");
                    assertThat(e.message(Locale.forLanguageTag("kk"))).isEqualTo("ЖСН 12 цифрдан тұрады.");
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("An IIN is 12 digits.");
                });
        assertThatThrownBy(() -> Iin.ofUnverified("12345678901a")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void equality_isByValue() {
        assertThat(Iin.ofUnverified("123456789011"))
                .isEqualTo(Iin.ofUnverified("123456789011"))
                .hasSameHashCodeAs(Iin.ofUnverified("123456789011"))
                .isNotEqualTo(Iin.ofUnverified("123456789012"));
    }
}
