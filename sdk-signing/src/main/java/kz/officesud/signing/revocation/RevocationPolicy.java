package kz.officesud.signing.revocation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.SignerReport;
import kz.officesud.signing.VerificationProblem;

/**
 * How a verifier checks that a signer's certificate was not revoked: which sources it asks, in which
 * order, and whether a missing answer fails the signature.
 *
 * <ul>
 *   <li>{@link #offline()}: no check (the default of {@link CmsVerifier});
 *   <li>{@link #crlOnly(RevocationSource)}: CRLs only;
 *   <li>{@link #preferOcsp(RevocationSource, RevocationSource)}: OCSP, and the CRL when OCSP has no answer;
 *   <li>{@link #of(RevocationSource...)}: any sources, asked in order until one gives a definite answer.
 * </ul>
 *
 * <p>By default an answer is <em>required</em>: without one the report has
 * {@link VerificationProblem.Code#REVOCATION_UNKNOWN}; {@link #bestEffort()} only records the unknown
 * status in the {@link SignerReport}. A certificate revoked or on hold ({@code certificateHold}) on or
 * before the validation time is {@link VerificationProblem.Code#REVOKED}. Immutable.
 */
public final class RevocationPolicy {
    private static final RevocationPolicy OFFLINE = new RevocationPolicy(List.of(), false);

    private final List<RevocationSource> sources;
    private final boolean required;

    private RevocationPolicy(List<RevocationSource> sources, boolean required) {
        this.sources = List.copyOf(sources);
        this.required = required;
    }

    /** No revocation check at all. */
    public static RevocationPolicy offline() {
        return OFFLINE;
    }

    public static RevocationPolicy crlOnly(RevocationSource crls) {
        return of(crls);
    }

    public static RevocationPolicy preferOcsp(RevocationSource ocsp, RevocationSource crls) {
        return of(ocsp, crls);
    }

    /** These sources, asked in order until one answers good or revoked; an answer is required. */
    public static RevocationPolicy of(RevocationSource... sources) {
        if (sources.length == 0) {
            throw new IllegalArgumentException("no revocation source: use offline()");
        }
        for (RevocationSource s : sources) {
            Objects.requireNonNull(s, "source");
        }
        return new RevocationPolicy(Arrays.asList(sources), true);
    }

    /** The same sources, but an unknown status is only recorded, not a problem. */
    public RevocationPolicy bestEffort() {
        return new RevocationPolicy(sources, false);
    }

    /** Whether the policy checks anything. */
    public boolean checks() {
        return !sources.isEmpty();
    }

    /** Whether an unknown status makes the signature fail. */
    public boolean required() {
        return required && checks();
    }

    /**
     * Asks the sources in order; the first good or revoked answer wins. A source that throws counts as
     * unknown.
     */
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        List<String> reasons = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        for (RevocationSource source : sources) {
            RevocationStatus status;
            try {
                status = source.status(certificate, issuer, at);
            } catch (RuntimeException e) {
                status = new RevocationStatus.Unknown(
                        "the source failed: " + e.getClass().getSimpleName(), source.toString());
            }
            if (!(status instanceof RevocationStatus.Unknown unknown)) {
                return status;
            }
            reasons.add(unknown.reason());
            tried.add(unknown.source());
        }
        return new RevocationStatus.Unknown(
                reasons.isEmpty() ? "no revocation source" : String.join("; ", reasons), String.join(", ", tried));
    }

    @Override
    public String toString() {
        return "RevocationPolicy[" + (checks() ? sources + (required ? ", required" : ", best effort") : "offline")
                + "]";
    }
}
