package kz.officesud.mockserver.internal.court;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the court's work that falls due on the court clock (a registration due within one working day, a purge six
 * months after an upload): when the clock is moved forward ({@link #tick()}, called by the court clock's listener),
 * and on the wall clock by one daemon thread that sleeps until the earliest task is due. A clock that stands still
 * (a fixed test clock) wakes the thread at most once per task; only a move of the clock then runs it. Thread-safe.
 */
public final class CourtTimer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CourtTimer.class);
    private static final Duration MIN_SLEEP = Duration.ofMillis(20);
    private static final Duration MAX_SLEEP = Duration.ofHours(1);

    private record Task(Instant due, long order, String name, Runnable action) {}

    private final Clock clock;
    private final AtomicLong order = new AtomicLong();
    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> {
        int byDue = a.due().compareTo(b.due());
        return byDue != 0 ? byDue : Long.compare(a.order(), b.order());
    });
    private final ScheduledExecutorService thread;
    private @Nullable ScheduledFuture<?> wake;
    /** The court time when the thread went to sleep; null when it does not sleep. */
    private @Nullable Instant sleptFrom;

    /** The clock stood still through the last sleep: only a move of the clock (or a new task) ticks. */
    private boolean frozen;

    private boolean closed;

    public CourtTimer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "reference-court-timer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code action} once the court clock reaches {@code due} (at once if it has). */
    public void at(Instant due, String name, Runnable action) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        synchronized (this) {
            if (closed) {
                return;
            }
            queue.add(new Task(due, order.incrementAndGet(), name, action));
            frozen = false;
        }
        tick();
    }

    /** The court clock moved: runs what fell due, and sleeps anew on the wall clock. */
    public void clockMoved() {
        synchronized (this) {
            frozen = false;
        }
        tick();
    }

    /** Runs every task whose time the court clock has reached, in due order, on this thread. */
    public void tick() {
        List<Task> due = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
                due.add(queue.poll());
            }
        }
        for (Task task : due) {
            try {
                task.action().run();
            } catch (RuntimeException e) {
                LOG.warn("the court's task '{}' failed: {}", task.name(), e.toString());
            }
        }
        reschedule();
    }

    /** The tasks waiting, for tests and diagnostics. */
    public synchronized int pending() {
        return queue.size();
    }

    private synchronized void reschedule() {
        if (closed) {
            return;
        }
        if (wake != null) {
            wake.cancel(false);
            wake = null;
        }
        Task next = queue.peek();
        if (next == null) {
            return;
        }
        if (frozen) {
            return; // the clock stands still: a move of the clock will tick
        }
        Instant now = clock.instant();
        Duration sleep = Duration.between(now, next.due());
        if (sleep.compareTo(MIN_SLEEP) < 0) {
            sleep = MIN_SLEEP;
        } else if (sleep.compareTo(MAX_SLEEP) > 0) {
            sleep = MAX_SLEEP;
        }
        sleptFrom = now;
        wake = thread.schedule(this::wake, sleep.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void wake() {
        synchronized (this) {
            wake = null;
            frozen = clock.instant().equals(sleptFrom);
        }
        tick();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
            if (wake != null) {
                wake.cancel(false);
            }
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
