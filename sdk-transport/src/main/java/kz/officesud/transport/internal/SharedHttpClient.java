package kz.officesud.transport.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Cache;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OkHttpClient} and who owns it. A client the SDK created is shared by every office derived with
 * {@code toBuilder()} and shut down when the last of them closes; a caller's client is never shut down.
 */
public final class SharedHttpClient {
    private static final Logger LOG = LoggerFactory.getLogger("kz.officesud.transport");

    private final OkHttpClient client;
    private final boolean owned;
    private final AtomicInteger users = new AtomicInteger(1);

    private SharedHttpClient(OkHttpClient client, boolean owned) {
        this.client = Objects.requireNonNull(client, "client");
        this.owned = owned;
    }

    /** A client the SDK created: shut down when its last user closes. */
    public static SharedHttpClient owned(OkHttpClient client) {
        return new SharedHttpClient(client, true);
    }

    /** A caller's client: never shut down by the SDK. */
    public static SharedHttpClient borrowed(OkHttpClient client) {
        return new SharedHttpClient(client, false);
    }

    public OkHttpClient client() {
        return client;
    }

    public boolean owned() {
        return owned;
    }

    /** One more user; fails when the client has already been shut down. */
    public SharedHttpClient retain() {
        int before = users.getAndUpdate(n -> n == 0 ? 0 : n + 1);
        if (before == 0) {
            throw new IllegalStateException("the client this builder was derived from is closed");
        }
        return this;
    }

    /** One user fewer; the last one shuts an owned client down. */
    public void release() {
        if (users.decrementAndGet() == 0 && owned) {
            LOG.debug("shutting down the HTTP client the SDK created");
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
            Cache cache = client.cache();
            if (cache != null) {
                try {
                    cache.close();
                } catch (java.io.IOException e) {
                    LOG.debug("closing the HTTP cache failed: {}", e.toString());
                }
            }
        }
    }
}
