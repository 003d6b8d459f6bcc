package kz.officesud.mockserver.internal.http;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of the HTTP API: a method and a path template ({@code /api/v1/filings/{id}}), as written in the
 * OpenAPI description.
 */
public record Route(String method, String template, Handler handler) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(handler, "handler");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("template must start with '/': " + template);
        }
    }

    /** The path parameters when the path fits the template. */
    public Optional<Map<String, String>> match(List<String> segments) {
        List<String> parts = segments(template);
        if (parts.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            String segment = segments.get(i);
            if (part.startsWith("{") && part.endsWith("}")) {
                if (segment.isEmpty()) {
                    return Optional.empty();
                }
                params.put(part.substring(1, part.length() - 1), segment);
            } else if (!part.equals(segment)) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.copyOf(params));
    }

    static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return Arrays.asList(trimmed.split("/", -1));
    }

    /** Serves one request. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws Exception;
    }
}
