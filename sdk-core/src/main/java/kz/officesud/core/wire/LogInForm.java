package kz.officesud.core.wire;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /sessions}: log-in by IIN or BIN and password.
 *
 * @param login the IIN, or the BIN of a legal entity's account
 * @param password the password (a char array that the caller can wipe)
 */
public record LogInForm(@Nullable String login, char @Nullable [] password) {
    @Override
    public String toString() {
        return "LogInForm[login=" + login + "]";
    }
}
