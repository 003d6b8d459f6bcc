package kz.officesud.filing;

import java.util.Objects;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaSigner;

/**
 * Something that makes a detached CMS over bytes, wherever the key is: a key file in this process ({@link
 * #of(NcaSigner)}), NCALayer on the user's machine ({@code NcaLayer.detachedSigner}), a signing service. The court
 * office needs nothing else to log a user in by signature or to send a prepared filing.
 */
@FunctionalInterface
public interface DetachedCmsSigner {

    /** A detached CMS (DER) over {@code data}. */
    byte[] signDetached(byte[] data);

    /** Signs with a key held in this process. */
    static DetachedCmsSigner of(NcaSigner signer) {
        Objects.requireNonNull(signer, "signer");
        return data -> Cms.signDetached(signer, data);
    }
}
