package kz.officesud.signing.revocation;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Answers whether a certificate was revoked: a set of CRLs ({@link CrlSource}), an OCSP responder
 * ({@link OcspClient}), or anything else (a court's own register). Implementations are thread-safe and
 * never throw for a missing answer: they return {@link RevocationStatus.Unknown}.
 */
@FunctionalInterface
public interface RevocationSource {

    /**
     * The status of {@code certificate}, issued by {@code issuer}, as of {@code at}.
     *
     * @param issuer the CA certificate that issued it (its key signs the CRL or vouches for the responder)
     */
    RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at);
}
