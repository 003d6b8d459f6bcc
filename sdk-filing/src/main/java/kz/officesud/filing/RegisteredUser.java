package kz.officesud.filing;

import java.util.Objects;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import org.jspecify.annotations.Nullable;

/**
 * A user account of the court office, as registered or as logged in.
 *
 * @param userId the court's id of the account
 * @param login what the user logs in with: the BIN for a legal entity's certificate, else the IIN
 * @param iin the person's IIN as the court recorded it (not checksum-verified: test identities are kept)
 * @param bin the organisation's BIN for a legal entity's account
 * @param name the person's or organisation's name
 */
public record RegisteredUser(String userId, String login, @Nullable Iin iin, @Nullable Bin bin, String name) {
    public RegisteredUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
    }
}
