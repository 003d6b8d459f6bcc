package kz.officesud.mockserver;

import java.io.Serial;
import java.util.Objects;
import kz.officesud.core.OfficesudException;

/**
 * The reference court could not start or do what it was asked. {@link #reason()} tells a refusal of bad input from
 * an unknown thing and a conflict with the court's state, the same in process and over HTTP.
 */
public class ReferenceCourtException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The request was not valid (over HTTP: 400). */
        INVALID,
        /** What it names does not exist (404). */
        NOT_FOUND,
        /** It conflicts with the court's state, e.g. a status change the lifecycle does not allow (409). */
        CONFLICT,
        /** The court failed (start-up, storage, or an answer it could not give). */
        FAILED
    }

    private final Reason reason;

    public ReferenceCourtException(String message) {
        this(Reason.FAILED, message, null);
    }

    public ReferenceCourtException(String message, Throwable cause) {
        this(Reason.FAILED, message, cause);
    }

    public ReferenceCourtException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ReferenceCourtException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
