package kz.officesud.filing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem as the court sends it: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, the court's {@code code}, and for 422 the {@code violations}. Read leniently: an answer
 * that is not a problem (an HTML page from a proxy, an empty body) yields a problem with only the status.
 */
public record Problem(
        int status,
        @Nullable String type,
        @Nullable String title,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable String code,
        List<RemoteViolation> violations) {

    public Problem {
        violations = List.copyOf(violations);
    }

    /** One entry of a 422 problem's {@code violations}. */
    public record RemoteViolation(
            String path, @Nullable String rejectedValue, String messageKey, @Nullable String message) {
        public RemoteViolation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(messageKey, "messageKey");
        }
    }

    /** The court's code, or {@code http_<status>} when it sent none. */
    public String codeOrDefault() {
        return code != null ? code : "http_" + status;
    }

    static Problem read(Answer answer, ObjectMapper mapper) {
        byte[] body = answer.body();
        if (body.length == 0) {
            return empty(answer.status());
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException notJson) {
            return empty(answer.status());
        }
        if (root == null || !root.isObject()) {
            return empty(answer.status());
        }
        List<RemoteViolation> violations = new ArrayList<>();
        JsonNode vs = root.path("violations");
        if (vs.isArray()) {
            for (JsonNode v : vs) {
                String path = text(v, "path");
                String key = text(v, "messageKey");
                String message = text(v, "message");
                violations.add(new RemoteViolation(
                        path == null ? "" : path,
                        text(v, "rejectedValue"),
                        key == null ? (message == null ? "unknown" : message) : key,
                        message));
            }
        }
        return new Problem(
                answer.status(),
                text(root, "type"),
                text(root, "title"),
                text(root, "detail"),
                text(root, "instance"),
                text(root, "code"),
                violations);
    }

    private static Problem empty(int status) {
        return new Problem(status, null, null, null, null, null, List.of());
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
