package kz.officesud.transport.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One logical call to the court office: what to send, and whether it is safe to repeat. A call is repeated
 * only when its method is idempotent (GET, HEAD, PUT, DELETE) or it carries an {@code Idempotency-Key}, and
 * its body (if any) can be made again.
 */
public final class ApiRequest {
    /** How a 422 answer is reported: as a filing that fails validation, or as a plain service error. */
    public enum ValidationErrors {
        FILING,
        SERVICE
    }

    private final String operation;
    private final String method;
    private final List<String> pathSegments;
    private final @Nullable BodySource body;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final @Nullable String bearerToken;
    private final @Nullable String idempotencyKey;
    private final ValidationErrors validationErrors;

    private ApiRequest(Builder b) {
        this.operation = b.operation;
        this.method = b.method;
        this.pathSegments = List.copyOf(b.pathSegments);
        this.body = b.body;
        this.headers = Map.copyOf(b.headers);
        this.query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
        this.bearerToken = b.bearerToken;
        this.idempotencyKey = b.idempotencyKey;
        this.validationErrors = b.validationErrors;
    }

    public static Builder builder(String operation, String method, String... pathSegments) {
        return new Builder(operation, method, List.of(pathSegments));
    }

    /** A short English description for messages and logs, e.g. {@code "log in with a password"}. */
    public String operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    public List<String> pathSegments() {
        return pathSegments;
    }

    public @Nullable BodySource body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The query parameters, in order. */
    public Map<String, String> query() {
        return query;
    }

    public @Nullable String bearerToken() {
        return bearerToken;
    }

    public @Nullable String idempotencyKey() {
        return idempotencyKey;
    }

    public ValidationErrors validationErrors() {
        return validationErrors;
    }

    /** Whether repeating this call cannot do anything twice on the court's side. */
    public boolean safeToRepeat() {
        boolean idempotent =
                switch (method) {
                    case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
                    default -> idempotencyKey != null;
                };
        return idempotent && (body == null || !body.oneShot());
    }

    /** {@code POST /api/v1/filings}, for logs. */
    public String describe() {
        return method + " /" + String.join("/", pathSegments);
    }

    public static final class Builder {
        private final String operation;
        private final String method;
        private final List<String> pathSegments;
        private @Nullable BodySource body;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private @Nullable String bearerToken;
        private @Nullable String idempotencyKey;
        private ValidationErrors validationErrors = ValidationErrors.SERVICE;

        private Builder(String operation, String method, List<String> pathSegments) {
            this.operation = Objects.requireNonNull(operation, "operation");
            this.method = Objects.requireNonNull(method, "method");
            this.pathSegments = new ArrayList<>(pathSegments);
        }

        public Builder body(BodySource body) {
            this.body = body;
            return this;
        }

        public Builder query(String name, String value) {
            query.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder bearerToken(@Nullable String token) {
            this.bearerToken = token;
            return this;
        }

        public Builder idempotencyKey(@Nullable String key) {
            this.idempotencyKey = key;
            return this;
        }

        public Builder validationErrors(ValidationErrors mode) {
            this.validationErrors = Objects.requireNonNull(mode);
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
