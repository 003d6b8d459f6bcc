package kz.officesud.core;

import java.io.IOException;
import java.io.Serial;

/** Reading or writing local content failed (a file vanished, a disk error); wraps the {@link IOException}. */
public class OfficesudIoException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    public OfficesudIoException(String message, IOException cause) {
        super(message, cause);
    }
}
