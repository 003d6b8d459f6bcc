package kz.officesud.mockserver.internal.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Random challenges to be signed for registration and log-in: single use, expiring on the court clock. At most
 * {@value #MAX_OUTSTANDING} are outstanding: anyone can ask for challenges (the web cabinet's log-in page shows one with
 * every visit), so when that many are out the oldest is forgotten (its holder's log-in is {@code challenge_invalid} and
 * asks again) rather than the court refusing everyone's. Kept in the order issued, which is the order they expire:
 * issuing drops the expired ones from the front, never walking the whole table. Thread-safe.
 */
public final class Challenges {
    static final int MAX_OUTSTANDING = 100_000;

    /** Guarded by itself; in the order issued. */
    private final Map<String, Challenge> byId = new LinkedHashMap<>();

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
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Instant now = clock.instant();
        Challenge challenge = new Challenge(UUID.randomUUID().toString(), bytes, now.plus(ttl));
        synchronized (byId) {
            Iterator<Challenge> oldest = byId.values().iterator();
            while (oldest.hasNext()) {
                Challenge next = oldest.next();
                if (now.isBefore(next.expiresAt()) && byId.size() < MAX_OUTSTANDING) {
                    break;
                }
                oldest.remove();
            }
            byId.put(challenge.id(), challenge);
        }
        return challenge;
    }

    /** How many challenges are outstanding. */
    int outstanding() {
        synchronized (byId) {
            return byId.size();
        }
    }

    /** Takes a challenge out, whatever happens next: a challenge is good for one attempt only. */
    public Optional<Challenge> consume(String id) {
        Challenge challenge;
        synchronized (byId) {
            challenge = byId.remove(id);
        }
        if (challenge == null || !clock.instant().isBefore(challenge.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(challenge);
    }

    /** Forgets every outstanding challenge. */
    public void clear() {
        synchronized (byId) {
            byId.clear();
        }
    }
}
