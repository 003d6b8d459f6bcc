package kz.officesud.mockserver.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a route answers: a status, headers and either a JSON value, raw bytes, a body streamed from storage or nothing.
 */
public final class Response {
    private final int status;
    private final @Nullable Object json;
    private final byte @Nullable [] bytes;
    private final @Nullable String contentType;
    private final @Nullable Body body;
    private final long length;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A body the server opens only when it writes the answer, and streams with a buffer of its own pool. */
    @FunctionalInterface
    public interface Body {
        InputStream open() throws IOException;
    }

    private Response(
            int status,
            @Nullable Object json,
            byte @Nullable [] bytes,
            @Nullable String contentType,
            @Nullable Body body,
            long length) {
        this.status = status;
        this.json = json;
        this.bytes = bytes;
        this.contentType = contentType;
        this.body = body;
        this.length = length;
    }

    private Response(int status, @Nullable Object json, byte @Nullable [] bytes, @Nullable String contentType) {
        this(status, json, bytes, contentType, null, -1);
    }

    /**
     * A body of {@code length} bytes (its {@code Content-Length}) streamed from {@code body}: never held whole in
     * memory, whatever its size.
     */
    public static Response stream(int status, String contentType, long length, Body body) {
        if (length < 0) {
            throw new IllegalArgumentException("length < 0");
        }
        return new Response(
                status, null, null, Objects.requireNonNull(contentType), Objects.requireNonNull(body), length);
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

    /** The streamed body, if this answer has one ({@link #length()} bytes). */
    public @Nullable Body body() {
        return body;
    }

    /** The length of the streamed body. */
    public long length() {
        return length;
    }

    public @Nullable String contentType() {
        return contentType;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
