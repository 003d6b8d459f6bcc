package kz.officesud.casesearch;

import java.io.Serial;
import java.time.Duration;
import java.util.Optional;
import kz.officesud.transport.CourtServiceException;
import org.jspecify.annotations.Nullable;

/**
 * Too many wrong access passwords for this IIN, or from this address: the court refuses further attempts for a while
 * (HTTP 429, {@code observation_locked}), whatever the password. Not repeated by the client: a person should check the
 * card and try again after {@link #retryAfter()}.
 */
public final class ObservationLockedException extends CourtServiceException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    public ObservationLockedException(
            String message, @Nullable Duration retryAfter, @Nullable String detail, @Nullable String requestId) {
        super(message, 429, "observation_locked", detail, requestId);
        this.retryAfter = retryAfter;
    }

    /** How long the court says the lock lasts. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
