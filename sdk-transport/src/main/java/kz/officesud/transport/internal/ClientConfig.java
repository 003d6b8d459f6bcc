package kz.officesud.transport.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Courts;
import kz.officesud.transport.RetryPolicy;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a client of the court office, as its builder collects them, and what {@link #open()} makes of them:
 * the HTTP client (the caller's, one inherited from the client a builder was derived from, or a new one the SDK owns),
 * the JSON mapper and the transport. Mutable, not thread-safe: a builder's state.
 */
public final class ClientConfig {
    /** The languages the court answers in. */
    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_IO_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofMinutes(5);
    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(15);

    public @Nullable URI baseUrl;
    public @Nullable OkHttpClient httpClient;
    public @Nullable ObjectMapper objectMapper;
    public Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    public Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
    public RetryPolicy retryPolicy = RetryPolicy.defaults();
    public Locale locale = Locale.forLanguageTag("ru");
    public boolean allowPlainHttp;
    public Courts courts = Courts.standard();
    /** The HTTP client of the client this builder was derived from ({@code toBuilder()}). */
    public @Nullable SharedHttpClient inherited;
    // Test seams.
    public Sleeper sleeper = Sleeper.REAL;
    public RandomGenerator random = new SecureRandom();
    public Clock clock = Clock.systemUTC();

    public ClientConfig copy() {
        ClientConfig c = new ClientConfig();
        c.baseUrl = baseUrl;
        c.httpClient = httpClient;
        c.objectMapper = objectMapper;
        c.callTimeout = callTimeout;
        c.attemptTimeout = attemptTimeout;
        c.retryPolicy = retryPolicy;
        c.locale = locale;
        c.allowPlainHttp = allowPlainHttp;
        c.courts = courts;
        c.inherited = inherited;
        c.sleeper = sleeper;
        c.random = random;
        c.clock = clock;
        return c;
    }

    /** What a built client runs on: its HTTP client (and who owns it), its JSON mapper and its transport. */
    public record Opened(SharedHttpClient http, ObjectMapper mapper, HttpTransport transport) {}

    /**
     * Validates the settings and makes the client's parts.
     *
     * @throws IllegalStateException no base URL
     * @throws IllegalArgumentException a setting is invalid (a base URL that is not http(s), with a query or fragment,
     *     or plain http to another machine; a negative timeout; a language other than kk, ru, en)
     */
    public Opened open() {
        URI url = baseUrl;
        if (url == null) {
            throw new IllegalStateException("baseUrl is required, e.g. https://office.sud.kz");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + url);
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new IllegalArgumentException("baseUrl has no host: " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not carry a query, fragment or user info: " + url);
        }
        if (scheme.equals("http") && !allowPlainHttp && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("baseUrl " + url
                    + " is plain http to another machine: passwords would cross the network unencrypted;"
                    + " use https, or allowPlainHttp(true) for a test court");
        }
        requireNotNegative("callTimeout", callTimeout);
        requireNotNegative("attemptTimeout", attemptTimeout);
        String language = locale.getLanguage();
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(
                    "the court answers in kk, ru or en; locale " + locale.toLanguageTag() + " is none of them");
        }

        ObjectMapper mapper = objectMapper == null
                ? OfficesudJson.newMapper(courts)
                : objectMapper.copy().registerModule(OfficesudJson.module(courts));
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        SharedHttpClient http;
        if (httpClient != null) {
            http = SharedHttpClient.borrowed(httpClient);
        } else if (inherited != null) {
            http = inherited.retain();
        } else {
            http = SharedHttpClient.owned(new OkHttpClient.Builder()
                    .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                    .readTimeout(DEFAULT_IO_TIMEOUT)
                    .writeTimeout(DEFAULT_IO_TIMEOUT)
                    .build());
        }
        HttpTransport transport = new HttpTransport(
                http.client(), mapper, url, retryPolicy, attemptTimeout, callTimeout, locale, sleeper, random, clock);
        return new Opened(http, mapper, transport);
    }

    private static void requireNotNegative(String name, Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return false; // a name: do not resolve it here
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Sets a seam, for the clients' tests. */
    public ClientConfig seams(Sleeper sleeper, RandomGenerator random, Clock clock) {
        this.sleeper = Objects.requireNonNull(sleeper);
        this.random = Objects.requireNonNull(random);
        this.clock = Objects.requireNonNull(clock);
        return this;
    }
}
