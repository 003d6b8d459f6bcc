package kz.officesud.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often a failed call to the court office is repeated.
 *
 * <p>A call is repeated after a connection failure, a 429 (after the {@code Retry-After} the court asks
 * for) or a server error (5xx), at most {@link #maxAttempts()} times in all, waiting a capped exponential
 * backoff with full jitter between attempts: a random pause between zero and {@code min(maxDelay,
 * baseDelay × 2^(retry-1))}. Only calls that are safe to repeat are repeated: reads, a log-out, and a POST
 * that carries an {@code Idempotency-Key} (a filing, an upload) with a body that can be re-read. A password
 * log-in is never repeated. The whole-call timeout of {@link CourtClientBuilder#callTimeout(Duration)}
 * bounds every attempt and every pause together.
 *
 * @param maxAttempts how many attempts in all, the first included (1 = no retries)
 * @param baseDelay the backoff cap before the first retry
 * @param maxDelay the largest backoff cap
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    private static final RetryPolicy DEFAULTS = new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(10));
    private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException(
                    "maxDelay (" + maxDelay + ") is less than baseDelay (" + baseDelay + ")");
        }
    }

    /** Four attempts in all, backoff caps from 200 ms doubling up to 10 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, never repeated. */
    public static RetryPolicy none() {
        return NONE;
    }

    /** A policy with the given number of attempts and the default delays. */
    public static RetryPolicy ofMaxAttempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, DEFAULTS.baseDelay, DEFAULTS.maxDelay);
    }

    /** This policy with another number of attempts in all. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay);
    }

    /** This policy with other backoff delays. */
    public RetryPolicy withDelays(Duration base, Duration max) {
        return new RetryPolicy(maxAttempts, base, max);
    }

    /**
     * The upper bound of the pause before the given retry (1 = the first retry): {@code min(maxDelay,
     * baseDelay × 2^(retry-1))}. The actual pause is drawn uniformly from {@code [0, bound]}.
     */
    public Duration backoffCap(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be at least 1, was " + retry);
        }
        int shift = Math.min(retry - 1, 30);
        long baseNanos = baseDelay.toNanos();
        long cap = maxDelay.toNanos();
        long bound = baseNanos > (cap >> shift) ? cap : baseNanos << shift;
        return Duration.ofNanos(Math.min(bound, cap));
    }
}
