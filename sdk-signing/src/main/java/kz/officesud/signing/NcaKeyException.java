package kz.officesud.signing;

import java.io.Serial;
import java.util.Locale;
import java.util.Objects;
import kz.officesud.signing.internal.ProblemTitles;

/** A key file or key could not be opened or used; {@link #reason()} says why. */
public class NcaKeyException extends SigningException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a key could not be opened or used. */
    public enum Reason {
        /** The password does not open the file (its integrity MAC does not verify). */
        WRONG_PASSWORD,
        /** The file is not a PKCS#12 key store, or is truncated or damaged. */
        CORRUPT_FILE,
        /** The key's algorithm is not one the SDK implements. */
        UNSUPPORTED_ALGORITHM,
        /** The file holds no private key, or none for the requested purpose. */
        NO_KEY,
        /** No key with that alias; or the file does not exist. */
        NOT_FOUND,
        /** The file could not be read (I/O). */
        IO_ERROR,
        /** The key store was closed. */
        CLOSED;

        /** What the reason means, for the user, in kk, ru or en: see {@link NcaKeyException#title(Locale)}. */
        public String title(Locale locale) {
            return ProblemTitles.get("key." + name(), locale);
        }
    }

    private final Reason reason;

    public NcaKeyException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public NcaKeyException(Reason reason, String message, Throwable cause) {
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
