package kz.officesud.mockserver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The court's clock: the time stamped on talons and status changes, and the time challenges, sessions and
 * certificates are judged by. Tests move it forward with {@link #advance} and {@link #advanceWorkingDays}, or
 * {@link #set} it. Its zone is Astana's ({@code Asia/Almaty}) unless told otherwise; its working days are
 * {@link WorkingCalendar#kazakhstan()}'s unless {@link #withCalendar} says otherwise. Bounded: the court's time
 * stays within [{@link #EARLIEST}, {@link #LATEST}), and a move beyond is refused with an
 * {@link IllegalArgumentException} that leaves the clock as it was. Thread-safe.
 */
public final class CourtClock extends Clock {
    /** The zone of the courts of Kazakhstan (UTC+5 since 2024). */
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    /** The earliest time the court can be set to. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The court's time stays before this. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** The most working days one advance may skip (about forty years). */
    public static final int MAX_WORKING_DAYS = 10_000;

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final WorkingCalendar calendar;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private CourtClock(Clock base, WorkingCalendar calendar) {
        this.base = Objects.requireNonNull(base, "base");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Real time, in Kazakhstan, moved forward only when told. */
    public static CourtClock system() {
        return new CourtClock(Clock.system(KAZAKHSTAN), WorkingCalendar.kazakhstan());
    }

    /** Time standing still at {@code instant} until moved forward. */
    public static CourtClock fixed(Instant instant) {
        return new CourtClock(Clock.fixed(instant, KAZAKHSTAN), WorkingCalendar.kazakhstan());
    }

    /** Follows {@code base} (its zone too), plus whatever the clock is advanced by. */
    public static CourtClock of(Clock base) {
        return new CourtClock(base, WorkingCalendar.kazakhstan());
    }

    /** The same base time and zone with another working calendar (a new clock, not advanced). */
    public CourtClock withCalendar(WorkingCalendar calendar) {
        return new CourtClock(base, calendar);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** A view of this clock in another zone; advancing this clock moves the view too. */
    @Override
    public Clock withZone(ZoneId zone) {
        CourtClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /** Today in the court's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), getZone());
    }

    /** Moves time forward; the court's time stays before {@link #LATEST}. */
    public CourtClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the court clock does not go back: " + duration);
        }
        Instant now = instant();
        if (duration.compareTo(Duration.between(now, LATEST)) >= 0) {
            throw new IllegalArgumentException("the court clock stays before " + LATEST + "; it is " + now);
        }
        offset.accumulateAndGet(duration, Duration::plus);
        listeners.forEach(Runnable::run);
        return this;
    }

    /** Sets the court's time (forward or back), within [{@link #EARLIEST}, {@link #LATEST}). */
    public CourtClock set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new IllegalArgumentException("the court clock is set within [" + EARLIEST + ", " + LATEST + ")");
        }
        offset.set(Duration.between(base.instant(), instant));
        listeners.forEach(Runnable::run);
        return this;
    }

    /** How far this clock is from its base (what a restart brings back). */
    Duration offset() {
        return offset.get();
    }

    /** Takes up a kept offset; listeners are not told. */
    void offset(Duration kept) {
        Objects.requireNonNull(kept, "kept");
        Instant then = base.instant().plus(kept);
        if (then.isBefore(EARLIEST) || !then.isBefore(LATEST)) {
            throw new IllegalArgumentException("a kept clock offset out of bounds: " + kept);
        }
        offset.set(kept);
    }

    /**
     * Moves to the same time of day on the {@code days}-th working day after today (weekends, and whatever the
     * {@link WorkingCalendar} says, skipped): from Friday 10:00, one working day is Monday 10:00.
     */
    public CourtClock advanceWorkingDays(int days) {
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days to advance are 0.." + MAX_WORKING_DAYS + ": " + days);
        }
        ZonedDateTime now = ZonedDateTime.ofInstant(instant(), getZone());
        LocalDate target = calendar.plusWorkingDays(now.toLocalDate(), days);
        ZonedDateTime then = now.with(target);
        return advance(Duration.between(now, then));
    }

    /** The instant {@code days} working days after {@code from}, at the same time of day. */
    public Instant plusWorkingDays(Instant from, int days) {
        ZonedDateTime start = ZonedDateTime.ofInstant(from, getZone());
        return start.with(calendar.plusWorkingDays(start.toLocalDate(), days)).toInstant();
    }

    /** Runs {@code listener} after every move of the clock (the court's clerk listens). */
    void onAdvance(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public String toString() {
        return "CourtClock[" + ZonedDateTime.ofInstant(instant(), getZone()) + "]";
    }
}
