package kz.officesud.transport;

import java.io.Serial;

/**
 * The court office could not be reached or did not answer: a refused or dropped connection, a TLS failure,
 * an interrupted call. {@link CourtTimeoutException} when a time limit ran out.
 */
public class CourtIoException extends CourtOfficeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CourtIoException(String message) {
        super(message);
    }

    public CourtIoException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True: the court may be reachable, and answer in time, later. */
    @Override
    public boolean retryable() {
        return true;
    }
}
