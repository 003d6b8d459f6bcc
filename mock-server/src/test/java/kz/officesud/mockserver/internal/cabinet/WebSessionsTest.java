package kz.officesud.mockserver.internal.cabinet;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.cabinet.WebSessions.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The web cabinet's sessions: anonymous visits, which anyone can make by the thousand, never evict a signed-in user;
 * each kind has its own budget.
 */
class WebSessionsTest {
    private final CourtClock clock = CourtClock.fixed(Instant.parse("2026-11-23T05:00:00Z"));

    @Test
    void fillingTheCapWithAnonymousVisits_leavesTheSignedInUserSignedIn() {
        WebSessions sessions = new WebSessions(clock, Duration.ofMinutes(30), new SecureRandom());
        WebSession user = sessions.signIn("U-1");
        clock.advance(Duration.ofSeconds(1));
        List<WebSession> visits = new ArrayList<>();
        for (int i = 0; i < WebSessions.MAX_SESSIONS + 500; i++) {
            visits.add(sessions.open("10.0." + (i / 200) + "." + (i % 200)));
            clock.advance(Duration.ofMillis(1));
        }

        assertThat(sessions.find(user.id)).containsSame(user);
        assertThat(user.userId).isEqualTo("U-1");
        assertThat(sessions.anonymousCount()).isEqualTo(WebSessions.MAX_SESSIONS);
        // the anonymous budget made room among anonymous sessions, the oldest first
        assertThat(sessions.find(visits.get(0).id)).isEmpty();
        assertThat(sessions.find(visits.get(visits.size() - 1).id)).isPresent();
    }

    @Test
    void anonymousVisits_evictTheLeastRecentlySeenAnonymousSession_andNeverASignedInOne() {
        WebSessions sessions = new WebSessions(clock, Duration.ofMinutes(30), new SecureRandom(), 3, 2);
        WebSession first = sessions.signIn("U-1");
        WebSession second = sessions.signIn("U-2");
        WebSession a = sessions.open("192.0.2.1");
        clock.advance(Duration.ofSeconds(1));
        WebSession b = sessions.open("192.0.2.1");
        clock.advance(Duration.ofSeconds(1));
        WebSession c = sessions.open("192.0.2.1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.find(a.id)).isPresent(); // a is seen again: b is now the least recently seen

        WebSession d = sessions.open("192.0.2.1");

        assertThat(sessions.find(b.id)).isEmpty();
        assertThat(sessions.find(a.id)).isPresent();
        assertThat(sessions.find(c.id)).isPresent();
        assertThat(sessions.find(d.id)).isPresent();
        assertThat(sessions.find(first.id)).isPresent();
        assertThat(sessions.find(second.id)).isPresent();
    }

    @Test
    void aLogInBeyondTheSignedInBudget_evictsTheLeastRecentlySeenSignedInSession() {
        WebSessions sessions = new WebSessions(clock, Duration.ofMinutes(30), new SecureRandom(), 3, 2);
        WebSession first = sessions.signIn("U-1");
        clock.advance(Duration.ofSeconds(1));
        WebSession second = sessions.signIn("U-2");
        WebSession visit = sessions.open("192.0.2.1");
        clock.advance(Duration.ofSeconds(1));

        WebSession third = sessions.signIn("U-3");

        assertThat(sessions.find(first.id)).isEmpty();
        assertThat(sessions.find(second.id)).isPresent();
        assertThat(sessions.find(third.id)).isPresent();
        assertThat(sessions.find(visit.id)).isPresent();
    }

    @Test
    void aSessionIdleLongerThanTheLimit_isGone_andClosingOneEndsIt() {
        WebSessions sessions = new WebSessions(clock, Duration.ofMinutes(30), new SecureRandom(), 3, 2);
        WebSession user = sessions.signIn("U-1");
        WebSession visit = sessions.open("192.0.2.1");
        WebSession other = sessions.signIn("U-2");

        sessions.close(other);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(user.id)).isPresent();
        clock.advance(Duration.ofMinutes(31));

        assertThat(sessions.find(user.id)).isEmpty();
        assertThat(sessions.find(visit.id)).isEmpty();
        assertThat(sessions.find(other.id)).isEmpty();
    }

    @Test
    void oneAddressOpeningSessionsByTheThousand_pushesOutOnlyItsOwn() {
        WebSessions sessions = new WebSessions(clock, Duration.ofMinutes(30), new SecureRandom());
        WebSession other = sessions.open("198.51.100.7");
        WebSession user = sessions.signIn("U-1");
        clock.advance(Duration.ofSeconds(1));
        List<WebSession> flood = new ArrayList<>();
        for (int i = 0; i < 3 * WebSessions.MAX_ANONYMOUS_PER_ADDRESS; i++) {
            flood.add(sessions.open("203.0.113.9"));
            clock.advance(Duration.ofMillis(1));
        }

        assertThat(sessions.anonymousCount()).isEqualTo(WebSessions.MAX_ANONYMOUS_PER_ADDRESS + 1);
        assertThat(sessions.find(other.id)).as("another address's visitor").containsSame(other);
        assertThat(sessions.find(user.id)).containsSame(user);
        // the flooding address keeps its most recent sessions
        assertThat(sessions.find(flood.get(0).id)).isEmpty();
        assertThat(sessions.find(flood.get(flood.size() - 1).id)).isPresent();
        assertThat(flood.stream().filter(v -> sessions.find(v.id).isPresent()).count())
                .isEqualTo(WebSessions.MAX_ANONYMOUS_PER_ADDRESS);

        // closing one of them frees its place: the next visit from that address evicts nothing
        WebSession kept = flood.get(flood.size() - 1);
        sessions.close(kept);
        WebSession next = sessions.open("203.0.113.9");
        assertThat(sessions.find(flood.get(flood.size() - 2).id)).isPresent();
        assertThat(sessions.find(next.id)).isPresent();
    }
}
