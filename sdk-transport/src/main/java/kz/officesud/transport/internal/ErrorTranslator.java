package kz.officesud.transport.internal;

import kz.officesud.core.OfficesudException;
import kz.officesud.core.wire.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What a client makes of the court's error answers that only it knows (a challenge to answer, a lock-out), before the
 * transport's own mapping (401, 422, any other status).
 */
@FunctionalInterface
public interface ErrorTranslator {
    /** The exception {@code problem} means, or null to leave it to the transport's mapping. */
    @Nullable
    OfficesudException translate(ApiRequest request, Answer answer, Problem problem);
}
