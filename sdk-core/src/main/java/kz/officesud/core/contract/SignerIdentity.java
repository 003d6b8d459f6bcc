package kz.officesud.core.contract;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import org.jspecify.annotations.Nullable;

/**
 * Who signed, as the signer's certificate says: the person's IIN, and for a legal entity's key the
 * organisation's BIN and the holder's roles in it. The signing library reads it from a certificate.
 *
 * @param iin the signer's IIN
 * @param bin the organisation's BIN for a legal entity's key; absent for a personal key
 * @param roles the holder's roles in the organisation (empty for a personal key)
 */
public record SignerIdentity(Iin iin, @Nullable Bin bin, Set<OrganisationRole> roles) {
    public SignerIdentity {
        Objects.requireNonNull(iin, "iin");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (bin == null && !roles.isEmpty()) {
            throw new IllegalArgumentException("a personal key has no roles in an organisation: " + roles);
        }
    }

    /** A personal key (an individual's). */
    public static SignerIdentity personal(Iin iin) {
        return new SignerIdentity(iin, null, Set.of());
    }

    /** A legal entity's key held by the person {@code iin} in {@code roles}. */
    public static SignerIdentity organisation(Iin iin, Bin bin, Set<OrganisationRole> roles) {
        return new SignerIdentity(iin, Objects.requireNonNull(bin, "bin"), roles);
    }

    /** Whether the key is a legal entity's. */
    public boolean organisationKey() {
        return bin != null;
    }

    /** Whether the holder signs for the organisation without a power of attorney (first head, signatory). */
    public boolean actsForOrganisation() {
        return roles.stream().anyMatch(OrganisationRole::actsWithoutPowerOfAttorney);
    }
}
