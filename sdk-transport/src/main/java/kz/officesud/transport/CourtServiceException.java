package kz.officesud.transport;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The court office answered with an error (an HTTP status of 400 or above, usually with an {@code
 * application/problem+json} body).
 *
 * <p>{@link #code()} is the court's machine code ({@code not_found}, {@code idempotency_conflict},
 * {@code payload_too_large}, ...); {@link #requestId()} is the court's {@code X-Request-Id}, worth quoting
 * to the court's support; {@link #retryable()} says whether the same call may succeed later (429, 5xx).
 */
public class CourtServiceException extends CourtOfficeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String code;
    private final @Nullable String detail;
    private final @Nullable String requestId;

    public CourtServiceException(
            String message, int statusCode, String code, @Nullable String detail, @Nullable String requestId) {
        super(message);
        this.statusCode = statusCode;
        this.code = Objects.requireNonNull(code, "code");
        this.detail = detail;
        this.requestId = requestId;
    }

    /** The HTTP status code of the court's answer. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The court's machine-readable error code (the problem's {@code code}); {@code http_<status>} when the
     * answer carried none.
     */
    public String code() {
        return code;
    }

    /** The problem's {@code detail}: a human-readable explanation, in the language asked for. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The court's {@code X-Request-Id} for this answer. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Whether the same call may succeed if repeated later: 408, 429 and server errors (5xx). */
    @Override
    public boolean retryable() {
        return isRetryableStatus(statusCode);
    }

    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
    }
}
