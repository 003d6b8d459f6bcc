package kz.officesud.mockserver.internal.http;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure the court injects into one request of an operation, as a test asked: a delay before answering, an
 * error status (with {@code Retry-After} when given), or a connection dropped without an answer; before the request
 * is handled, or {@linkplain After after}.
 */
public sealed interface Fault {
    /** Answers normally, but only after {@code delay}. */
    record Latency(Duration delay) implements Fault {
        public Latency {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Answers {@code status} as a problem, with {@code Retry-After: retryAfter} seconds when not null. */
    record Status(int status, @Nullable Long retryAfterSeconds) implements Fault {}

    /** Closes the connection without an answer. */
    record Drop() implements Fault {}

    /** Lets the request be handled, then {@code fault} (not itself an {@code After}) strikes its answer. */
    record After(Fault fault) implements Fault {
        public After {
            Objects.requireNonNull(fault, "fault");
            if (fault instanceof After) {
                throw new IllegalArgumentException("a fault strikes after handling once");
            }
        }
    }

    /** Which fault, if any, the next request of an operation gets. */
    @FunctionalInterface
    interface Plan {
        /** The fault for this request of {@code operation} ({@code METHOD /template}); null for none. */
        @Nullable
        Fault next(String operation);

        Plan NONE = operation -> null;
    }
}
