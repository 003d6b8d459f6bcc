package kz.officesud.transport;

import java.io.Serial;

/**
 * A call to the court office ran out of time: one attempt exceeded the per-attempt timeout and no retry
 * was allowed, or the whole call (every attempt and the pauses between them) exceeded the call timeout.
 */
public class CourtTimeoutException extends CourtIoException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CourtTimeoutException(String message) {
        super(message);
    }

    public CourtTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
