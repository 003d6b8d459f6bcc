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
 */
final class WebSessions {
    static final String COOKIE = "JSESSIONID";
    static final int MAX_SESSIONS = 10_000;

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
        this.anonymous = new Budget(maxAnonymous);
        this.signedIn = new Budget(maxSignedIn);
    }

    /** One browser's session. Its methods are called under its own lock: one request of a session at a time. */
    static final class WebSession {
        final String id;

        /** The account signed in, or null for an anonymous session (fixed for a session's life). */
        final @Nullable String userId;

        String viewState;

        @Nullable
        String loginChallengeId;

        @Nullable
        FilingWizard wizard;

        /** The CAPTCHA the case search form shows now: the next search must answer it. */
        @Nullable
        String searchChallengeId;

        volatile Instant lastSeen;

        private WebSession(String id, @Nullable String userId, String viewState, Instant now) {
            this.id = id;
            this.userId = userId;
            this.viewState = viewState;
            this.lastSeen = now;
        }
    }

    /** The sessions of one kind, at most {@code max}; the least recently seen goes first when it is full. */
    private final class Budget {
        private final int max;
        private final Map<String, WebSession> byId = new ConcurrentHashMap<>();

        Budget(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("max < 1");
            }
            this.max = max;
        }

        synchronized WebSession open(@Nullable String userId) {
            Instant now = clock.instant();
            if (byId.size() >= max) {
                byId.values().removeIf(s -> !now.isBefore(s.lastSeen.plus(idle)));
            }
            while (byId.size() >= max) {
                byId.values().stream()
                        .min(java.util.Comparator.comparing((WebSession s) -> s.lastSeen))
                        .ifPresent(oldest -> byId.remove(oldest.id));
            }
            WebSession session = new WebSession(token(), userId, token(), now);
            byId.put(session.id, session);
            return session;
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
                budget.byId.remove(session.id);
            }
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    /** A new anonymous session; when the anonymous budget is full, an idle or else the oldest anonymous one goes. */
    WebSession open() {
        return anonymous.open(null);
    }

    /**
     * A new session of a user who has just logged in; when the signed-in budget is full, an idle or else the oldest
     * signed-in one goes (never because of anonymous visits).
     */
    WebSession signIn(String userId) {
        return signedIn.open(java.util.Objects.requireNonNull(userId, "userId"));
    }

    void close(WebSession session) {
        (session.userId == null ? anonymous : signedIn).byId.remove(session.id);
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
