package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code POST /sessions[/signature]}: an open session.
 *
 * @param token the bearer token, shown once
 * @param expiresAt when the court ends the session
 * @param user whose session it is
 */
public record SessionView(String token, Instant expiresAt, AccountView user) {
    public SessionView {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(user, "user");
    }

    @Override
    public String toString() {
        return "SessionView[token=***, expiresAt=" + expiresAt + ", user=" + user.userId() + "]";
    }
}
