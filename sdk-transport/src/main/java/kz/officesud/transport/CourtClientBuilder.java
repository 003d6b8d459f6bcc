package kz.officesud.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import kz.officesud.core.model.Courts;
import kz.officesud.transport.internal.ClientConfig;
import okhttp3.OkHttpClient;

/**
 * The settings every client of the court office takes, the same way: the court's address, the HTTP client and JSON
 * mapper to start from, time limits, retries, the language and the court directory. The filing client's and the
 * case-search client's builders extend it; {@code build()} validates. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class CourtClientBuilder<B extends CourtClientBuilder<B>> {
    private final ClientConfig config;

    /** A builder with the defaults. */
    protected CourtClientBuilder() {
        this.config = new ClientConfig();
    }

    /** A builder holding a copy of {@code settings} (a client's {@code toBuilder()}). */
    @SuppressWarnings("exports") // the SDK's own clients only: the type is exported to them alone
    protected CourtClientBuilder(ClientConfig settings) {
        this.config = Objects.requireNonNull(settings, "settings").copy();
    }

    /** The settings as collected so far, for the SDK's clients to build from. */
    @SuppressWarnings("exports") // the SDK's own clients only: the type is exported to them alone
    protected final ClientConfig config() {
        return config;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * The court's address, e.g. {@code https://office.sud.kz} or a reference court's {@code http://127.0.0.1:8080};
     * the API lives under {@code /api/v1} below it. Required.
     */
    public B baseUrl(URI baseUrl) {
        config.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return self();
    }

    /**
     * An HTTP client to use, e.g. one shared with the rest of the application (its connection pool, proxy, TLS
     * settings). The client never closes it. By default the client builds its own.
     */
    public B httpClient(OkHttpClient httpClient) {
        config.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        config.inherited = null;
        return self();
    }

    /**
     * A JSON mapper whose settings to start from. The client works on its own copy, with the SDK's module
     * registered; the mapper given is not changed.
     */
    public B objectMapper(ObjectMapper objectMapper) {
        config.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
        return self();
    }

    /**
     * The time limit of one call as a whole: every attempt and every pause between them (default 15 minutes). An
     * operation of several calls (a filing: one upload per document, then the submission) has this limit for each.
     * {@link Duration#ZERO} means no limit.
     */
    public B callTimeout(Duration callTimeout) {
        config.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
        return self();
    }

    /**
     * The time limit of one attempt: connecting, sending (a whole document) and reading the answer (a whole
     * download) (default 5 minutes). {@link Duration#ZERO} means no limit.
     */
    public B attemptTimeout(Duration attemptTimeout) {
        config.attemptTimeout = Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        return self();
    }

    /** When failed calls are repeated (default {@link RetryPolicy#defaults()}). */
    public B retryPolicy(RetryPolicy retryPolicy) {
        config.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * The language of the court's messages ({@code Accept-Language}) and of local validation messages: Kazakh
     * ({@code kk}), Russian ({@code ru}, the default) or English ({@code en}).
     */
    public B locale(Locale locale) {
        config.locale = Objects.requireNonNull(locale, "locale");
        return self();
    }

    /**
     * The court directory the court's answers are read with (default {@link Courts#standard()}): an updated one,
     * e.g. {@code Courts.standard().plus(Courts.load(path))}, when the application deals with courts the bundled
     * directory does not list yet.
     */
    public B courts(Courts courts) {
        config.courts = Objects.requireNonNull(courts, "courts");
        return self();
    }

    /**
     * Allows an {@code http://} base URL to a host other than this machine. Passwords and tokens then cross the
     * network unencrypted: for a reference court in a test network only.
     */
    public B allowPlainHttp(boolean allow) {
        config.allowPlainHttp = allow;
        return self();
    }
}
