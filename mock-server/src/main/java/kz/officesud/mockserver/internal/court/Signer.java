package kz.officesud.mockserver.internal.court;

import java.util.Objects;
import kz.officesud.core.contract.SignerIdentity;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import org.jspecify.annotations.Nullable;

/**
 * Who signed, as the court reads it from a verified signature: the identity from the certificate profile (with
 * the holder's roles in a legal entity), whether the chain ends in a test anchor, whether the key may sign
 * documents.
 */
public record Signer(
        SignerIdentity identity,
        String fullName,
        @Nullable String organisation,
        boolean testAnchor,
        boolean signingKey,
        String certificateSerial) {
    public Signer {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
    }

    public Iin iin() {
        return identity.iin();
    }

    public @Nullable Bin bin() {
        return identity.bin();
    }

    /** The account login this signer has: the BIN for a legal entity's representative, else the IIN. */
    public String login() {
        return identity.bin() != null ? identity.bin().value() : identity.iin().value();
    }

    /**
     * Whether the identity may be accepted: a production anchor holds the IIN/BIN to its checksum; a test
     * anchor does not (the NCA's own test identities fail it).
     */
    public boolean identityAcceptable() {
        return testAnchor || (iin().checksumValid() && (bin() == null || bin().checksumValid()));
    }
}
