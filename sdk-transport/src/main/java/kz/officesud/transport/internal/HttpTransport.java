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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
import okhttp3.Callback;
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
        // the same connection pool and dispatcher as the caller's client, with the wire log on the network side
        this.client = Objects.requireNonNull(client, "client")
                .newBuilder()
                .addNetworkInterceptor(new WireLog(mapper))
                .build();
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

    /** This transport, asking {@code translator} first what an error answer means. */
    public HttpTransport withTranslator(ErrorTranslator translator) {
        return new HttpTransport(this, Objects.requireNonNull(translator, "translator"));
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
        return execute(request, reader, null);
    }

    /**
     * As {@link #execute(ApiRequest, ResponseReader)}; after a failure that leaves it unknown whether the court
     * acted on the request (the connection failed after sending, an attempt timed out, a 500, 502 or 504), asks
     * the court with {@code reconciler} before sending it again, and returns what the court already did.
     */
    public <T> T execute(ApiRequest request, ResponseReader<T> reader, @Nullable Reconciler<T> reconciler) {
        return run(request, Handler.buffered(reader), reconciler);
    }

    /**
     * Sends the request like {@link #execute} and hands a successful answer's body to {@code consumer} as it
     * arrives, never holding it whole: a download. A repeated attempt hands the new answer to {@code consumer} from
     * its start; a failure while reading it is a failure of the attempt (repeated when that is safe).
     */
    public <T> T stream(ApiRequest request, BodyConsumer<T> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return run(request, Handler.streaming(consumer), null);
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

    /**
     * As {@link #execute(ApiRequest, ResponseReader, Reconciler)}, without blocking: each attempt is enqueued on
     * OkHttp's dispatcher, and pauses between attempts are scheduled on its executor. Cancelling the future cancels
     * the attempt in flight (or the pause), and nothing more is sent.
     */
    public <T> CompletableFuture<T> executeAsync(
            ApiRequest request, ResponseReader<T> reader, @Nullable Reconciler<T> reconciler) {
        return new AsyncRun<>(new Attempts<>(request, reconciler), Handler.buffered(reader)).start();
    }

    /** As {@link #stream(ApiRequest, BodyConsumer)}, without blocking; see {@link #executeAsync}. */
    public <T> CompletableFuture<T> streamAsync(ApiRequest request, BodyConsumer<T> consumer) {
        return new AsyncRun<>(new Attempts<T>(request, null), Handler.streaming(consumer)).start();
    }

    private <T> T run(ApiRequest request, Handler<T> handler, @Nullable Reconciler<T> reconciler) {
        Attempts<T> attempts = new Attempts<>(request, reconciler);
        while (true) {
            Call call = attempts.newCall();
            Step step;
            Answer success = null;
            try (Response response = call.execute()) {
                if (response.isSuccessful()) {
                    Outcome<T> outcome = handler.handle(response);
                    if (outcome.answer() == null) {
                        return attempts.succeeded(outcome.value(), response);
                    }
                    success = outcome.answer();
                    step = null;
                } else {
                    step = attempts.onAnswer(readAnswer(response));
                }
            } catch (IOException e) {
                if (wasInterrupted(e)) {
                    Thread.currentThread().interrupt(); // Okio clears the flag when it throws
                    throw new CourtIoException(request.operation() + " was interrupted", e);
                }
                step = attempts.onFailure(e);
            }
            if (success != null) {
                return attempts.read(success, handler);
            }
            if (step instanceof Step.Fail fail) {
                throw fail.failure();
            }
            Step.Retry retry = (Step.Retry) Objects.requireNonNull(step);
            try {
                sleeper.sleep(retry.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                CourtIoException interrupted =
                        new CourtIoException(request.operation() + " was interrupted while waiting to retry", e);
                interrupted.addSuppressed(retry.lastFailure());
                throw interrupted;
            }
            if (retry.reconcile() && reconciler != null) {
                Optional<T> done = reconcile(attempts, reconciler);
                if (done.isPresent()) {
                    return done.get();
                }
            }
        }
    }

    /** Asks the court whether an ambiguous attempt took effect; empty when it did not, or when it cannot say. */
    private <T> Optional<T> reconcile(Attempts<T> attempts, Reconciler<T> reconciler) {
        try {
            Optional<T> found = execute(reconciler.lookup(), reconciler.reader(), null);
            attempts.reconciled(found.isPresent());
            return found;
        } catch (CourtOfficeException unknown) {
            // the request is sent again under its idempotency key: the court answers what it did the first time
            LOG.debug(
                    "{}: could not ask whether it arrived ({}); sending it again",
                    attempts.request.describe(),
                    unknown.getMessage());
            return Optional.empty();
        }
    }

    /** What a handler made of a successful answer: a value, or the answer read whole for a buffered reader. */
    private record Outcome<T>(@Nullable T value, @Nullable Answer answer) {}

    /** Reads a successful answer, whole (then parsed outside the network's try) or streamed. */
    private interface Handler<T> {
        Outcome<T> handle(Response response) throws IOException;

        T parse(Answer answer) throws IOException;

        static <T> Handler<T> buffered(ResponseReader<T> reader) {
            return new Handler<>() {
                @Override
                public Outcome<T> handle(Response response) throws IOException {
                    return new Outcome<>(null, readAnswer(response));
                }

                @Override
                public T parse(Answer answer) throws IOException {
                    return reader.read(answer);
                }
            };
        }

        static <T> Handler<T> streaming(BodyConsumer<T> consumer) {
            return new Handler<>() {
                @Override
                public Outcome<T> handle(Response response) throws IOException {
                    ResponseBody body = response.body();
                    try (InputStream in = body.byteStream()) {
                        return new Outcome<>(consumer.consume(response.headers(), body.contentLength(), in), null);
                    }
                }

                @Override
                public T parse(Answer answer) {
                    throw new IllegalStateException("a streamed answer is not parsed whole");
                }
            };
        }
    }

    /** What to do after an attempt that did not succeed. */
    private sealed interface Step {
        /** Send again after {@code delay}, asking the court first when {@code reconcile}. */
        record Retry(Duration delay, boolean reconcile, OfficesudException lastFailure) implements Step {}

        record Fail(RuntimeException failure) implements Step {}
    }

    /** One logical call's attempts: its id, deadline and count, and the decision after each failure. */
    private final class Attempts<T> {
        final ApiRequest request;
        final @Nullable Reconciler<T> reconciler;
        final String callId = RequestIds.newCallId();
        final Deadline deadline = Deadline.after(callTimeout);
        final int maxAttempts;
        int attempt;
        long attemptStart;

        Attempts(ApiRequest request, @Nullable Reconciler<T> reconciler) {
            this.request = request;
            this.reconciler = reconciler;
            this.maxAttempts = request.safeToRepeat() ? retryPolicy.maxAttempts() : 1;
        }

        /** The next attempt's call, its time limit set; throws the whole-call timeout when none is left. */
        Call newCall() {
            long remaining = deadline.remainingNanos();
            if (remaining <= 0) {
                throw wholeCallTimeout(request, null);
            }
            attempt++;
            attemptStart = System.nanoTime();
            Call call = client.newCall(toHttpRequest(request, RequestIds.ofAttempt(callId, attempt)));
            long limit = Math.min(attemptTimeout.isZero() ? Long.MAX_VALUE : attemptTimeout.toNanos(), remaining);
            if (limit != Long.MAX_VALUE) {
                call.timeout().timeout(limit, TimeUnit.NANOSECONDS);
            }
            return call;
        }

        T succeeded(@Nullable T value, Response response) {
            logAnswer(response.code(), response.header(RequestIds.HEADER));
            return value;
        }

        T read(Answer answer, Handler<T> handler) {
            logAnswer(answer.status(), answer.requestId());
            try {
                return handler.parse(answer);
            } catch (JsonProcessingException malformed) {
                throw unreadable(request, answer, malformed.getOriginalMessage(), malformed);
            } catch (IOException malformed) {
                throw unreadable(request, answer, malformed.getMessage(), malformed);
            }
        }

        void reconciled(boolean arrived) {
            LOG.debug(
                    "{} (call {}): the court {} it",
                    request.describe(),
                    callId,
                    arrived ? "had received" : "had not received");
        }

        private void logAnswer(int status, @Nullable String requestId) {
            LOG.debug(
                    "{} -> {} (attempt {}, {} ms, request id {})",
                    request.describe(),
                    status,
                    attempt,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStart),
                    requestId);
        }

        Step onAnswer(Answer answer) {
            logAnswer(answer.status(), answer.requestId());
            OfficesudException error = ErrorMapper.map(request, answer, mapper, translator);
            if (!error.retryable() || attempt >= maxAttempts) {
                return new Step.Fail(error);
            }
            int failedAttempt = attempt;
            Duration delay = RetryAfter.parse(answer.headers().get("Retry-After"), clock)
                    .orElseGet(() -> backoff(failedAttempt));
            return retry(delay, ambiguous(answer.status()), error);
        }

        Step onFailure(IOException e) {
            LocalFailure local = LocalFailure.find(e);
            if (local != null) {
                return new Step.Fail(local.failure());
            }
            boolean timedOut = e instanceof InterruptedIOException;
            if (timedOut && deadline.passed()) {
                return new Step.Fail(wholeCallTimeout(request, e));
            }
            CourtIoException failure = timedOut
                    ? new CourtTimeoutException(
                            request.operation() + " timed out (attempt " + attempt + " of " + maxAttempts + ")", e)
                    : new CourtIoException(
                            request.operation() + " failed: " + describe(e) + " (attempt " + attempt + " of "
                                    + maxAttempts + ")",
                            e);
            if (attempt >= maxAttempts || !isTransient(e)) {
                if (maxAttempts == 1) {
                    LOG.debug(
                            "{} failed and is not repeated (not safe to repeat): {}", request.describe(), e.toString());
                }
                return new Step.Fail(failure);
            }
            LOG.debug(
                    "{} attempt {} of {} failed after {} ms: {}",
                    request.describe(),
                    attempt,
                    maxAttempts,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStart),
                    e.toString());
            return retry(backoff(attempt), !neverSent(e), failure);
        }

        private Step retry(Duration delay, boolean ambiguous, OfficesudException lastFailure) {
            if (delay.toNanos() >= deadline.remainingNanos()) {
                // Waiting would outlast the whole-call timeout: report the failure now rather than a timeout later.
                LOG.debug("{} not repeated: a pause of {} would exceed the call timeout", request.describe(), delay);
                return new Step.Fail(lastFailure);
            }
            return new Step.Retry(delay, ambiguous && reconciler != null, lastFailure);
        }
    }

    /**
     * Whether an error status leaves it open that the court acted on the request: a 500 (it may have failed after
     * storing), a 502 or 504 (a gateway lost the answer). A 503 or 429 says the request was not taken.
     */
    private static boolean ambiguous(int status) {
        return status == 500 || status == 502 || status == 504;
    }

    /** Whether the failure happened before any byte of the request could have reached the court. */
    private static boolean neverSent(IOException e) {
        return e instanceof java.net.ConnectException
                || e instanceof java.net.UnknownHostException
                || e instanceof java.net.NoRouteToHostException;
    }

    /** One asynchronous call: each attempt enqueued, each pause scheduled, cancellation passed to what is in flight. */
    private final class AsyncRun<T> {
        private final Attempts<T> attempts;
        private final Handler<T> handler;
        private final CompletableFuture<T> future = new CompletableFuture<>();
        private volatile @Nullable Call current;
        private volatile @Nullable CompletableFuture<?> lookup;

        AsyncRun(Attempts<T> attempts, Handler<T> handler) {
            this.attempts = attempts;
            this.handler = handler;
        }

        CompletableFuture<T> start() {
            future.whenComplete((value, failure) -> {
                if (future.isCancelled()) {
                    Call call = current;
                    if (call != null) {
                        call.cancel();
                    }
                    CompletableFuture<?> asking = lookup;
                    if (asking != null) {
                        asking.cancel(true);
                    }
                    LOG.debug("{} (call {}) cancelled", attempts.request.describe(), attempts.callId);
                }
            });
            attempt();
            return future;
        }

        private void attempt() {
            if (future.isDone()) {
                return;
            }
            Call call;
            try {
                call = attempts.newCall();
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
                return;
            }
            current = call;
            if (future.isCancelled()) {
                call.cancel();
                return;
            }
            call.enqueue(new Callback() {
                @Override
                public void onFailure(Call failed, IOException e) {
                    if (!future.isDone()) {
                        next(attempts.onFailure(e));
                    }
                }

                @Override
                public void onResponse(Call answered, Response response) {
                    Step step;
                    Answer success = null;
                    try (response) {
                        if (response.isSuccessful()) {
                            Outcome<T> outcome = handler.handle(response);
                            if (outcome.answer() == null) {
                                future.complete(attempts.succeeded(outcome.value(), response));
                                return;
                            }
                            success = outcome.answer();
                            step = null;
                        } else {
                            step = attempts.onAnswer(readAnswer(response));
                        }
                    } catch (IOException e) {
                        step = attempts.onFailure(e);
                    } catch (RuntimeException e) {
                        future.completeExceptionally(e);
                        return;
                    }
                    if (success != null) {
                        try {
                            future.complete(attempts.read(success, handler));
                        } catch (RuntimeException e) {
                            future.completeExceptionally(e);
                        }
                        return;
                    }
                    next(Objects.requireNonNull(step));
                }
            });
        }

        private void next(Step step) {
            if (future.isDone()) {
                return;
            }
            if (step instanceof Step.Fail fail) {
                future.completeExceptionally(fail.failure());
                return;
            }
            Step.Retry retry = (Step.Retry) step;
            Executor later = CompletableFuture.delayedExecutor(
                    retry.delay().toNanos(),
                    TimeUnit.NANOSECONDS,
                    client.dispatcher().executorService());
            Reconciler<T> reconciler = attempts.reconciler;
            if (!retry.reconcile() || reconciler == null) {
                later.execute(this::attempt);
                return;
            }
            later.execute(() -> {
                if (future.isDone()) {
                    return;
                }
                CompletableFuture<Optional<T>> asking = executeAsync(reconciler.lookup(), reconciler.reader(), null);
                lookup = asking;
                asking.whenComplete((found, unknown) -> {
                    if (unknown == null && found.isPresent()) {
                        attempts.reconciled(true);
                        future.complete(found.get());
                    } else {
                        if (unknown == null) {
                            attempts.reconciled(false);
                        }
                        attempt();
                    }
                });
            });
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

    private Request toHttpRequest(ApiRequest request, String requestId) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : request.pathSegments()) {
            url.addPathSegment(segment);
        }
        request.query().forEach(url::addQueryParameter);
        Request.Builder b = new Request.Builder()
                .url(url.build())
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", acceptLanguage)
                .header("User-Agent", USER_AGENT)
                .header(RequestIds.HEADER, requestId);
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
        return new Answer(response.code(), response.headers(), bytes, response.header(RequestIds.HEADER));
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
