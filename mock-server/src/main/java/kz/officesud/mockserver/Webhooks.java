package kz.officesud.mockserver;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import kz.officesud.mockserver.internal.court.Domain;
import kz.officesud.mockserver.internal.court.DomainViews;
import org.jspecify.annotations.Nullable;

/**
 * The receivers of the court's events: every notice the court sends an applicant is POSTed to each, at least once,
 * signed, under the notice's id; failed deliveries are retried with exponential backoff (see {@link Webhook}).
 */
public final class Webhooks {
    private final Domain domain;

    Webhooks(Domain domain) {
        this.domain = domain;
    }

    /** Registers a receiver with a random secret (in the answer). */
    public Webhook register(URI url) {
        return register(url, null);
    }

    /** Registers a receiver whose deliveries {@code secret} (16 to 256 characters) signs. */
    public Webhook register(URI url, @Nullable String secret) {
        Objects.requireNonNull(url, "url");
        return DomainViews.webhook(domain.webhooks.register(url.toString(), secret));
    }

    public List<Webhook> list() {
        return domain.webhooks.webhooks().stream().map(DomainViews::webhook).toList();
    }

    /**
     * How failed deliveries are retried: at most {@code maxAttempts} attempts (1–20, default 8), the first retry after
     * {@code firstRetry} (default 1 s) and each next one after twice as long, an attempt timing out after {@code
     * attemptTimeout} (default 10 s).
     */
    public Webhooks retries(int maxAttempts, Duration firstRetry, Duration attemptTimeout) {
        domain.webhooks.retries(maxAttempts, firstRetry, attemptTimeout);
        return this;
    }
}
