package kz.officesud.mockserver.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.mockserver.CourtClock;
import org.junit.jupiter.api.Test;

/**
 * Challenges are single use and expire; a flood of requests for them (a log-in page visited again and again) never
 * stops the court from issuing one to the next user: the oldest outstanding is forgotten instead.
 */
class ChallengesTest {
    private final CourtClock clock = CourtClock.fixed(Instant.parse("2026-11-23T05:00:00Z"));
    private final Challenges challenges = new Challenges(clock, Duration.ofMinutes(5), new SecureRandom());

    @Test
    void beyondTheCap_theOldestIsForgotten_andTheNextUserStillGetsOne() {
        Challenges.Challenge first = challenges.issue();
        Challenges.Challenge second = challenges.issue();
        for (int i = 0; i < Challenges.MAX_OUTSTANDING - 1; i++) {
            challenges.issue();
        }

        Challenges.Challenge next = challenges.issue();

        assertThat(challenges.outstanding()).isEqualTo(Challenges.MAX_OUTSTANDING);
        assertThat(challenges.consume(first.id())).isEmpty();
        assertThat(challenges.consume(second.id())).isEmpty();
        assertThat(challenges.consume(next.id())).isPresent();
    }

    @Test
    void aChallenge_isGoodOnce_andUntilItExpires() {
        Challenges.Challenge once = challenges.issue();
        Challenges.Challenge late = challenges.issue();

        assertThat(challenges.consume(once.id())).isPresent();
        assertThat(challenges.consume(once.id())).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(challenges.consume(late.id())).isEmpty();
    }

    @Test
    void issuing_dropsTheExpiredOnes() {
        List<Challenges.Challenge> expired = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expired.add(challenges.issue());
        }
        clock.advance(Duration.ofMinutes(6));

        Challenges.Challenge fresh = challenges.issue();

        assertThat(challenges.outstanding()).isEqualTo(1);
        assertThat(challenges.consume(expired.get(99).id())).isEmpty();
        assertThat(challenges.consume(fresh.id())).isPresent();
    }
}
