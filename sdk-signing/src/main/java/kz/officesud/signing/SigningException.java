package kz.officesud.signing;

import java.io.Serial;
import kz.officesud.core.OfficesudException;

/** A key could not be opened, or a signature could not be made or checked. */
public class SigningException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
