package kz.officesud.signing;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.officesud.core.contract.OrganisationRole;
import kz.officesud.core.contract.SignerIdentity;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;

/**
 * Who a certificate's holder is for the court office's rule of who may sign for an account ({@link
 * kz.officesud.core.contract.SigningAuthority}): the IIN, and for a legal entity's key the BIN and the holder's
 * roles in it, as the NCA writes them.
 */
public final class SignerIdentities {
    private SignerIdentities() {}

    /** The identity of {@code profile}'s holder; empty when the certificate names no IIN. */
    public static Optional<SignerIdentity> of(CertificateProfile profile) {
        Objects.requireNonNull(profile, "profile");
        Optional<Iin> iin = profile.iin();
        if (iin.isEmpty()) {
            return Optional.empty();
        }
        Optional<Bin> bin = profile.bin();
        if (bin.isEmpty()) {
            return Optional.of(SignerIdentity.personal(iin.get()));
        }
        Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
        for (NcaRole role : profile.roles()) {
            organisationRole(role).ifPresent(roles::add);
        }
        return Optional.of(SignerIdentity.organisation(iin.get(), bin.get(), roles));
    }

    /** The role in a legal entity that an NCA role names; empty for the roles that name none. */
    public static Optional<OrganisationRole> organisationRole(NcaRole role) {
        return Optional.ofNullable(
                switch (Objects.requireNonNull(role, "role")) {
                    case FIRST_HEAD -> OrganisationRole.FIRST_HEAD;
                    case SIGNATORY -> OrganisationRole.SIGNATORY;
                    case FINANCIAL_SIGNATORY -> OrganisationRole.FINANCIAL_SIGNATORY;
                    case HR -> OrganisationRole.HR;
                    case EMPLOYEE -> OrganisationRole.EMPLOYEE;
                    case INFORMATION_SYSTEM -> OrganisationRole.INFORMATION_SYSTEM;
                    case INDIVIDUAL, ORGANISATION, TREASURY_CLIENT -> null;
                });
    }
}
