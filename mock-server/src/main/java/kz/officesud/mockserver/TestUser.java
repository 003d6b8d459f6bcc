package kz.officesud.mockserver;

import java.util.Objects;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.NcaKey;
import org.jspecify.annotations.Nullable;

/**
 * A registered account of the reference court with its key, issued by the court's own test NCA: log in with
 * {@link #login()} and {@link #password()}, or sign a challenge with {@link #key()}.
 *
 * @param login the IIN, or the BIN for a legal entity's representative
 * @param password the account's password (test material: shown to the test, never logged)
 * @param key the NCA key (GOST 2015, for signing and authentication)
 * @param iin the person's IIN
 * @param bin the legal entity's BIN, if the user represents one
 * @param name the person's full name
 * @param organisation the legal entity's name, if any
 */
public record TestUser(
        String login,
        String password,
        NcaKey key,
        Iin iin,
        @Nullable Bin bin,
        String name,
        @Nullable String organisation) {
    public TestUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "TestUser[" + login + ", " + name + "]";
    }
}
