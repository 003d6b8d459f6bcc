package kz.officesud.mockserver;

import java.io.Serial;
import kz.officesud.core.OfficesudException;

/** The reference court could not start or do what it was asked. */
public class ReferenceCourtException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    public ReferenceCourtException(String message) {
        super(message);
    }

    public ReferenceCourtException(String message, Throwable cause) {
        super(message, cause);
    }
}
