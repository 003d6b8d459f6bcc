package kz.officesud.mockserver.internal.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Random challenges to be signed for registration and log-in: single use, expiring on the court clock. */
public final class Challenges {
    private static final int MAX_OUTSTANDING = 100_000;

    private final Map<String, Challenge> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random;

    public Challenges(Clock clock, Duration ttl, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A challenge: its id, the bytes to sign and when it stops being accepted. */
    public record Challenge(String id, byte[] bytes, Instant expiresAt) {
        public Challenge {
            Objects.requireNonNull(id, "id");
            bytes = bytes.clone();
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    public Challenge issue() {
        purgeExpired();
        if (byId.size() >= MAX_OUTSTANDING) {
            throw new IllegalStateException("too many outstanding challenges");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Challenge challenge = new Challenge(
                UUID.randomUUID().toString(), bytes, clock.instant().plus(ttl));
        byId.put(challenge.id(), challenge);
        return challenge;
    }

    /** Takes a challenge out, whatever happens next: a challenge is good for one attempt only. */
    public Optional<Challenge> consume(String id) {
        Challenge challenge = byId.remove(id);
        if (challenge == null || !clock.instant().isBefore(challenge.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(challenge);
    }

    /** Forgets every outstanding challenge. */
    public void clear() {
        byId.clear();
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        byId.values().removeIf(challenge -> !now.isBefore(challenge.expiresAt()));
    }
}
