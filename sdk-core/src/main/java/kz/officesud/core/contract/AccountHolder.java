package kz.officesud.core.contract;

import java.util.Objects;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import org.jspecify.annotations.Nullable;

/**
 * The holder of a court-office account, as registered: an individual by IIN, or a legal entity by BIN with the
 * IIN of the employee whose key registered it. An individual logs in by IIN, a legal entity's representative by
 * BIN (the 2018 rules, §7).
 *
 * @param iin the individual's IIN, or the registering employee's for a legal entity's account
 * @param bin the legal entity's BIN; absent for an individual's account
 */
public record AccountHolder(Iin iin, @Nullable Bin bin) {
    public AccountHolder {
        Objects.requireNonNull(iin, "iin");
    }

    /** An individual's account. */
    public static AccountHolder individual(Iin iin) {
        return new AccountHolder(iin, null);
    }

    /** A legal entity's account, registered by the employee {@code iin}. */
    public static AccountHolder legalEntity(Bin bin, Iin iin) {
        return new AccountHolder(iin, Objects.requireNonNull(bin, "bin"));
    }

    /** Whether this is a legal entity's account. */
    public boolean legalEntity() {
        return bin != null;
    }
}
