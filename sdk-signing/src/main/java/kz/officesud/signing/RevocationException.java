package kz.officesud.signing;

import java.io.Serial;

/** A CRL, OCSP or timestamp message could not be read or obtained. */
public final class RevocationException extends SigningException {
    @Serial
    private static final long serialVersionUID = 1L;

    public RevocationException(String message) {
        super(message);
    }

    public RevocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
