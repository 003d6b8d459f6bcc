package kz.officesud.signing;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.CertificatePaths;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What every signature format checks about the certificate that signed: valid at the instant, fit for the
 * purpose, a certification path to one of the anchors whose CA certificates are valid too, and the
 * revocation status. CMS signers, XMLDSig signers and TSAs are checked by the same code, each with its own
 * anchors and purpose. Immutable.
 */
final class CertificateChecks {
    /** id-kp-timeStamping: what a TSA's certificate must say. */
    static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";

    private final TrustAnchors anchors;
    private final @Nullable KeyPurpose purpose;
    private final @Nullable String extendedKeyUsage;
    private final RevocationPolicy revocation;
    private final CertificatePathCache cache;

    private CertificateChecks(
            TrustAnchors anchors,
            @Nullable KeyPurpose purpose,
            @Nullable String extendedKeyUsage,
            RevocationPolicy revocation,
            CertificatePathCache cache) {
        this.anchors = anchors;
        this.purpose = purpose;
        this.extendedKeyUsage = extendedKeyUsage;
        this.revocation = revocation;
        this.cache = cache;
    }

    /** Signers: these anchors, this purpose (null: any), this revocation policy. */
    static CertificateChecks signers(
            TrustAnchors anchors,
            @Nullable KeyPurpose purpose,
            RevocationPolicy revocation,
            CertificatePathCache cache) {
        return new CertificateChecks(anchors, purpose, null, revocation, cache);
    }

    /** TSAs: these anchors, the timeStamping extended key usage, no revocation check. */
    static CertificateChecks timeStamping(TrustAnchors anchors, CertificatePathCache cache) {
        return new CertificateChecks(anchors, null, TIME_STAMPING, RevocationPolicy.offline(), cache);
    }

    TrustAnchors anchors() {
        return anchors;
    }

    /** What the paths' links and the signers' keys are remembered in. */
    CertificatePathCache cache() {
        return cache;
    }

    /**
     * Checks {@code certificate} at {@code at}; the problems go to {@code problems} under {@code index}.
     *
     * @param pool certificates that may complete the path (the signature's own, other anchors'); trust
     *     comes only from the anchors
     * @param problemsBefore the size of {@code problems} before this signer's checks began: the signer is
     *     valid when none were added since
     */
    SignerReport check(
            X509Certificate certificate,
            @Nullable Instant signingTime,
            List<X509Certificate> pool,
            Instant at,
            int index,
            int problemsBefore,
            List<VerificationProblem> problems) {
        CertificateProfile profile = CertificateProfile.of(certificate);
        checkValidity(certificate, at, () -> "the signer's certificate", index, problems);
        checkPurpose(profile, certificate, index, problems);
        List<X509Certificate> candidates = new ArrayList<>(anchors.roots());
        candidates.addAll(anchors.intermediates());
        for (X509Certificate c : pool) {
            if (!candidates.contains(c)) {
                candidates.add(c);
            }
        }
        Optional<List<X509Certificate>> path =
                CertificatePaths.build(certificate, candidates, anchors::isRoot, cache.links());
        boolean testAnchor = false;
        RevocationStatus revocationStatus = null;
        if (path.isEmpty()) {
            problems.add(new VerificationProblem(
                    Code.UNTRUSTED_CHAIN,
                    "no certification path from "
                            + profile.commonName()
                            + " (issued by "
                            + profile.issuer() + ") to a trusted root ("
                            + anchors + ")",
                    index));
        } else {
            List<X509Certificate> found = path.get();
            for (int i = 1; i < found.size(); i++) {
                X509Certificate ca = found.get(i);
                checkValidity(
                        ca,
                        at,
                        () -> "the CA certificate " + CertificateProfile.of(ca).commonName(),
                        index,
                        problems);
            }
            testAnchor = anchors.isTest(found.get(found.size() - 1));
            if (found.size() >= 2 && revocation.checks()) {
                revocationStatus = checkRevocation(certificate, found.get(1), at, index, problems);
            }
        }
        boolean valid = problems.size() == problemsBefore;
        return new SignerReport(
                certificate, profile, signingTime, path.orElse(List.of()), testAnchor, valid, revocationStatus);
    }

    /** A problem under {@code index} when {@code certificate} is not valid at {@code at}; {@code what} names it. */
    static void checkValidity(
            X509Certificate certificate,
            Instant at,
            Supplier<String> what,
            int index,
            List<VerificationProblem> problems) {
        if (at.isBefore(certificate.getNotBefore().toInstant())) {
            problems.add(new VerificationProblem(
                    Code.NOT_YET_VALID,
                    what.get() + " is valid only from "
                            + certificate.getNotBefore().toInstant(),
                    index));
        } else if (at.isAfter(certificate.getNotAfter().toInstant())) {
            problems.add(new VerificationProblem(
                    Code.EXPIRED,
                    what.get() + " expired " + certificate.getNotAfter().toInstant(),
                    index));
        }
    }

    private void checkPurpose(
            CertificateProfile profile, X509Certificate certificate, int index, List<VerificationProblem> problems) {
        if (purpose != null) {
            Set<KeyPurpose> purposes = profile.purposes();
            if (!purposes.contains(purpose)) {
                problems.add(new VerificationProblem(
                        Code.WRONG_PURPOSE, "the certificate is for " + purposes + ", not " + purpose, index));
            }
        }
        if (extendedKeyUsage != null && !hasExtendedKeyUsage(certificate, extendedKeyUsage)) {
            problems.add(new VerificationProblem(
                    Code.WRONG_PURPOSE,
                    "the certificate lacks the extended key usage " + extendedKeyUsage
                            + (TIME_STAMPING.equals(extendedKeyUsage) ? " (timeStamping): not a TSA" : ""),
                    index));
        }
    }

    private static boolean hasExtendedKeyUsage(X509Certificate certificate, String oid) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return usages != null && usages.contains(oid);
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    private RevocationStatus checkRevocation(
            X509Certificate certificate,
            X509Certificate issuer,
            Instant at,
            int index,
            List<VerificationProblem> problems) {
        RevocationStatus status = revocation.status(certificate, issuer, at);
        if (status instanceof RevocationStatus.Revoked revoked && revoked.effectiveAt(at)) {
            problems.add(new VerificationProblem(
                    Code.REVOKED,
                    "the signer's certificate was revoked on " + revoked.revokedAt() + " ("
                            + revoked.reason().name().toLowerCase(Locale.ROOT) + ", per " + revoked.source() + ")",
                    index));
        } else if (status instanceof RevocationStatus.Unknown unknown && revocation.required()) {
            problems.add(new VerificationProblem(
                    Code.REVOCATION_UNKNOWN,
                    "the revocation status of the signer's certificate is unknown: " + unknown.reason(),
                    index));
        }
        return status;
    }
}
