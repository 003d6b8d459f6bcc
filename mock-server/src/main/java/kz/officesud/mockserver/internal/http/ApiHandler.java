package kz.officesud.mockserver.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.officesud.core.wire.Problem;
import kz.officesud.mockserver.JournalEntry;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.InputStreamContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of the server: matches a route, runs it, and turns every failure into
 * {@code application/problem+json}; every answer carries {@code X-Request-Id}. Routes under
 * {@link Options#guardedPrefix()} pass the guard first (the control API's token, media type and origin); other
 * routes may be given an injected {@link Fault}. Every exchange is told to the {@link ExchangeListener} (the
 * access log, the request journal).
 */
public final class ApiHandler extends Handler.Abstract {
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    public static final String REQUEST_ID = "X-Request-Id";
    /** The request attribute holding the request id, for the error handler. */
    static final String REQUEST_ID_ATTRIBUTE = ApiHandler.class.getName() + ".requestId";
    /** How much of an unread request body the court reads and discards before answering. */
    static final long DRAIN_LIMIT = 4L * 1024 * 1024;
    /** The buffer a streamed answer is written through. */
    static final int STREAM_BUFFER = 64 * 1024;

    private static final String PROBLEM_TYPE_PREFIX = "urn:officesud:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final List<Route> routes;
    private final ObjectMapper mapper;
    private final Options options;

    /**
     * What surrounds the routes.
     *
     * @param guardedPrefix the path prefix whose routes pass {@code guard} (e.g. {@code /__admin})
     * @param guard the check of those routes
     * @param faults the faults injected into the other routes
     * @param listener told of every exchange
     */
    public record Options(String guardedPrefix, Guard guard, Fault.Plan faults, ExchangeListener listener) {
        public Options {
            Objects.requireNonNull(guardedPrefix, "guardedPrefix");
            Objects.requireNonNull(guard, "guard");
            Objects.requireNonNull(faults, "faults");
            Objects.requireNonNull(listener, "listener");
        }

        /** No guard, no faults, no listener: for a handler under test. */
        public static Options none() {
            return new Options("/__none", request -> {}, Fault.Plan.NONE, exchange -> {});
        }
    }

    public ApiHandler(List<Route> routes, ObjectMapper mapper, Options options) {
        super(InvocationType.BLOCKING);
        this.routes = List.copyOf(routes);
        this.mapper = mapper;
        this.options = Objects.requireNonNull(options, "options");
        Set<String> seen = new LinkedHashSet<>();
        for (Route route : this.routes) {
            if (!seen.add(route.method() + " " + route.template())) {
                throw new IllegalArgumentException(
                        "route registered twice: " + route.method() + " " + route.template());
            }
        }
    }

    /** Every operation this handler serves. */
    public List<Route> routes() {
        return routes;
    }

    /** The decoded path of a request, without the query. */
    static String path(org.eclipse.jetty.server.Request request) {
        String path = request.getHttpURI().getDecodedPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /**
     * The request id of a request: the client's {@code X-Request-Id} when it sent one the court can log safely (1 to 64
     * letters, digits, {@code . _ : -}), so that client and court name a call alike; otherwise one the court makes.
     */
    static String requestId(org.eclipse.jetty.server.Request request) {
        Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        if (id instanceof String known) {
            return known;
        }
        String given = request.getHeaders().get(REQUEST_ID);
        String made = given != null && CLIENT_REQUEST_ID.matcher(given).matches() ? given : newRequestId();
        request.setAttribute(REQUEST_ID_ATTRIBUTE, made);
        return made;
    }

    private static final java.util.regex.Pattern CLIENT_REQUEST_ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    static String newRequestId() {
        return "req-" + UUID.randomUUID();
    }

    @Override
    public boolean handle(
            org.eclipse.jetty.server.Request exchange, org.eclipse.jetty.server.Response out, Callback callback) {
        String requestId = requestId(exchange);
        Instant at = Instant.now();
        Locale locale = Messages.negotiate(exchange.getHeaders().get("Accept-Language"));
        String method = exchange.getMethod();
        String path = path(exchange);
        InputStream body = new ClientBody(Content.Source.asInputStream(exchange));
        String operation = null;
        Fault after = null;
        Response response;
        try {
            Match match = match(method, path);
            operation = match.route().method() + " " + match.route().template();
            Request request = new Request(exchange, body, match.params(), requestId, locale, mapper);
            if (match.route().template().startsWith(options.guardedPrefix())) {
                options.guard().check(request);
            } else {
                Fault fault = options.faults().next(operation);
                if (fault instanceof Fault.After strikeAfter) {
                    after = strikeAfter.fault();
                    fault = null;
                }
                if (fault instanceof Fault.Drop) {
                    tell(at, requestId, method, path, operation, 0, exchange);
                    drop(exchange, callback);
                    return true;
                }
                if (fault instanceof Fault.Latency latency) {
                    sleep(latency);
                } else if (fault instanceof Fault.Status status) {
                    throw injected(status);
                }
            }
            response = match.route().handler().handle(request);
        } catch (ProblemException problem) {
            response = problem(problem, path, requestId, locale);
        } catch (ClientBody.Failure failure) {
            response = problem(failure.problem(), path, requestId, locale);
        } catch (Exception unexpected) {
            LOG.warn("request {} failed: {}", requestId, unexpected.toString());
            LOG.debug("request {} failed", requestId, unexpected);
            response = problem(
                    new ProblemException(500, "internal_error", "the court could not process the request"),
                    path,
                    requestId,
                    locale);
        }
        drain(exchange, body, out);
        if (after != null) {
            // the court has done its work; the fault strikes the answer
            if (after instanceof Fault.Drop) {
                tell(at, requestId, method, path, operation, 0, exchange);
                drop(exchange, callback);
                return true;
            }
            if (after instanceof Fault.Latency latency) {
                try {
                    sleep(latency);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (after instanceof Fault.Status status) {
                response = problem(injected(status), path, requestId, locale);
            }
        }
        send(exchange, out, response, requestId, callback, at, operation);
        return true;
    }

    private record Match(Route route, Map<String, String> params) {}

    private Match match(String method, String path) {
        List<String> segments = Route.segments(path);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(segments);
            if (params.isEmpty()) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match(route, params.get());
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

    private static ProblemException injected(Fault.Status status) {
        Map<String, String> headers = status.retryAfterSeconds() == null
                ? Map.of()
                : Map.of("Retry-After", String.valueOf(status.retryAfterSeconds()));
        return new ProblemException(
                status.status(), "fault_injected", "a fault injected through the control API", List.of(), headers);
    }

    private static void sleep(Fault.Latency latency) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(latency.delay().toNanos());
    }

    /** An injected fault: the connection is closed under the request, nothing is answered. */
    private static void drop(org.eclipse.jetty.server.Request exchange, Callback callback) {
        exchange.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new Dropped());
    }

    /** What an injected drop fails the exchange with; the engine logs it quietly (it was asked for). */
    private static final class Dropped extends IOException implements org.eclipse.jetty.io.QuietException {
        private static final long serialVersionUID = 1L;

        Dropped() {
            super("connection dropped by an injected fault");
        }
    }

    private void tell(
            Instant at,
            String requestId,
            String method,
            String path,
            @Nullable String operation,
            int status,
            org.eclipse.jetty.server.Request exchange) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - exchange.getBeginNanoTime());
        try {
            options.listener().onExchange(new JournalEntry(at, requestId, method, path, operation, status, millis));
        } catch (RuntimeException e) {
            LOG.debug("an exchange listener failed", e);
        }
    }

    /**
     * Reads what is left of the request body (up to {@link #DRAIN_LIMIT}) before answering, so that the client
     * reads the answer instead of a reset (a 413 sent before the upload was read, a 401 on an upload). A body too
     * big to drain gets {@code Connection: close}.
     */
    private static void drain(
            org.eclipse.jetty.server.Request exchange, InputStream body, org.eclipse.jetty.server.Response out) {
        long declared = exchange.getLength();
        if (declared > DRAIN_LIMIT) {
            out.getHeaders().put("Connection", "close");
            return;
        }
        try {
            byte[] buffer = new byte[16 * 1024];
            long drained = 0;
            int read;
            while ((read = body.read(buffer)) != -1) {
                drained += read;
                if (drained > DRAIN_LIMIT) {
                    out.getHeaders().put("Connection", "close");
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            out.getHeaders().put("Connection", "close");
        }
    }

    Response problem(ProblemException problem, String path, String requestId, Locale locale) {
        LOG.debug("{} -> {} {} ({})", AccessLog.printable(path), problem.status(), problem.code(), requestId);
        Response response = Response.bytes(
                        problem.status(), PROBLEM_JSON, problemBytes(mapper, problem, path, requestId, locale))
                .header("Content-Language", locale.getLanguage());
        problem.headers().forEach(response::header);
        return response;
    }

    /** The problem+json body of a problem. */
    static byte[] problemBytes(
            ObjectMapper mapper, ProblemException problem, @Nullable String path, String requestId, Locale locale) {
        Problem body = new Problem(
                PROBLEM_TYPE_PREFIX + problem.code(),
                Messages.text(locale, "problem." + problem.code()),
                problem.status(),
                problem.detail(),
                path,
                problem.code(),
                requestId,
                problem.violations().isEmpty() ? null : problem.violations());
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
    }

    /** Writes the answer, told to the listener just before (a test that reads the journal sees it). */
    private void send(
            org.eclipse.jetty.server.Request exchange,
            org.eclipse.jetty.server.Response out,
            Response response,
            String requestId,
            Callback callback,
            Instant at,
            @Nullable String operation) {
        InputStream streamed = null;
        if (response.body() != null && response.status() != 204 && !"HEAD".equals(exchange.getMethod())) {
            try {
                streamed = response.body().open();
            } catch (IOException | RuntimeException e) {
                LOG.warn("request {}: cannot open the answer's body: {}", requestId, e.toString());
                response = problem(
                        new ProblemException(500, "internal_error", "the court could not read the document"),
                        path(exchange),
                        requestId,
                        Messages.DEFAULT);
            }
        }
        byte[] body = response.bytes();
        try {
            if (body == null && response.json() != null) {
                body = mapper.writeValueAsBytes(response.json());
            }
        } catch (IOException e) {
            LOG.warn("request {}: cannot write the answer: {}", requestId, e.toString());
            response = Response.bytes(
                    500,
                    PROBLEM_JSON,
                    problemBytes(
                            mapper,
                            new ProblemException(500, "internal_error", "the court could not write the answer"),
                            path(exchange),
                            requestId,
                            Messages.DEFAULT));
            body = response.bytes();
        }
        HttpFields.Mutable headers = out.getHeaders();
        headers.put(REQUEST_ID, requestId);
        headers.put("Cache-Control", "no-store");
        if (response.contentType() != null) {
            headers.put("Content-Type", response.contentType());
        }
        response.headers().forEach(headers::put);
        boolean noBody =
                body == null || body.length == 0 || response.status() == 204 || "HEAD".equals(exchange.getMethod());
        out.setStatus(response.status());
        tell(at, requestId, exchange.getMethod(), path(exchange), operation, response.status(), exchange);
        if (streamed != null) {
            // from storage to the socket through the server's pooled buffers: memory stays at a few buffers
            headers.put("Content-Length", String.valueOf(response.length()));
            ByteBufferPool.Sized buffers =
                    new ByteBufferPool.Sized(exchange.getComponents().getByteBufferPool(), false, STREAM_BUFFER);
            Content.copy(new InputStreamContentSource(streamed, buffers), out, callback);
        } else if (noBody) {
            headers.put("Content-Length", "0");
            out.write(true, BufferUtil.EMPTY_BUFFER, callback);
        } else {
            headers.put("Content-Length", String.valueOf(body.length));
            out.write(true, ByteBuffer.wrap(body), callback);
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

    /**
     * The request body as the routes read it: a failure to read it (the client stopped sending, sent too slowly,
     * or broke the framing) is the client's, answered 408 or 400 — never a 500 of the court.
     */
    static final class ClientBody extends InputStream {
        private final InputStream in;

        ClientBody(InputStream in) {
            this.in = in;
        }

        /** Reading the body failed; the answer is {@link #problem()}. */
        static final class Failure extends IOException {
            private static final long serialVersionUID = 1L;
            private final transient ProblemException problem;

            Failure(ProblemException problem, Throwable cause) {
                super(problem.getMessage(), cause);
                this.problem = problem;
            }

            ProblemException problem() {
                return problem;
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException | RuntimeException e) {
                throw failure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private static Failure failure(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TimeoutException) {
                    return new Failure(
                            new ProblemException(408, "request_timeout", "the request body did not arrive in time"), e);
                }
                if (cause instanceof HttpException http && http.getCode() == 408) {
                    return new Failure(
                            new ProblemException(408, "request_timeout", "the request body arrives too slowly"), e);
                }
            }
            return new Failure(ProblemException.badRequest("bad_request", "the request body could not be read"), e);
        }
    }
}
