package kz.officesud.mockserver.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import kz.officesud.mockserver.JournalEntry;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the engine itself answers — a request line or headers it cannot parse (400), headers too large (431), a
 * URI too long (414), a body too slow (408), a failure outside the routes — as {@code application/problem+json}
 * with a request id, like every other answer of the court, and told to the access log.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper;
    private final ExchangeListener listener;

    public ProblemErrorHandler(ObjectMapper mapper, ExchangeListener listener) {
        this.mapper = mapper;
        this.listener = listener;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Object attribute = request.getAttribute(ERROR_STATUS);
        if (attribute instanceof Integer code) {
            status = code;
        }
        if (status < 400) {
            status = 500;
        }
        String requestId = ApiHandler.requestId(request);
        Locale locale = Messages.negotiate(request.getHeaders().get("Accept-Language"));
        String path = ApiHandler.path(request);
        byte[] body = ApiHandler.problemBytes(mapper, problem(status), path, requestId, locale);
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, ApiHandler.PROBLEM_JSON);
        headers.put(ApiHandler.REQUEST_ID, requestId);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_LENGTH, String.valueOf(body.length));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
        tell(new JournalEntry(Instant.now(), requestId, request.getMethod(), path, null, status, millis));
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private void tell(JournalEntry exchange) {
        try {
            listener.onExchange(exchange);
        } catch (RuntimeException ignored) {
            // a listener never fails an answer
        }
    }

    /** The problem of a status the engine raised (its own text is not shown: it may echo the request). */
    static ProblemException problem(int status) {
        return switch (status) {
            case 400 -> ProblemException.badRequest("bad_request", "the request is not well-formed HTTP");
            case 404 -> ProblemException.notFound("no such resource");
            case 405 -> new ProblemException(405, "method_not_allowed", "this resource does not answer the method");
            case 408 -> new ProblemException(408, "request_timeout", "the request did not arrive in time");
            case 413 -> new ProblemException(413, "payload_too_large", "the request is too large");
            case 414 -> new ProblemException(414, "uri_too_long", "the request URI is too long");
            case 431 ->
                new ProblemException(
                        431,
                        "headers_too_large",
                        "the request's headers are larger than " + ServerRunner.MAX_HEADER_BYTES + " bytes");
            case 500 -> new ProblemException(500, "internal_error", "the court could not process the request");
            case 503 -> new ProblemException(503, "unavailable", "the court is not serving now");
            default -> new ProblemException(status, "http_error", "the request failed with HTTP status " + status);
        };
    }
}
