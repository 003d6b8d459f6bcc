package kz.officesud.core.wire;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An account of the court office.
 *
 * @param userId the court's id of the account
 * @param login what the holder logs in with: the BIN for a legal entity's account, else the IIN
 * @param iin the holder's IIN (for a legal entity, the registering employee's), as the court recorded it
 * @param bin the legal entity's BIN
 * @param name the person's full name
 * @param organisation the legal entity's name
 */
public record AccountView(
        String userId, String login, String iin, @Nullable String bin, String name, @Nullable String organisation) {
    public AccountView {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(name, "name");
    }
}
