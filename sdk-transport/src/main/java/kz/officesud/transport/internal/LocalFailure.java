package kz.officesud.transport.internal;

import java.io.IOException;
import java.io.Serial;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure on the client's side inside a request body (a document that changed or cannot be read, a
 * progress listener that threw). It travels through OkHttp as an {@link IOException}, so the connection
 * is released the usual way, and the transport rethrows the {@link #failure()} it carries. Never retried.
 */
public final class LocalFailure extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final RuntimeException failure;

    public LocalFailure(RuntimeException failure) {
        super(failure.getMessage(), failure);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public RuntimeException failure() {
        return failure;
    }

    static @Nullable LocalFailure find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LocalFailure s) {
                return s;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof LocalFailure s) {
                    return s;
                }
            }
        }
        return null;
    }
}
