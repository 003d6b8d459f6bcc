package kz.officesud.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backoffCap_doublesFromTheBaseDelay_upToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(1));

        assertThat(policy.backoffCap(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoffCap(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoffCap(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoffCap(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffCap(60)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void backoffCap_withHugeDelays_doesNotOverflow() {
        RetryPolicy policy = new RetryPolicy(100, Duration.ofDays(1), Duration.ofDays(365));

        assertThat(policy.backoffCap(99)).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void construction_rejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void presets_andDerivations_haveValueEquality() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.defaults())
                .isEqualTo(new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(10)));
        assertThat(RetryPolicy.defaults().withMaxAttempts(2)).isEqualTo(RetryPolicy.ofMaxAttempts(2));
        assertThat(RetryPolicy.none().withDelays(Duration.ofMillis(1), Duration.ofMillis(2)))
                .isEqualTo(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(2)))
                .hasSameHashCodeAs(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(2)));
    }
}
