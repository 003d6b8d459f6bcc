package kz.officesud.core;

import java.io.Serial;

/**
 * The root of every exception the SDK throws. Unchecked, as in OkHttp and the AWS SDK. {@link #retryable()}
 * says whether the same call may succeed if repeated later, wherever the exception was raised.
 */
public class OfficesudException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public OfficesudException(String message) {
        super(message);
    }

    public OfficesudException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether repeating the same call later may succeed: true for a court that could not be reached, timed out,
     * was busy (429) or failed (5xx); false for what would fail again the same way — a filing that breaks the
     * court's rules, wrong credentials, a wrong key password. False unless a subclass knows better.
     */
    public boolean retryable() {
        return false;
    }
}
