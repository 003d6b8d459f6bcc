package kz.officesud.signing.testnca;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.officesud.signing.revocation.Crl;
import kz.officesud.signing.revocation.RevocationReason;

/**
 * What a {@link TestNca} has revoked, and what it has released from hold since: the register its CRL
 * issuer lists and its OCSP responder answers from. Thread-safe.
 */
final class Revocations {
    private final CertificateAuthority ca;
    private final Map<BigInteger, Crl.Entry> revoked = new ConcurrentHashMap<>();
    private final Map<BigInteger, Instant> released = new ConcurrentHashMap<>();

    Revocations(CertificateAuthority ca) {
        this.ca = ca;
    }

    void revoke(X509Certificate certificate, RevocationReason reason, Instant revokedAt) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (!ca.issued(certificate)) {
            throw new IllegalArgumentException("not a certificate of this test NCA");
        }
        BigInteger serial = certificate.getSerialNumber();
        revoked.put(serial, new Crl.Entry(serial, revokedAt.truncatedTo(ChronoUnit.SECONDS), reason, null));
    }

    void release(X509Certificate certificate, Instant at) {
        if (revoked.remove(certificate.getSerialNumber()) != null) {
            released.put(certificate.getSerialNumber(), at.truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** The revocation of a serial number this CA issued, if any. */
    Optional<Crl.Entry> find(BigInteger serial) {
        return Optional.ofNullable(revoked.get(serial));
    }

    /** Every current revocation. */
    List<Crl.Entry> entries() {
        return List.copyOf(revoked.values());
    }

    /** The serial numbers released from hold, and when. */
    Map<BigInteger, Instant> released() {
        return Map.copyOf(released);
    }
}
