package kz.officesud.transport.internal;

import java.time.Duration;

/** Pauses between attempts; replaced in tests so that no test waits for real. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> {
        long nanos = duration.toNanos();
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
