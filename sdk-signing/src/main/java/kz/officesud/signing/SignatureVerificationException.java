package kz.officesud.signing;

import java.io.Serial;

/** A signature that was required to hold does not (see {@link VerificationReport#orThrow()}). */
public final class SignatureVerificationException extends SigningException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient VerificationReport report;

    SignatureVerificationException(VerificationReport report) {
        super("the signature does not hold: "
                + (report.problems().isEmpty() ? "no signer" : report.problems().toString()));
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
