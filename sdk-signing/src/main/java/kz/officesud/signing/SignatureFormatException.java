package kz.officesud.signing;

import java.io.Serial;
import java.util.Locale;
import java.util.Objects;
import kz.officesud.signing.internal.ProblemTitles;

/**
 * Bytes that should be a CMS, a certificate, a CRL or a timestamp token are not one: empty, in no
 * encoding the SDK reads (DER, base64, PEM), broken inside, or another kind of object. {@link #reason()}
 * says which; the message names what was expected and what was found.
 */
public final class SignatureFormatException extends SigningException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the bytes could not be read. */
    public enum Reason {
        /** Nothing, or only white space. */
        EMPTY,
        /** Neither DER, nor base64 text (with or without line breaks), nor PEM. */
        UNKNOWN_ENCODING,
        /** The encoding is right, the structure inside it is not (truncated, damaged, not ASN.1 of that kind). */
        MALFORMED,
        /** A well-formed object of another kind: a certificate where a CMS was expected, and so on. */
        UNEXPECTED_KIND;

        /** What the reason means, for the user, in kk, ru or en: see {@link SignatureFormatException#title(Locale)}. */
        public String title(Locale locale) {
            return ProblemTitles.get("format." + name(), locale);
        }
    }

    private final Reason reason;

    public SignatureFormatException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public SignatureFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /**
     * What {@link #reason()} means, for the user, in Kazakh ({@code kk}), Russian ({@code ru}) or English (any other
     * language). The message is the developer's detail and stays English.
     */
    public String title(Locale locale) {
        return reason.title(locale);
    }
}
