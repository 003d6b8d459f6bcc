package kz.officesud.core.json;

import java.io.Serial;
import kz.officesud.core.OfficesudException;

/** JSON could not be read or written (malformed, not the expected shape, a value that breaks a type's rules). */
public final class JsonException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    public JsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
