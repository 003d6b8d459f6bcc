package kz.officesud.core.contract;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.model.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Bytes that are not a filing's manifest as this library writes it. {@link #reason()} says what is wrong and
 * {@link #path()} where, in the manifest's JSON property names ({@code filing.participants[0].party.iin}).
 */
public final class ManifestException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What is wrong with the manifest. */
    public enum Reason {
        /** Larger than {@link Manifest#MAX_BYTES}. */
        TOO_LARGE,
        /** Not JSON, or JSON of another shape (a missing field, a value of the wrong type, a number too long). */
        MALFORMED,
        /** A version this library does not read. */
        UNSUPPORTED_VERSION,
        /** A field this version of the manifest does not have. */
        UNKNOWN_FIELD,
        /** A service with no filing type. */
        UNSUPPORTED_SERVICE,
        /** A value that breaks its type's rule (a court code not in the directory, an IIN of 11 digits). */
        INVALID_VALUE,
        /** Parts that contradict each other: the service and the filing, the documents and the filing. */
        INCONSISTENT,
        /** Readable, but not in the canonical form (key order, spacing, number form): not what was signed. */
        NOT_CANONICAL
    }

    private final Reason reason;
    private final String path;

    public ManifestException(Reason reason, String path, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.path = Objects.requireNonNull(path, "path");
    }

    public ManifestException(Reason reason, String path, String message) {
        this(reason, path, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Where in the manifest, in its JSON property names; empty for the whole manifest. */
    public String path() {
        return path;
    }

    /**
     * For {@link Reason#INVALID_VALUE}: the rule the value broke (an {@link
     * kz.officesud.core.model.UnknownCourtException} for a court code not in the directory…), with its message
     * key and kk/ru/en messages.
     */
    public Optional<InvalidValueException> invalidValue() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return Optional.of(invalid);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
