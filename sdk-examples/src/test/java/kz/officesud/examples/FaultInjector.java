package kz.officesud.examples;

import java.io.IOException;
import java.net.SocketException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Faults between the client and the court, on a fraction of the calls it is given: a connection reset before the
 * request is sent, an answer lost after the court has acted on the request (the ambiguous failure), a 503 or 429
 * with {@code Retry-After} instead of an answer, a 500 after the court has acted, and a delay. The court's own
 * fault injection can only fail a request before it is handled; the lost answer is staged here.
 */
final class FaultInjector implements Interceptor {
    enum Kind {
        RESET_BEFORE_SENDING,
        ANSWER_LOST_AFTER_ACTING,
        UNAVAILABLE_RETRY_AFTER,
        TOO_MANY_REQUESTS_RETRY_AFTER,
        SERVER_ERROR_AFTER_ACTING,
        DELAY
    }

    private final double fraction;
    private final Predicate<Request> applies;
    private final Random random;
    private final Map<Kind, AtomicLong> injected = new EnumMap<>(Kind.class);
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong lookups = new AtomicLong();
    private final AtomicLong lookupsThatFound = new AtomicLong();
    private final AtomicLong submissions = new AtomicLong();
    private final AtomicLong uploads = new AtomicLong();
    private final AtomicLong sentAgainWithoutAsking = new AtomicLong();
    /** Idempotency keys of submissions whose answer was lost and that the client has not asked about since. */
    private final Set<String> unasked = ConcurrentHashMap.newKeySet();

    FaultInjector(double fraction, Predicate<Request> applies, long seed) {
        this.fraction = fraction;
        this.applies = applies;
        this.random = new Random(seed);
        for (Kind kind : Kind.values()) {
            injected.put(kind, new AtomicLong());
        }
    }

    /** The court's filing operations: uploads, submissions, and the question whether a filing arrived. */
    static boolean filingCalls(Request request) {
        String path = request.url().encodedPath();
        return path.endsWith("/api/v1/uploads") || path.endsWith("/api/v1/filings");
    }

    long calls() {
        return calls.get();
    }

    long injected(Kind kind) {
        return injected.get(kind).get();
    }

    long injected() {
        return injected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** How many times the client asked whether a filing arrived. */
    long lookups() {
        return lookups.get();
    }

    /** How many of those questions the court answered with the filing (it had acted on a lost submission). */
    long lookupsThatFound() {
        return lookupsThatFound.get();
    }

    /** How many times a filing was submitted ({@code POST /filings}), whatever became of the call. */
    long submissions() {
        return submissions.get();
    }

    /** How many times a document was uploaded ({@code POST /uploads}), whatever became of the call. */
    long uploads() {
        return uploads.get();
    }

    /** How many submissions were sent again after a lost answer without asking the court first. */
    long sentAgainWithoutAsking() {
        return sentAgainWithoutAsking.get();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!applies.test(request)) {
            return chain.proceed(request);
        }
        calls.incrementAndGet();
        String submitted = submission(request);
        String askedAbout = request.method().equals("GET") ? request.url().queryParameter("idempotencyKey") : null;
        if (askedAbout != null) {
            lookups.incrementAndGet();
            unasked.remove(askedAbout);
        }
        if (submitted != null) {
            submissions.incrementAndGet();
            if (unasked.remove(submitted)) {
                sentAgainWithoutAsking.incrementAndGet();
            }
        }
        if (request.method().equals("POST") && request.url().encodedPath().endsWith("/api/v1/uploads")) {
            uploads.incrementAndGet();
        }
        Kind kind;
        synchronized (random) {
            kind = random.nextDouble() < fraction ? pick(random.nextDouble()) : null;
        }
        if (kind == null) {
            Response response = chain.proceed(request);
            if (askedAbout != null
                    && response.code() == 200
                    && response.peekBody(1 << 16).string().contains("\"filingId\"")) {
                lookupsThatFound.incrementAndGet();
            }
            return response;
        }
        injected.get(kind).incrementAndGet();
        switch (kind) {
            case RESET_BEFORE_SENDING -> throw new SocketException("Connection reset (injected before sending)");
            case ANSWER_LOST_AFTER_ACTING -> {
                try (Response acted = chain.proceed(request)) {
                    acted.body().bytes();
                }
                if (submitted != null) {
                    unasked.add(submitted);
                }
                throw new SocketException("Connection reset (injected: the answer was lost)");
            }
            case UNAVAILABLE_RETRY_AFTER -> {
                return status(request, 503, "0");
            }
            case TOO_MANY_REQUESTS_RETRY_AFTER -> {
                return status(request, 429, "1");
            }
            case SERVER_ERROR_AFTER_ACTING -> {
                try (Response acted = chain.proceed(request)) {
                    acted.body().bytes();
                }
                if (submitted != null) {
                    unasked.add(submitted);
                }
                return status(request, 500, null);
            }
            case DELAY -> {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted");
                }
                return chain.proceed(request);
            }
        }
        throw new AssertionError(kind);
    }

    /** The idempotency key of a submission ({@code POST /filings}), null for other calls. */
    private static String submission(Request request) {
        return request.method().equals("POST") && request.url().encodedPath().endsWith("/api/v1/filings")
                ? request.header("Idempotency-Key")
                : null;
    }

    /** Resets and lost answers most often; a 429 (which waits a whole second) least. */
    private static Kind pick(double p) {
        if (p < 0.25) {
            return Kind.RESET_BEFORE_SENDING;
        }
        if (p < 0.55) {
            return Kind.ANSWER_LOST_AFTER_ACTING;
        }
        if (p < 0.70) {
            return Kind.UNAVAILABLE_RETRY_AFTER;
        }
        if (p < 0.75) {
            return Kind.TOO_MANY_REQUESTS_RETRY_AFTER;
        }
        if (p < 0.90) {
            return Kind.SERVER_ERROR_AFTER_ACTING;
        }
        return Kind.DELAY;
    }

    private static Response status(Request request, int code, String retryAfter) {
        Response.Builder b = new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(code)
                .message("injected")
                .body(ResponseBody.create(
                        "{\"type\":\"urn:officesud:problem:fault_injected\",\"title\":\"injected\",\"status\":" + code
                                + ",\"code\":\"fault_injected\"}",
                        MediaType.get("application/problem+json")));
        if (retryAfter != null) {
            b.header("Retry-After", retryAfter);
        }
        return b.build();
    }
}
