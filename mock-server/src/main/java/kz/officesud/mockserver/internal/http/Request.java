package kz.officesud.mockserver.internal.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** One request as the routes see it (the engine's request behind it is not exposed). */
public final class Request {
    /** JSON bodies are small (a manifest and a signature at most); anything bigger is refused. */
    public static final int MAX_JSON_BODY = 4 * 1024 * 1024;

    private final org.eclipse.jetty.server.Request exchange;
    private final InputStream body;
    private final Map<String, String> params;
    private final String requestId;
    private final Locale locale;
    private final ObjectMapper mapper;

    Request(
            org.eclipse.jetty.server.Request exchange,
            InputStream body,
            Map<String, String> params,
            String requestId,
            Locale locale,
            ObjectMapper mapper) {
        this.exchange = exchange;
        this.body = body;
        this.params = Map.copyOf(params);
        this.requestId = requestId;
        this.locale = locale;
        this.mapper = mapper;
    }

    public String method() {
        return exchange.getMethod();
    }

    public String path() {
        return ApiHandler.path(exchange);
    }

    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("no path parameter " + name);
        }
        return value;
    }

    /** The first value of a query parameter, decoded; empty when absent. */
    public Optional<String> query(String name) {
        String raw = exchange.getHttpURI().getQuery();
        if (raw == null || raw.length() > 4096) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return Optional.of(java.net.URLDecoder.decode(
                            eq < 0 ? "" : pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badRequest("bad_request", "the query parameter '" + name + "' is malformed");
                }
            }
        }
        return Optional.empty();
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getHeaders().get(name));
    }

    public Optional<String> bearerToken() {
        return header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim())
                .filter(token -> !token.isEmpty());
    }

    public String requestId() {
        return requestId;
    }

    public Locale locale() {
        return locale;
    }

    /** The client's IP address, as the court's per-address limits count it ({@code "unknown"} when not known). */
    public String remoteAddress() {
        return exchange.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress remote
                        && remote.getAddress() != null
                ? remote.getAddress().getHostAddress()
                : "unknown";
    }

    public boolean fromLoopback() {
        SocketAddress remote = exchange.getConnectionMetaData().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet
                && inet.getAddress() != null
                && inet.getAddress().isLoopbackAddress();
    }

    /** The raw body, streamed; the caller reads it (the court closes it). */
    public InputStream body() {
        return body;
    }

    /** The declared length of the body, or -1 when it is chunked or absent. */
    public long declaredLength() {
        String value = exchange.getHeaders().get("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("bad_request", "Content-Length is not a number");
        }
    }

    public byte[] bodyBytes(int max) throws IOException {
        long declared = declaredLength();
        if (declared > max) {
            throw tooLarge(max);
        }
        byte[] bytes = body().readNBytes(max + 1);
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        return bytes;
    }

    /**
     * The body as a JSON object: declared as {@link JsonMediaType} demands (415 otherwise, before a byte is read),
     * then held to {@link JsonBounds} before anything is read from it; an empty body, a {@code null}, or anything but
     * an object is a 400.
     */
    public JsonNode jsonTree() throws IOException {
        JsonMediaType.require(this);
        byte[] bytes = bodyBytes(MAX_JSON_BODY);
        if (bytes.length == 0) {
            throw ProblemException.badRequest("malformed_json", "the request has no JSON body");
        }
        JsonBounds.check(bytes);
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw ProblemException.badRequest("malformed_json", "the request has no JSON body");
            }
            if (!node.isObject()) {
                throw ProblemException.badRequest("malformed_json", "the JSON body is not an object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** The body bound to {@code type} (a JSON object, see {@link #jsonTree()}). */
    public <T> T json(Class<T> type) throws IOException {
        JsonNode tree = jsonTree();
        try {
            // Forms are read tolerantly: fields this court does not know are ignored.
            return Objects.requireNonNull(mapper.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(tree));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed_json", "the JSON body does not have the expected shape");
        }
    }

    /** A parse or binding failure, described by position and field path only (never by content). */
    public static ProblemException malformed(JsonProcessingException e) {
        String where;
        if (e instanceof JsonMappingException databind && !databind.getPath().isEmpty()) {
            where = " at '"
                    + databind.getPath().stream()
                            .map(ref ->
                                    ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                            .collect(Collectors.joining("."))
                    + "'";
        } else {
            JsonLocation location = e.getLocation();
            where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        return ProblemException.badRequest("malformed_json", "the JSON body is malformed" + where);
    }

    private static ProblemException tooLarge(long max) {
        return new ProblemException(
                413, "payload_too_large", "the body is larger than " + max + " bytes", java.util.List.of(), Map.of());
    }
}
