package kz.officesud.signing.container;

import java.io.Serial;
import kz.officesud.signing.SigningException;

/**
 * A signed ZIP container that was required to hold does not ({@link SignedZipReport#orThrow()}), or one
 * that cannot be co-signed because its files or signatures do not hold. The report says why.
 */
public final class SignedZipException extends SigningException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SignedZipReport report;

    SignedZipException(String message, SignedZipReport report) {
        super(message + ": "
                + (report.problems().isEmpty() ? "no signer" : report.problems().toString()));
        this.report = report;
    }

    public SignedZipReport report() {
        return report;
    }
}
