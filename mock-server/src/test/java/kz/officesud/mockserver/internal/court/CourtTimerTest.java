package kz.officesud.mockserver.internal.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.officesud.mockserver.CourtClock;
import org.junit.jupiter.api.Test;

/** What falls due on the court clock runs on the wall clock by itself, and on a virtual clock when it is moved. */
class CourtTimerTest {
    @Test
    void onTheWallClock_aTaskRunsWhenItsTimeComes_withoutAnyMoveOfTheClock() throws Exception {
        CourtClock clock = CourtClock.of(Clock.systemUTC());
        CountDownLatch ran = new CountDownLatch(1);
        try (CourtTimer timer = new CourtTimer(clock)) {
            timer.at(clock.instant().plusMillis(150), "test", ran::countDown);

            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(timer.pending()).isZero();
        }
    }

    @Test
    void onAVirtualClock_aTaskWaitsForTheClockToBeMoved_andRunsOnce() throws Exception {
        CourtClock clock = CourtClock.fixed(Instant.parse("2026-11-23T05:00:00Z"));
        AtomicInteger runs = new AtomicInteger();
        try (CourtTimer timer = new CourtTimer(clock)) {
            timer.at(clock.instant().plus(Duration.ofDays(1)), "test", runs::incrementAndGet);
            Thread.sleep(200);
            assertThat(runs).hasValue(0);

            clock.advance(Duration.ofDays(1));
            timer.clockMoved();
            timer.clockMoved();

            assertThat(runs).hasValue(1);
        }
    }
}
