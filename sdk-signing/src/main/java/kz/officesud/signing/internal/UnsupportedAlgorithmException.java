package kz.officesud.signing.internal;

import java.io.Serial;

/** An algorithm (key, signature or digest OID) this module does not implement. Internal, checked. */
public final class UnsupportedAlgorithmException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public UnsupportedAlgorithmException(String message) {
        super(message);
    }
}
