package kz.officesud.transport.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLException;
import kz.officesud.core.OfficesudException;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtOfficeException;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.CourtTimeoutException;
import kz.officesud.transport.RetryPolicy;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s to the court office: headers, per-attempt and whole-call timeouts, retries with
 * capped exponential backoff and full jitter, {@code Retry-After}, and the mapping of errors to the SDK's
 * exceptions. Immutable and thread-safe.
 */
public final class HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger("kz.officesud.transport");

    /** The API's base path under the court's base URL. */
    public static final String BASE_PATH = "api/v1";

    static final String USER_AGENT = "officesud-java/0.1";
    private static final long MAX_ANSWER_BYTES = 16L * 1024 * 1024;

    private final OkHttpClient client;
    private final ObjectMapper mapper;
    private final HttpUrl base;
    private final RetryPolicy retryPolicy;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final String acceptLanguage;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Clock clock;
    private final @Nullable ErrorTranslator translator;

    public HttpTransport(
            OkHttpClient client,
            ObjectMapper mapper,
            URI baseUrl,
            RetryPolicy retryPolicy,
            Duration attemptTimeout,
            Duration callTimeout,
            Locale locale,
            Sleeper sleeper,
            RandomGenerator random,
            Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        HttpUrl url = HttpUrl.get(baseUrl.toString());
        this.base = url.newBuilder().addPathSegments(BASE_PATH).build();
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.attemptTimeout = Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
        this.acceptLanguage = locale.getLanguage();
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.translator = null;
    }

    private HttpTransport(HttpTransport other, ErrorTranslator translator) {
        this.client = other.client;
        this.mapper = other.mapper;
        this.base = other.base;
        this.retryPolicy = other.retryPolicy;
        this.attemptTimeout = other.attemptTimeout;
        this.callTimeout = other.callTimeout;
        this.acceptLanguage = other.acceptLanguage;
        this.sleeper = other.sleeper;
        this.random = other.random;
        this.clock = other.clock;
        this.translator = translator;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public OkHttpClient client() {
        return client;
    }

    /**
     * Sends the request, repeating it when that is safe and the failure is transient, and hands the
     * successful answer to {@code reader}.
     *
     * @throws CourtServiceException the court answered with an error (or a subclass of it)
     * @throws CourtIoException the court could not be reached, or a time limit ran out
     */
    public <T> T execute(ApiRequest request, ResponseReader<T> reader) {
        return exchange(request, reader, null);
    }

    /**
     * Sends the request like {@link #execute} and hands a successful answer's body to {@code consumer} as it
     * arrives, never holding it whole: a download. A repeated attempt hands the new answer to {@code consumer} from
     * its start; a failure while reading it is a failure of the attempt (repeated when that is safe).
     */
    public <T> T stream(ApiRequest request, BodyConsumer<T> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return exchange(
                request,
                answer -> {
                    throw new IllegalStateException("a streamed answer is not read whole");
                },
                consumer);
    }

    /** Takes a successful answer's body as a stream (a download). */
    @FunctionalInterface
    public interface BodyConsumer<T> {
        /**
         * Reads {@code body} (it is closed afterwards) and returns the outcome; an {@link IOException} fails the
         * attempt.
         *
         * @param headers the answer's headers
         * @param contentLength the declared length, or -1 when unknown
         */
        T consume(Headers headers, long contentLength, InputStream body) throws IOException;
    }

    /** This transport, asking {@code translator} first what an error answer means. */
    public HttpTransport withTranslator(ErrorTranslator translator) {
        return new HttpTransport(this, Objects.requireNonNull(translator, "translator"));
    }

    private <T> T exchange(ApiRequest request, ResponseReader<T> reader, @Nullable BodyConsumer<T> consumer) {
        Deadline deadline = Deadline.after(callTimeout);
        boolean repeatable = request.safeToRepeat();
        int maxAttempts = repeatable ? retryPolicy.maxAttempts() : 1;
        for (int attempt = 1; ; attempt++) {
            long remaining = deadline.remainingNanos();
            if (remaining <= 0) {
                throw wholeCallTimeout(request, null);
            }
            Call call = client.newCall(toHttpRequest(request));
            long limit = Math.min(attemptTimeout.isZero() ? Long.MAX_VALUE : attemptTimeout.toNanos(), remaining);
            if (limit != Long.MAX_VALUE) {
                call.timeout().timeout(limit, TimeUnit.NANOSECONDS);
            }
            Answer answer;
            long attemptStart = System.nanoTime();
            try (Response response = call.execute()) {
                if (consumer != null && response.isSuccessful()) {
                    ResponseBody body = response.body();
                    T consumed;
                    try (InputStream in = body.byteStream()) {
                        consumed = consumer.consume(response.headers(), body.contentLength(), in);
                    }
                    LOG.debug(
                            "{} -> {} streamed (attempt {}, {} ms, request id {})",
                            request.describe(),
                            response.code(),
                            attempt,
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStart),
                            response.header("X-Request-Id"));
                    return consumed;
                }
                answer = readAnswer(response);
            } catch (IOException e) {
                LocalFailure local = LocalFailure.find(e);
                if (local != null) {
                    throw local.failure();
                }
                if (wasInterrupted(e)) {
                    Thread.currentThread().interrupt(); // Okio clears the flag when it throws
                    throw new CourtIoException(request.operation() + " was interrupted", e);
                }
                boolean timedOut = e instanceof InterruptedIOException;
                if (timedOut && deadline.passed()) {
                    throw wholeCallTimeout(request, e);
                }
                CourtIoException failure = timedOut
                        ? new CourtTimeoutException(
                                request.operation() + " timed out (attempt " + attempt + " of " + maxAttempts + ")", e)
                        : new CourtIoException(
                                request.operation() + " failed: " + describe(e) + " (attempt " + attempt + " of "
                                        + maxAttempts + ")",
                                e);
                if (attempt >= maxAttempts || !isTransient(e)) {
                    if (!repeatable && attempt == 1) {
                        LOG.debug(
                                "{} failed and is not repeated (not safe to repeat): {}",
                                request.describe(),
                                e.toString());
                    }
                    throw failure;
                }
                LOG.debug(
                        "{} attempt {} of {} failed after {} ms: {}",
                        request.describe(),
                        attempt,
                        maxAttempts,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStart),
                        e.toString());
                pause(request, backoff(attempt), deadline, failure);
                continue;
            }

            LOG.debug(
                    "{} -> {} (attempt {}, {} ms, request id {})",
                    request.describe(),
                    answer.status(),
                    attempt,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStart),
                    answer.requestId());
            if (answer.status() >= 200 && answer.status() < 300) {
                try {
                    return reader.read(answer);
                } catch (JsonProcessingException malformed) {
                    throw unreadable(request, answer, malformed.getOriginalMessage(), malformed);
                } catch (IOException malformed) {
                    throw unreadable(request, answer, malformed.getMessage(), malformed);
                }
            }
            OfficesudException error = ErrorMapper.map(request, answer, mapper, translator);
            if (!error.retryable() || attempt >= maxAttempts) {
                throw error;
            }
            int failedAttempt = attempt;
            Duration delay = RetryAfter.parse(answer.headers().get("Retry-After"), clock)
                    .orElseGet(() -> backoff(failedAttempt));
            pause(request, delay, deadline, error);
        }
    }

    private void pause(ApiRequest request, Duration delay, Deadline deadline, OfficesudException lastFailure) {
        if (delay.toNanos() >= deadline.remainingNanos()) {
            // Waiting would outlast the whole-call timeout: report the failure now rather than a timeout later.
            LOG.debug("{} not repeated: a pause of {} would exceed the call timeout", request.describe(), delay);
            throw lastFailure;
        }
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CourtIoException interrupted =
                    new CourtIoException(request.operation() + " was interrupted while waiting to retry", e);
            interrupted.addSuppressed(lastFailure);
            throw interrupted;
        }
    }

    /** Full jitter: uniform in {@code [0, cap]}. */
    Duration backoff(int failedAttempt) {
        long cap = retryPolicy.backoffCap(failedAttempt).toNanos();
        return Duration.ofNanos(cap <= 0 ? 0 : random.nextLong(cap + 1));
    }

    private static CourtOfficeException unreadable(
            ApiRequest request, Answer answer, @Nullable String why, IOException cause) {
        return new CourtOfficeException(
                "the court's answer to " + request.operation() + " could not be read: " + why
                        + (answer.requestId() == null ? "" : " (request id " + answer.requestId() + ")"),
                cause);
    }

    private CourtTimeoutException wholeCallTimeout(ApiRequest request, @Nullable IOException cause) {
        String message = request.operation() + " did not complete within the call timeout of " + callTimeout;
        return cause == null ? new CourtTimeoutException(message) : new CourtTimeoutException(message, cause);
    }

    private static boolean wasInterrupted(IOException e) {
        return Thread.currentThread().isInterrupted()
                || (e instanceof InterruptedIOException
                        && !(e instanceof java.net.SocketTimeoutException)
                        && "interrupted".equals(e.getMessage()));
    }

    private static boolean isTransient(IOException e) {
        if (e instanceof SSLException) {
            // A certificate the client does not trust will not be trusted on the next attempt either.
            return !(e instanceof javax.net.ssl.SSLPeerUnverifiedException)
                    && !(e.getCause() instanceof java.security.cert.CertificateException);
        }
        return !(e instanceof java.net.ProtocolException);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private Request toHttpRequest(ApiRequest request) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : request.pathSegments()) {
            url.addPathSegment(segment);
        }
        request.query().forEach(url::addQueryParameter);
        Request.Builder b = new Request.Builder()
                .url(url.build())
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", acceptLanguage)
                .header("User-Agent", USER_AGENT);
        if (request.bearerToken() != null) {
            b.header("Authorization", "Bearer " + request.bearerToken());
        }
        if (request.idempotencyKey() != null) {
            b.header("Idempotency-Key", request.idempotencyKey());
        }
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        BodySource body = request.body();
        RequestBody requestBody = body == null
                ? (requiresBody(request.method()) ? RequestBody.create(new byte[0]) : null)
                : body.newBody();
        return b.method(request.method(), requestBody).build();
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private static Answer readAnswer(Response response) throws IOException {
        ResponseBody body = response.body();
        BufferedSource source = body.source();
        if (source.request(MAX_ANSWER_BYTES + 1)) {
            throw new java.net.ProtocolException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
        }
        byte[] bytes = source.readByteArray();
        return new Answer(response.code(), response.headers(), bytes, response.header("X-Request-Id"));
    }

    /** For the whole-call timeout's message and for tests. */
    public Optional<Duration> callTimeout() {
        return callTimeout.isZero() ? Optional.empty() : Optional.of(callTimeout);
    }

    /** The end of the whole call; {@code Long.MAX_VALUE} nanoseconds remain when there is no limit. */
    private static final class Deadline {
        private final boolean unlimited;
        private final long end;

        private Deadline(boolean unlimited, long end) {
            this.unlimited = unlimited;
            this.end = end;
        }

        static Deadline after(Duration timeout) {
            return timeout.isZero()
                    ? new Deadline(true, 0)
                    : new Deadline(false, System.nanoTime() + timeout.toNanos());
        }

        long remainingNanos() {
            return unlimited ? Long.MAX_VALUE : end - System.nanoTime(); // nanoTime differences, overflow-safe
        }

        boolean passed() {
            return remainingNanos() <= 0;
        }
    }
}
