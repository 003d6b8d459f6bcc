package kz.officesud.mockserver.internal.http;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request the court answered (or dropped): what the access log writes and the request journal keeps. No
 * headers, no query, no body: never a secret or a document's content.
 *
 * @param at when the request arrived, on the wall clock
 * @param requestId the court's id of the request ({@code X-Request-Id})
 * @param method the HTTP method
 * @param path the path, without the query
 * @param operation the operation as {@code METHOD /template}, or null when no route matched
 * @param status the status answered; 0 when the connection was dropped (an injected fault)
 * @param millis how long the court took, from the first byte of the request to the last of the answer
 */
public record Exchange(
        Instant at, String requestId, String method, String path, @Nullable String operation, int status, long millis) {
    public Exchange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    /** Told of every exchange, after the answer is written. Must be quick and must not throw. */
    @FunctionalInterface
    public interface Listener {
        void onExchange(Exchange exchange);
    }
}
