package kz.officesud.examples;

import java.security.cert.X509Certificate;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.filing.ncalayer.NcaLayer;
import kz.officesud.filing.ncalayer.SignRequest;
import kz.officesud.signing.KeyPurpose;

/**
 * The README's NCALayer example, compiled: a desktop application logs in and files with a key the user chooses in
 * NCALayer on their machine.
 */
public final class NcaLayerSigning {
    private NcaLayerSigning() {}

    /** Logs in and files {@code claim}, both signed in NCALayer. */
    public static Talon file(CourtOffice office, X509Certificate ncaLayerCertificate, Claim claim) {
        // README:BEGIN
        try (NcaLayer ncaLayer = NcaLayer.builder().trust(ncaLayerCertificate).build();
                CourtSession session = office.login(
                        ncaLayer.detachedSigner(SignRequest.signing().withPurpose(KeyPurpose.AUTHENTICATION)))) {
            PreparedFiling prepared = session.prepare(claim);
            Talon talon = session.submit(prepared, ncaLayer.detachedSigner(SignRequest.signing()));
            // README:END
            return talon;
        }
    }
}
