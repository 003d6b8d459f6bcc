package kz.officesud.transport.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * How to ask the court whether a call that failed ambiguously — the request may have reached it, the answer did
 * not come back — took effect, before it is sent again: a lookup (for a filing, by its idempotency key) whose reader
 * answers the call's result when it did, and empty when it did not.
 *
 * @param lookup the question, itself a call that is safe to repeat
 * @param reader the result of the original call from the lookup's answer, or empty
 */
public record Reconciler<T>(ApiRequest lookup, ResponseReader<Optional<T>> reader) {
    public Reconciler {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(reader, "reader");
        if (!lookup.safeToRepeat()) {
            throw new IllegalArgumentException("a lookup must be safe to repeat: " + lookup.describe());
        }
    }
}
