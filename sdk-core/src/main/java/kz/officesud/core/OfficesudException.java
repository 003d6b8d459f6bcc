package kz.officesud.core;

import java.io.Serial;

/** The root of every exception the SDK throws. Unchecked, as in OkHttp and the AWS SDK. */
public class OfficesudException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public OfficesudException(String message) {
        super(message);
    }

    public OfficesudException(String message, Throwable cause) {
        super(message, cause);
    }
}
