package kz.officesud.mockserver.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.officesud.core.wire.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of the server: matches a route, runs it, and turns every failure into
 * {@code application/problem+json}; every answer carries {@code X-Request-Id}. Logs method, path, status and
 * request id at DEBUG, never headers or bodies.
 */
public final class ApiHandler implements HttpHandler {
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    public static final String REQUEST_ID = "X-Request-Id";
    /** How much of an unread request body the court reads and discards before answering. */
    static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    private static final String PROBLEM_TYPE_PREFIX = "urn:officesud:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final List<Route> routes;
    private final ObjectMapper mapper;

    public ApiHandler(List<Route> routes, ObjectMapper mapper) {
        this.routes = List.copyOf(routes);
        this.mapper = mapper;
        Set<String> seen = new LinkedHashSet<>();
        for (Route route : this.routes) {
            if (!seen.add(route.method() + " " + route.template())) {
                throw new IllegalArgumentException(
                        "route registered twice: " + route.method() + " " + route.template());
            }
        }
    }

    /** Every operation this handler serves, as {@code METHOD /template}. */
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = "req-" + UUID.randomUUID();
        Locale locale = Messages.negotiate(exchange.getRequestHeaders().getFirst("Accept-Language"));
        String path = exchange.getRequestURI().getPath();
        try {
            Response response;
            try {
                response = dispatch(exchange, requestId, locale);
            } catch (ProblemException problem) {
                response = problem(problem, path, requestId, locale);
            } catch (Exception unexpected) {
                LOG.debug("request {} failed", requestId, unexpected);
                response = problem(
                        new ProblemException(500, "internal_error", "the court could not process the request"),
                        path,
                        requestId,
                        locale);
            }
            drain(exchange);
            send(exchange, response, requestId);
        } catch (IOException | RuntimeException clientGone) {
            LOG.debug("request {}: could not answer", requestId, clientGone);
        } finally {
            exchange.close();
        }
    }

    /**
     * Reads what is left of the request body (up to {@link #DRAIN_LIMIT}) before answering, so that closing the
     * connection does not reset it and lose the answer (a 413 sent before the upload was read, a 401 on an
     * upload). A body too big to drain gets {@code Connection: close}.
     */
    private static void drain(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        long declared = -1;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = Long.MAX_VALUE;
        }
        if (declared > DRAIN_LIMIT) {
            exchange.getResponseHeaders().set("Connection", "close");
            return;
        }
        try {
            InputStream body = exchange.getRequestBody();
            byte[] buffer = new byte[16 * 1024];
            long drained = 0;
            int read;
            while ((read = body.read(buffer)) != -1) {
                drained += read;
                if (drained > DRAIN_LIMIT) {
                    exchange.getResponseHeaders().set("Connection", "close");
                    return;
                }
            }
        } catch (IOException e) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
    }

    private Response dispatch(HttpExchange exchange, String requestId, Locale locale) throws Exception {
        String method = exchange.getRequestMethod();
        List<String> segments = Route.segments(exchange.getRequestURI().getPath());
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(segments);
            if (params.isEmpty()) {
                continue;
            }
            if (route.method().equals(method)) {
                Response response =
                        route.handler().handle(new Request(exchange, params.get(), requestId, locale, mapper));
                LOG.debug("{} {} -> {} ({})", method, route.template(), response.status(), requestId);
                return response;
            }
            allowed.add(route.method());
        }
        if (!allowed.isEmpty()) {
            throw new ProblemException(
                    405,
                    "method_not_allowed",
                    "this resource does not answer " + method,
                    List.of(),
                    Map.of("Allow", String.join(", ", allowed)));
        }
        throw new ProblemException(404, "not_found", "no such resource");
    }

    private Response problem(ProblemException problem, String path, String requestId, Locale locale) {
        LOG.debug("{} -> {} {} ({})", path, problem.status(), problem.code(), requestId);
        Problem body = new Problem(
                PROBLEM_TYPE_PREFIX + problem.code(),
                Messages.text(locale, "problem." + problem.code()),
                problem.status(),
                problem.detail(),
                path,
                problem.code(),
                requestId,
                problem.violations().isEmpty() ? null : problem.violations());
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
        Response response =
                Response.bytes(problem.status(), PROBLEM_JSON, bytes).header("Content-Language", locale.getLanguage());
        problem.headers().forEach(response::header);
        return response;
    }

    private void send(HttpExchange exchange, Response response, String requestId) throws IOException {
        byte[] body = response.bytes();
        if (body == null && response.json() != null) {
            body = mapper.writeValueAsBytes(response.json());
        }
        var headers = exchange.getResponseHeaders();
        headers.set(REQUEST_ID, requestId);
        headers.set("Cache-Control", "no-store");
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        response.headers().forEach(headers::set);
        boolean noBody = body == null
                || body.length == 0
                || response.status() == 204
                || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Templates (for the OpenAPI check): {@code METHOD /template}. */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (Route route : routes) {
            operations.add(route.method() + " " + route.template());
        }
        return operations;
    }
}
