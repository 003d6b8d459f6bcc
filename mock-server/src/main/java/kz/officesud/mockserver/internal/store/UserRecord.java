package kz.officesud.mockserver.internal.store;

import java.util.Objects;
import kz.officesud.mockserver.internal.auth.PasswordHasher.PasswordHash;
import org.jspecify.annotations.Nullable;

/**
 * An account of the court office, as stored in {@code users/<userId>.json}. The login is the BIN for a legal
 * entity's representative, else the IIN. {@code testIdentity}: registered with a certificate whose chain ends
 * in a test anchor (its IIN/BIN may fail the checksum).
 */
public record UserRecord(
        String userId,
        String login,
        String iin,
        @Nullable String bin,
        String fullName,
        @Nullable String organisation,
        String email,
        PasswordHash password,
        boolean testIdentity,
        String certificate,
        String registeredAt) {
    public UserRecord {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** The name shown for the account: the organisation for a legal entity, else the person. */
    public String displayName() {
        return organisation != null ? organisation : fullName;
    }
}
