package kz.officesud.signing.container;

import java.util.Objects;
import kz.officesud.signing.VerificationReport;

/**
 * One signature entry of a container ({@code META-INF/signature-*.cms}) and what verifying it over the
 * manifest found: its signers (Kalkan puts every co-signer into this one CMS), their certificates, paths,
 * revocation and time-stamps.
 *
 * @param entry the entry's name in the archive
 * @param report the CMS verification report
 */
public record ContainerSignature(String entry, VerificationReport report) {

    public ContainerSignature {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(report, "report");
    }
}
