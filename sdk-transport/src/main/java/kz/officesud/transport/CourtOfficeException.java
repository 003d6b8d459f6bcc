package kz.officesud.transport;

import java.io.Serial;
import kz.officesud.core.OfficesudException;

/** A call to the court office failed. */
public class CourtOfficeException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CourtOfficeException(String message) {
        super(message);
    }

    public CourtOfficeException(String message, Throwable cause) {
        super(message, cause);
    }
}
