package kz.officesud.filing.ncalayer;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.OfficesudException;
import org.jspecify.annotations.Nullable;

/**
 * NCALayer did not sign: it is not running, the user cancelled, it refused the request, or its answer could not be
 * read. {@link #reason()} says which, {@link #code()} and {@link #getMessage()} carry what NCALayer said.
 */
public final class NcaLayerException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why NCALayer did not sign. */
    public enum Reason {
        /** Nothing answers at NCALayer's address: it is not installed or not started. */
        NOT_RUNNING,
        /** The user closed the key dialog or cancelled the password entry. */
        CANCELLED_BY_USER,
        /** NCALayer refused the request ({@code INVALID_SIGNING_PARAMS}, {@code SIGNING_FAILURE}, …). */
        REFUSED,
        /** This NCALayer has no module for the request (an older version without {@code basics}). */
        UNSUPPORTED,
        /** NCALayer's answer is not one its protocol has, or it closed the connection without answering. */
        PROTOCOL,
        /** NCALayer did not answer within the time allowed (the user may still be choosing a key). */
        TIMEOUT
    }

    private final Reason reason;
    private final @Nullable String code;

    NcaLayerException(Reason reason, @Nullable String code, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = code;
    }

    NcaLayerException(Reason reason, @Nullable String code, String message) {
        this(reason, code, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** NCALayer's own code ({@code SIGNING_FAILURE}, {@code 500}…), if it gave one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** True when NCALayer was not running or did not answer in time: the user can start it, or try again. */
    @Override
    public boolean retryable() {
        return reason == Reason.NOT_RUNNING || reason == Reason.TIMEOUT;
    }
}
