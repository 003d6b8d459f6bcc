package kz.officesud.transport.internal;

import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** A court's answer, read completely (bodies of the JSON API are small). */
public record Answer(int status, Headers headers, byte[] body, @Nullable String requestId) {
    public Answer {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }
}
