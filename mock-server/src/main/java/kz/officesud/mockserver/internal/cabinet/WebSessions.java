package kz.officesud.mockserver.internal.cabinet;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.officesud.mockserver.internal.http.Request;
import org.jspecify.annotations.Nullable;

/**
 * The cabinet's HTTP sessions ({@code JSESSIONID}): who is logged in, the view state the next post must carry, the
 * filing wizard in progress. Bounded in number and idle time, so that one client's sessions cannot crowd out another's;
 * a log-in opens a new session (the old id is dropped). Thread-safe.
 *
 * <p>Anonymous sessions (a visit to a public page, the log-in form) and signed-in ones have budgets of their own
 * ({@value #MAX_SESSIONS} each): a session is made for every anonymous visit, so anyone can open thousands of them,
 * and when the anonymous budget is full the least recently seen anonymous session goes — never a signed-in one. A
 * signed-in session is evicted only by another log-in, when {@value #MAX_SESSIONS} users are signed in at once.
 *
 * <p>One address keeps at most {@value #MAX_ANONYMOUS_PER_ADDRESS} anonymous sessions: past that, its own least
 * recently seen one goes, so that a client opening sessions by the thousand from one address pushes out only its own
 * and not the anonymous visitor of another address half-way through the log-in form (an office behind one address
 * shares that many; their signed-in sessions are not counted).
 */
final class WebSessions {
    static final String COOKIE = "JSESSIONID";
    static final int MAX_SESSIONS = 10_000;
    static final int MAX_ANONYMOUS_PER_ADDRESS = 256;

    private final Clock clock;
    private final Duration idle;
    private final SecureRandom random;
    private final Budget anonymous;
    private final Budget signedIn;

    WebSessions(Clock clock, Duration idle, SecureRandom random) {
        this(clock, idle, random, MAX_SESSIONS, MAX_SESSIONS);
    }

    WebSessions(Clock clock, Duration idle, SecureRandom random, int maxAnonymous, int maxSignedIn) {
        this.clock = clock;
        this.idle = idle;
        this.random = random;
        this.anonymous = new Budget(maxAnonymous, Math.min(maxAnonymous, MAX_ANONYMOUS_PER_ADDRESS));
        this.signedIn = new Budget(maxSignedIn, maxSignedIn);
    }

    /** One browser's session. Its methods are called under its own lock: one request of a session at a time. */
    static final class WebSession {
        final String id;

        /** The account signed in, or null for an anonymous session (fixed for a session's life). */
        final @Nullable String userId;

        /** The address an anonymous session was opened from (null for a signed-in one). */
        final @Nullable String address;

        String viewState;

        @Nullable
        String loginChallengeId;

        @Nullable
        FilingWizard wizard;

        /** The CAPTCHA the case search form shows now: the next search must answer it. */
        @Nullable
        String searchChallengeId;

        volatile Instant lastSeen;

        private WebSession(
                String id, @Nullable String userId, @Nullable String address, String viewState, Instant now) {
            this.id = id;
            this.userId = userId;
            this.address = address;
            this.viewState = viewState;
            this.lastSeen = now;
        }
    }

    /**
     * The sessions of one kind, at most {@code max}, and at most {@code maxPerAddress} opened from one address; the
     * least recently seen goes first when either is full.
     */
    private final class Budget {
        private final int max;
        private final int maxPerAddress;
        private final Map<String, WebSession> byId = new ConcurrentHashMap<>();
        /** Sessions kept by address (guarded by this budget's monitor). */
        private final Map<String, Integer> perAddress = new java.util.HashMap<>();

        Budget(int max, int maxPerAddress) {
            if (max < 1 || maxPerAddress < 1) {
                throw new IllegalArgumentException("max < 1");
            }
            this.max = max;
            this.maxPerAddress = maxPerAddress;
        }

        synchronized WebSession open(@Nullable String userId, @Nullable String address) {
            Instant now = clock.instant();
            if (byId.size() >= max || (address != null && perAddress.getOrDefault(address, 0) >= maxPerAddress)) {
                for (WebSession s : byId.values()) {
                    if (!now.isBefore(s.lastSeen.plus(idle))) {
                        remove(s);
                    }
                }
            }
            while (address != null && perAddress.getOrDefault(address, 0) >= maxPerAddress) {
                oldest(s -> address.equals(s.address)).ifPresent(this::remove);
            }
            while (byId.size() >= max) {
                oldest(s -> true).ifPresent(this::remove);
            }
            WebSession session = new WebSession(token(), userId, address, token(), now);
            byId.put(session.id, session);
            if (address != null) {
                perAddress.merge(address, 1, Integer::sum);
            }
            return session;
        }

        private Optional<WebSession> oldest(java.util.function.Predicate<WebSession> which) {
            return byId.values().stream()
                    .filter(which)
                    .min(java.util.Comparator.comparing((WebSession s) -> s.lastSeen));
        }

        synchronized void remove(WebSession session) {
            if (byId.remove(session.id, session) && session.address != null) {
                perAddress.computeIfPresent(session.address, (a, n) -> n <= 1 ? null : n - 1);
            }
        }
    }

    /** The request's session, if its cookie names a live one. */
    Optional<WebSession> find(Request request) {
        return request.header("Cookie").flatMap(WebSessions::sessionCookie).flatMap(this::find);
    }

    /** The live session of this id, seen now. */
    Optional<WebSession> find(String id) {
        Budget budget = signedIn.byId.containsKey(id) ? signedIn : anonymous;
        WebSession session = budget.byId.get(id);
        Instant now = clock.instant();
        if (session == null || !now.isBefore(session.lastSeen.plus(idle))) {
            if (session != null) {
                budget.remove(session);
            }
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    /**
     * A new anonymous session opened from {@code address}; when the anonymous budget, or that address's share of it,
     * is full, an idle or else the least recently seen one (of that address, when its share is full) goes.
     */
    WebSession open(String address) {
        return anonymous.open(null, java.util.Objects.requireNonNull(address, "address"));
    }

    /**
     * A new session of a user who has just logged in; when the signed-in budget is full, an idle or else the oldest
     * signed-in one goes (never because of anonymous visits).
     */
    WebSession signIn(String userId) {
        return signedIn.open(java.util.Objects.requireNonNull(userId, "userId"), null);
    }

    void close(WebSession session) {
        (session.userId == null ? anonymous : signedIn).remove(session);
    }

    /** How many anonymous sessions are kept now. */
    int anonymousCount() {
        return anonymous.byId.size();
    }

    /** A fresh view state for the session: the one the next post must carry. */
    String nextViewState(WebSession session) {
        session.viewState = random.nextInt(1, Integer.MAX_VALUE) + ":" + random.nextLong(1, Long.MAX_VALUE);
        return session.viewState;
    }

    String setCookie(WebSession session) {
        return COOKIE + "=" + session.id + "; Path=/; HttpOnly; SameSite=Lax";
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Optional<String> sessionCookie(String header) {
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.startsWith(COOKIE + "=")) {
                String value = p.substring(COOKIE.length() + 1);
                return value.isEmpty() || value.length() > 64 ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
