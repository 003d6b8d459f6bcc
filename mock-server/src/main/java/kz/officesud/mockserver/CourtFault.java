package kz.officesud.mockserver;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure the court injects into an operation of its API, for a test of how a client copes: a delay, an error
 * status (with {@code Retry-After}), or a connection dropped without an answer; for the next {@link #times} calls
 * (1 unless told) or for each call with the probability {@link #fraction} until the faults are cleared. The
 * operation is {@code METHOD /template} as the OpenAPI description writes it ({@code POST /api/v1/filings}); the
 * control API itself is never faulted.
 *
 * <p>By default a fault strikes before the court handles the request: a status or a drop means the court did
 * nothing (no upload kept, no filing stored), a latency delays the handling. {@link #afterHandling()} strikes once
 * the court has handled it and its answer is ready: a status or a drop then replaces an answer whose work is done
 * (a filing stored, its talon given), the answer a client loses on a bad network; a latency delays that answer.
 *
 * <pre>{@code
 * control.inject(CourtFault.status("POST /api/v1/filings", 503).retryAfter(Duration.ofSeconds(2)).times(2));
 * control.inject(CourtFault.drop("POST /api/v1/uploads").fraction(0.5));
 * control.inject(CourtFault.drop("POST /api/v1/filings").afterHandling()); // stored, but the talon never arrives
 * }</pre>
 *
 * @param operation {@code METHOD /template}
 * @param kind what happens
 * @param latency the delay of a {@link Kind#LATENCY} (at most {@link #MAX_LATENCY})
 * @param status the status of a {@link Kind#STATUS} (400–599), null for the others
 * @param retryAfter the {@code Retry-After} of a {@link Kind#STATUS}, whole seconds, at most one day
 * @param times how many of the next calls fail (when {@code fraction} is null), 1 to 1 000 000
 * @param fraction the probability (0 < p ≤ 1) that a call fails, instead of a count
 * @param phase before the court handles the request (the default) or after, its work done
 */
public record CourtFault(
        String operation,
        Kind kind,
        @Nullable Duration latency,
        @Nullable Integer status,
        @Nullable Duration retryAfter,
        int times,
        @Nullable Double fraction,
        Phase phase) {
    /** The longest delay a fault may add. */
    public static final Duration MAX_LATENCY = Duration.ofSeconds(60);

    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);
    private static final int MAX_TIMES = 1_000_000;

    /** What a fault does. */
    public enum Kind {
        LATENCY,
        STATUS,
        DROP
    }

    /** When a fault strikes. */
    public enum Phase {
        /** Before the court handles the request: a status or a drop leaves nothing done. */
        BEFORE_HANDLING,
        /** Once the court has handled the request: its answer is replaced, lost or delayed. */
        AFTER_HANDLING
    }

    public CourtFault {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phase, "phase");
        if (!operation.matches("(GET|POST|PUT|DELETE|PATCH) /\\S{1,200}")) {
            throw new IllegalArgumentException("an operation is 'METHOD /template', e.g. 'POST /api/v1/filings'");
        }
        switch (kind) {
            case LATENCY -> {
                if (latency == null || latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
                    throw new IllegalArgumentException("a latency is 0 to " + MAX_LATENCY.toSeconds() + " s");
                }
            }
            case STATUS -> {
                if (status == null || status < 400 || status > 599) {
                    throw new IllegalArgumentException("an injected status is 400 to 599: " + status);
                }
            }
            case DROP -> {}
        }
        if (kind != Kind.STATUS && status != null) {
            throw new IllegalArgumentException("a status goes with kind STATUS only");
        }
        if (kind != Kind.LATENCY && latency != null) {
            throw new IllegalArgumentException("a latency goes with kind LATENCY only");
        }
        if (retryAfter != null
                && (kind != Kind.STATUS || retryAfter.isNegative() || retryAfter.compareTo(MAX_RETRY_AFTER) > 0)) {
            throw new IllegalArgumentException("Retry-After goes with a status, 0 s to one day");
        }
        if (times < 1 || times > MAX_TIMES) {
            throw new IllegalArgumentException("times is 1 to " + MAX_TIMES + ": " + times);
        }
        if (fraction != null && (fraction.isNaN() || fraction <= 0 || fraction > 1)) {
            throw new IllegalArgumentException("a fraction is a probability, 0 < p <= 1: " + fraction);
        }
    }

    /** A fault that strikes before the court handles the request. */
    public CourtFault(
            String operation,
            Kind kind,
            @Nullable Duration latency,
            @Nullable Integer status,
            @Nullable Duration retryAfter,
            int times,
            @Nullable Double fraction) {
        this(operation, kind, latency, status, retryAfter, times, fraction, Phase.BEFORE_HANDLING);
    }

    /** The next call of {@code operation} answers only after {@code delay}. */
    public static CourtFault latency(String operation, Duration delay) {
        return new CourtFault(operation, Kind.LATENCY, delay, null, null, 1, null);
    }

    /** The next call of {@code operation} answers {@code status} (a problem, {@code code: fault_injected}). */
    public static CourtFault status(String operation, int status) {
        return new CourtFault(operation, Kind.STATUS, null, status, null, 1, null);
    }

    /** The next call of {@code operation} has its connection closed without an answer. */
    public static CourtFault drop(String operation) {
        return new CourtFault(operation, Kind.DROP, null, null, null, 1, null);
    }

    /** With {@code Retry-After} (whole seconds) on the injected status. */
    public CourtFault retryAfter(Duration retryAfter) {
        return new CourtFault(operation, kind, latency, status, retryAfter, times, fraction, phase);
    }

    /** For the next {@code times} calls. */
    public CourtFault times(int times) {
        return new CourtFault(operation, kind, latency, status, retryAfter, times, null, phase);
    }

    /** For each call with probability {@code fraction}, until cleared. */
    public CourtFault fraction(double fraction) {
        return new CourtFault(operation, kind, latency, status, retryAfter, 1, fraction, phase);
    }

    /**
     * Striking once the court has handled the request (the filing stored, the upload kept) instead of before: its
     * answer is replaced by the status, lost with the dropped connection, or delayed.
     */
    public CourtFault afterHandling() {
        return new CourtFault(operation, kind, latency, status, retryAfter, times, fraction, Phase.AFTER_HANDLING);
    }
}
