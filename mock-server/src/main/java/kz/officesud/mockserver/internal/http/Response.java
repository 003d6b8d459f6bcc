package kz.officesud.mockserver.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a route answers: a status, headers and either a JSON value, raw bytes or nothing. */
public final class Response {
    private final int status;
    private final @Nullable Object json;
    private final byte @Nullable [] bytes;
    private final @Nullable String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Response(int status, @Nullable Object json, byte @Nullable [] bytes, @Nullable String contentType) {
        this.status = status;
        this.json = json;
        this.bytes = bytes;
        this.contentType = contentType;
    }

    public static Response json(int status, Object body) {
        return new Response(status, Objects.requireNonNull(body, "body"), null, "application/json; charset=utf-8");
    }

    public static Response bytes(int status, String contentType, byte[] body) {
        return new Response(status, null, body.clone(), contentType);
    }

    public static Response empty(int status) {
        return new Response(status, null, null, null);
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public @Nullable Object json() {
        return json;
    }

    public byte @Nullable [] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    public @Nullable String contentType() {
        return contentType;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
