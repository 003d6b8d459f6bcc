package kz.officesud.mockserver.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.officesud.mockserver.internal.store.BlobStore;

/**
 * Bearer tokens: 256 random bits, base64url, expiring on the court clock. Kept in memory by the SHA-256 of the
 * token only, so not even a heap dump holds a usable token.
 */
public final class Sessions {
    private final Map<String, Session> byTokenHash = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random;

    public Sessions(Clock clock, Duration ttl, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A session of a user. */
    public record Session(String userId, Instant expiresAt) {
        public Session {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** A new token (shown once, to the client) and its session. */
    public record Issued(String token, Session session) {
        @Override
        public String toString() {
            return "Issued[token=***, " + session + "]";
        }
    }

    public Issued open(String userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(userId, clock.instant().plus(ttl));
        purgeExpired();
        byTokenHash.put(key(token), session);
        return new Issued(token, session);
    }

    public Optional<Session> find(String token) {
        String key = key(token);
        Session session = byTokenHash.get(key);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            byTokenHash.remove(key);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Ends every session. */
    public void clear() {
        byTokenHash.clear();
    }

    public void close(String token) {
        byTokenHash.remove(key(token));
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        byTokenHash.values().removeIf(session -> !now.isBefore(session.expiresAt()));
    }

    private static String key(String token) {
        return BlobStore.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
