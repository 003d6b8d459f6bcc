package kz.officesud.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire log: every request and answer that goes over the network (each attempt, after redirects), at DEBUG on
 * the logger {@value #LOGGER}, with its request id. What could open an account, sign or reveal a document never
 * reaches it: the values of {@code Authorization}, {@code Cookie} and {@code Set-Cookie}; in JSON bodies every field
 * that carries a password, token, key, secret or signature, and the base64 of manifests, XML and documents (each
 * replaced by its length); query parameters of those names; and every body that is not small JSON (an upload, a
 * downloaded act or talon: only their type and size). A one-shot body (a password log-in) is never read for the
 * log. Costs nothing when the logger is not at DEBUG.
 */
public final class WireLog implements Interceptor {
    /** The logger's name. */
    public static final String LOGGER = "kz.officesud.transport.wire";

    static final String REDACTED = "██";
    private static final long MAX_LOGGED_BODY = 64 * 1024;
    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
    /** Field and parameter names (lower case) whose values are replaced, wherever they appear. */
    private static final Set<String> HIDDEN_FIELDS = Set.of(
            "manifest",
            "signature",
            "signedxml",
            "xml",
            "cms",
            "content",
            "data",
            "datatosign",
            "pkcs12",
            "p12",
            "certificate",
            "login");
    /** Parts of names (lower case) whose values are replaced: {@code newPassword}, {@code accessToken}... */
    private static final String[] SECRET_PARTS = {"password", "token", "secret", "key", "signature"};
    /** Names that contain a secret part but are not secret. */
    private static final Set<String> NOT_SECRET = Set.of("idempotencykey");

    private final Logger log;
    private final ObjectMapper mapper;

    public WireLog(ObjectMapper mapper) {
        this(LoggerFactory.getLogger(LOGGER), mapper);
    }

    WireLog(Logger log, ObjectMapper mapper) {
        this.log = Objects.requireNonNull(log, "log");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!log.isDebugEnabled()) {
            return chain.proceed(request);
        }
        String id = request.header(RequestIds.HEADER);
        log.debug(
                "--> {} {} [{}]{}{}",
                request.method(),
                url(request.url()),
                id,
                headers(request.headers()),
                requestBody(request.body()));
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            log.debug(
                    "<-- {} {} [{}] failed after {} ms: {}",
                    request.method(),
                    url(request.url()),
                    id,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    e.toString());
            throw e;
        }
        log.debug(
                "<-- {} {} [{}] {} ms{}{}",
                response.code(),
                url(request.url()),
                response.header(RequestIds.HEADER, id),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                headers(response.headers()),
                answerBody(response));
        return response;
    }

    private static String url(HttpUrl url) {
        if (url.querySize() == 0) {
            return url.toString();
        }
        HttpUrl.Builder b = url.newBuilder();
        for (String name : url.queryParameterNames()) {
            if (secret(name)) {
                b.setQueryParameter(name, REDACTED);
            }
        }
        return b.build().toString();
    }

    private static String headers(Headers headers) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || secret(name)
                    ? REDACTED
                    : headers.value(i);
            sb.append("\n    ").append(name).append(": ").append(value);
        }
        return sb.toString();
    }

    private String requestBody(@Nullable RequestBody body) {
        if (body == null) {
            return "";
        }
        long length;
        try {
            length = body.contentLength();
        } catch (IOException e) {
            length = -1;
        }
        MediaType type = body.contentType();
        if (body.isOneShot() || !json(type) || length < 0 || length > MAX_LOGGED_BODY) {
            return bodyNotLogged(type, length);
        }
        Buffer copy = new Buffer();
        try {
            body.writeTo(copy);
        } catch (IOException e) {
            return bodyNotLogged(type, length);
        }
        return "\n" + redactJson(copy.readByteArray());
    }

    private String answerBody(Response response) {
        okhttp3.ResponseBody body = response.body();
        MediaType type = body.contentType();
        long length = body.contentLength();
        if (!json(type) || length > MAX_LOGGED_BODY) {
            return length == 0 ? "" : bodyNotLogged(type, length);
        }
        try {
            byte[] bytes = response.peekBody(MAX_LOGGED_BODY).bytes();
            return bytes.length == 0 ? "" : "\n" + redactJson(bytes);
        } catch (IOException e) {
            return "\n(body unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }

    private static String bodyNotLogged(@Nullable MediaType type, long length) {
        return "\n(" + (length < 0 ? "a body" : length + "-byte body") + (type == null ? "" : " of " + type)
                + ", not logged)";
    }

    /** The JSON with every secret or document value replaced; text that is not JSON is not logged at all. */
    String redactJson(byte[] json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (IOException notJson) {
            return "(" + json.length + " bytes that are not JSON, not logged)";
        }
        if (tree == null) {
            return "";
        }
        redact(tree);
        return tree.toString();
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey().toLowerCase(Locale.ROOT);
                JsonNode value = field.getValue();
                if ((HIDDEN_FIELDS.contains(name) || secret(name)) && !value.isNull()) {
                    field.setValue(new TextNode(REDACTED
                            + (value.isTextual() ? " (" + value.textValue().length() + " chars)" : "")));
                } else {
                    redact(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(WireLog::redact);
        }
    }

    private static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (NOT_SECRET.contains(lower)) {
            return false;
        }
        if (HIDDEN_FIELDS.contains(lower)) {
            return true;
        }
        for (String part : SECRET_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean json(@Nullable MediaType type) {
        return type != null && (type.subtype().equals("json") || type.subtype().endsWith("+json"));
    }
}
