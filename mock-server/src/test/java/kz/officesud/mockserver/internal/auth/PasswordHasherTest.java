package kz.officesud.mockserver.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS, new SecureRandom());

    @Test
    void hash_isSaltedPbkdf2_andMatchesOnlyThePassword() {
        PasswordHasher.PasswordHash first = hasher.hash("correct horse".toCharArray());
        PasswordHasher.PasswordHash second = hasher.hash("correct horse".toCharArray());

        assertThat(first.algorithm()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(first.iterations()).isGreaterThanOrEqualTo(100_000);
        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash());
        assertThat(hasher.matches("correct horse".toCharArray(), first)).isTrue();
        assertThat(hasher.matches("correct horsE".toCharArray(), first)).isFalse();
        assertThat(first.toString()).doesNotContain(first.hash()).doesNotContain(first.salt());
    }

    @Test
    void fewerThan100kIterations_areRefused() {
        assertThatThrownBy(() -> new PasswordHasher(99_999, new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
        PasswordHasher.PasswordHash weak =
                new PasswordHasher.PasswordHash("PBKDF2WithHmacSHA256", 1000, "AAAAAAAAAAAAAAAAAAAAAA==", "AAAA");
        assertThat(hasher.matches("x".toCharArray(), weak)).isFalse();
    }
}
