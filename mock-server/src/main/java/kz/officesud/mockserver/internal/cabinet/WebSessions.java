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
 */
final class WebSessions {
    static final String COOKIE = "JSESSIONID";
    private static final int MAX_SESSIONS = 10_000;

    private final Clock clock;
    private final Duration idle;
    private final SecureRandom random;
    private final Map<String, WebSession> byId = new ConcurrentHashMap<>();

    WebSessions(Clock clock, Duration idle, SecureRandom random) {
        this.clock = clock;
        this.idle = idle;
        this.random = random;
    }

    /** One browser's session. Its methods are called under its own lock: one request of a session at a time. */
    static final class WebSession {
        final String id;

        @Nullable
        String userId;

        String viewState;

        @Nullable
        String loginChallengeId;

        @Nullable
        FilingWizard wizard;

        /** The CAPTCHA the case search form shows now: the next search must answer it. */
        @Nullable
        String searchChallengeId;

        Instant lastSeen;

        private WebSession(String id, String viewState, Instant now) {
            this.id = id;
            this.viewState = viewState;
            this.lastSeen = now;
        }
    }

    /** The request's session, if its cookie names a live one. */
    Optional<WebSession> find(Request request) {
        Optional<String> id = request.header("Cookie").flatMap(WebSessions::sessionCookie);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        WebSession session = byId.get(id.get());
        Instant now = clock.instant();
        if (session == null || !now.isBefore(session.lastSeen.plus(idle))) {
            if (session != null) {
                byId.remove(session.id);
            }
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    /** A new session (anonymous), evicting idle ones first; when still full, the oldest goes. */
    WebSession open() {
        Instant now = clock.instant();
        if (byId.size() >= MAX_SESSIONS) {
            byId.values().removeIf(s -> !now.isBefore(s.lastSeen.plus(idle)));
        }
        if (byId.size() >= MAX_SESSIONS) {
            byId.values().stream()
                    .min(java.util.Comparator.comparing((WebSession s) -> s.lastSeen))
                    .ifPresent(oldest -> byId.remove(oldest.id));
        }
        WebSession session = new WebSession(token(), token(), now);
        byId.put(session.id, session);
        return session;
    }

    void close(WebSession session) {
        byId.remove(session.id);
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
