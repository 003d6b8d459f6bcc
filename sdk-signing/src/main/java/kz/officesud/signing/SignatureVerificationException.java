package kz.officesud.signing;

import java.io.Serial;

/**
 * A signature that was required to hold does not (see {@link VerificationReport#orThrow()}), or a CMS that
 * cannot be co-signed because the content is not what its signers signed ({@link Cms#addSigner}).
 */
public final class SignatureVerificationException extends SigningException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient VerificationReport report;

    SignatureVerificationException(VerificationReport report) {
        this(
                "the signature does not hold: "
                        + (report.problems().isEmpty()
                                ? "no signer"
                                : report.problems().toString()),
                report);
    }

    SignatureVerificationException(String message, VerificationReport report) {
        super(message, report.fault().orElse(null));
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
