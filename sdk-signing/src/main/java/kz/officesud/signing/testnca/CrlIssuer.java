package kz.officesud.signing.testnca;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.internal.NcaContentSigner;
import kz.officesud.signing.revocation.Crl;
import kz.officesud.signing.revocation.RevocationReason;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The CRL part of a {@link TestNca}: full and delta CRLs as the NCA issues them (DER, signed by the
 * intermediate in the NCA's generation), numbered from one counter.
 */
final class CrlIssuer {
    private final CertificateAuthority ca;
    private final Revocations revocations;
    private final Clock clock;
    private final AtomicLong crlNumber = new AtomicLong();

    CrlIssuer(CertificateAuthority ca, Revocations revocations, Clock clock) {
        this.ca = ca;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** A full CRL: every current revocation, with its reason. */
    byte[] crl(Instant thisUpdate, Instant nextUpdate) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(ca.intermediateName(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        addEntries(builder);
        return sign(builder, null, "cannot issue a test CRL");
    }

    /**
     * A delta CRL over the full CRL {@code baseCrlNumber}: every current revocation, and each certificate
     * released from hold as {@code removeFromCRL}. Next update in an hour.
     */
    byte[] deltaCrl(BigInteger baseCrlNumber) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        X509v2CRLBuilder builder = new X509v2CRLBuilder(ca.intermediateName(), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofHours(1))));
        addEntries(builder);
        revocations
                .released()
                .forEach((serial, when) ->
                        builder.addCRLEntry(serial, Date.from(when), RevocationReason.REMOVE_FROM_CRL.code()));
        return sign(builder, baseCrlNumber, "cannot issue a test delta CRL");
    }

    private void addEntries(X509v2CRLBuilder builder) {
        for (Crl.Entry entry : revocations.entries()) {
            builder.addCRLEntry(
                    entry.serialNumber(),
                    Date.from(entry.revokedAt()),
                    entry.reason().code());
        }
    }

    private byte[] sign(X509v2CRLBuilder builder, @Nullable BigInteger baseCrlNumber, String failure) {
        try {
            builder.addExtension(
                    Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber.incrementAndGet())));
            if (baseCrlNumber != null) {
                builder.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(baseCrlNumber));
            }
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(ca.intermediateKeyId()));
            return builder.build(NcaContentSigner.of(ca.intermediateKey())).getEncoded();
        } catch (IOException e) {
            throw new SigningException(failure, e);
        }
    }
}
