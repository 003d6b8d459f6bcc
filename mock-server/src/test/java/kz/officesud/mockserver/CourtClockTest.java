package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourtClockTest {
    private static Instant astana(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+05:00[Asia/Almaty]").toInstant();
    }

    @Test
    void advanceWorkingDays_fromFriday_landsOnMondaySameTime() {
        CourtClock clock = CourtClock.fixed(astana("2026-11-27T10:15:00"));

        clock.advanceWorkingDays(1);

        assertThat(clock.instant()).isEqualTo(astana("2026-11-30T10:15:00"));
    }

    @Test
    void advanceWorkingDays_fromSaturday_landsOnMonday() {
        CourtClock clock = CourtClock.fixed(astana("2026-11-28T09:00:00"));

        clock.advanceWorkingDays(1);

        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void advanceWorkingDays_skipsHolidaysOfTheCalendar() {
        CourtClock clock = CourtClock.fixed(astana("2026-12-15T10:00:00"))
                .withCalendar(WorkingCalendar.weekdays().withHolidays(List.of(LocalDate.of(2026, 12, 16))));

        clock.advanceWorkingDays(1);

        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void advance_movesForward_neverBack() {
        CourtClock clock = CourtClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));

        clock.advance(Duration.ofHours(2));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T02:00:00Z"));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.getZone()).isEqualTo(CourtClock.KAZAKHSTAN);
    }

    @Test
    void listeners_runAfterEveryMove() {
        CourtClock clock = CourtClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
        int[] calls = {0};
        clock.onAdvance(() -> calls[0]++);

        clock.advance(Duration.ofMinutes(1));
        clock.advanceWorkingDays(2);

        assertThat(calls[0]).isEqualTo(2);
    }
}
