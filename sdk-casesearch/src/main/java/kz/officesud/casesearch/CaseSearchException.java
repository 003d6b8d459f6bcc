package kz.officesud.casesearch;

import java.io.Serial;
import kz.officesud.core.OfficesudException;

/** A case search or observation call failed. */
public class CaseSearchException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CaseSearchException(String message) {
        super(message);
    }

    public CaseSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
