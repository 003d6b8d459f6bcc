package kz.officesud.mockserver;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request the court served, as its request journal keeps it (the control API's own requests are not kept):
 * never a header, a query or a body.
 *
 * @param at when it arrived, on the wall clock
 * @param requestId the {@code X-Request-Id} the court answered
 * @param method the HTTP method
 * @param path the path, without the query
 * @param operation the operation, {@code METHOD /template}, or null when no route matched
 * @param status the status answered, 0 for a connection dropped by an injected fault
 * @param millis how long the court took
 */
public record JournalEntry(
        Instant at, String requestId, String method, String path, @Nullable String operation, int status, long millis) {
    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }
}
