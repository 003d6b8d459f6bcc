package kz.officesud.transport;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bearer token of a cabinet account signed in to the court office: what lets one client of the court office act as
 * the user another has logged in. The filing client's session hands it out ({@code CourtSession.accountToken()}); the
 * case-search client takes it to search and observe as that user ({@code CaseSearchClient.signedIn}), so that the
 * court keeps the user's list of previously viewed cases. The two clients share this type rather than depend on each
 * other. A secret: {@link #toString()} never shows it.
 */
public final class AccountToken {
    private final String value;
    private final @Nullable Instant expiresAt;

    private AccountToken(String value, @Nullable Instant expiresAt) {
        this.value = value;
        this.expiresAt = expiresAt;
    }

    /**
     * A token the court issued at log-in.
     *
     * @param value the token, as the court issued it
     * @param expiresAt when it expires, if the court said
     * @throws IllegalArgumentException a blank token, or one with characters a bearer token may not carry
     */
    public static AccountToken of(String value, @Nullable Instant expiresAt) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 4096 || !value.matches("[A-Za-z0-9._~+/=-]+")) {
            throw new IllegalArgumentException("not a bearer token (RFC 6750 b64token)");
        }
        return new AccountToken(value, expiresAt);
    }

    /** The token itself, for the {@code Authorization: Bearer} header. */
    public String value() {
        return value;
    }

    /** When the court said the token expires. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountToken other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "AccountToken[***]";
    }
}
