package kz.officesud.signing.revocation;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.internal.Ocsp;
import kz.officesud.signing.internal.Randomness;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revocation by OCSP (RFC 6960), as the NCA's responder ({@code http://ocsp.pki.gov.kz/}, test
 * {@code http://test.pki.gov.kz/ocsp/}) answers it: a request with a SHA-256 CertID and a fresh nonce,
 * POSTed through an {@link HttpTransport}; the response must be signed by the certificate's CA or by a
 * responder certificate that CA issued for OCSP signing (GOST in the NCA byte order, or RSA), echo the
 * nonce, and be fresh. Any failure is {@link RevocationStatus.Unknown}, never an exception.
 *
 * <pre>{@code
 * OcspClient ocsp = OcspClient.builder().responder(OcspClient.NCA_OCSP).build();
 * CmsVerifier verifier = CmsVerifier.builder()
 *         .trustAnchors(anchors)
 *         .revocation(RevocationPolicy.preferOcsp(ocsp, crls))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OcspClient implements RevocationSource {
    private static final Logger LOG = LoggerFactory.getLogger(OcspClient.class);
    private static final String REQUEST_TYPE = "application/ocsp-request";

    /** The NCA's production OCSP responder. */
    public static final URI NCA_OCSP = URI.create("http://ocsp.pki.gov.kz/");
    /** The NCA's test OCSP responder. */
    public static final URI NCA_TEST_OCSP = URI.create("http://test.pki.gov.kz/ocsp/");

    private final @Nullable URI responder;
    private final HttpTransport transport;
    private final boolean nonce;
    private final Clock clock;

    private OcspClient(Builder builder) {
        this.responder = builder.responder;
        this.transport = builder.transport != null ? builder.transport : HttpTransport.jdk();
        this.nonce = builder.nonce;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
        URI uri = responder != null ? responder : responderOf(certificate).orElse(null);
        if (uri == null) {
            return new RevocationStatus.Unknown("no OCSP responder configured or named by the certificate", "OCSP");
        }
        byte[] nonceBytes = null;
        if (nonce) {
            nonceBytes = new byte[16];
            Randomness.secureRandom().nextBytes(nonceBytes);
        }
        byte[] request = Ocsp.request(Ocsp.certId(issuer, certificate.getSerialNumber()), nonceBytes);
        byte[] response;
        try {
            LOG.debug(
                    "OCSP request to {} for serial {}",
                    uri,
                    certificate.getSerialNumber().toString(16));
            response = transport.post(uri, REQUEST_TYPE, request);
        } catch (IOException | RuntimeException e) {
            LOG.debug("OCSP responder {} failed: {}", uri, e.toString());
            return new RevocationStatus.Unknown("the OCSP responder is unreachable: " + e.getMessage(), "OCSP " + uri);
        }
        return Ocsp.read(response, issuer, certificate.getSerialNumber(), nonceBytes, clock.instant());
    }

    /**
     * Checks an OCSP response obtained elsewhere (recorded, stapled) for the certificate with
     * {@code serial} issued by {@code issuer}, as of {@code now}.
     *
     * @param nonce the nonce the request carried, or null to skip the replay check
     */
    public static RevocationStatus checkResponse(
            byte[] response, BigInteger serial, X509Certificate issuer, byte @Nullable [] nonce, Instant now) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(now, "now");
        return Ocsp.read(response, issuer, serial, nonce, now);
    }

    /** The OCSP address in the certificate's authority information access extension. */
    public static Optional<URI> responderOf(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    ASN1OctetString.getInstance(value).getOctets());
            for (AccessDescription d : aia.getAccessDescriptions()) {
                GeneralName location = d.getAccessLocation();
                if (AccessDescription.id_ad_ocsp.equals(d.getAccessMethod())
                        && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    return Optional.of(URI.create(location.getName().toString()));
                }
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("unreadable authority information access");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "OcspClient[" + (responder == null ? "from certificate" : responder) + "]";
    }

    /** Builds an {@link OcspClient}. */
    public static final class Builder {
        private @Nullable URI responder;
        private @Nullable HttpTransport transport;
        private boolean nonce = true;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The responder to ask. Default: the one each certificate names (authority information access). */
        public Builder responder(URI responder) {
            this.responder = Objects.requireNonNull(responder, "responder");
            return this;
        }

        /** How to reach it. Default: {@link HttpTransport#jdk()}. */
        public Builder transport(HttpTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /** Whether to send a nonce and require it back (default true: protects against replayed answers). */
        public Builder nonce(boolean nonce) {
            this.nonce = nonce;
            return this;
        }

        /** The clock that judges a response's freshness. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public OcspClient build() {
            return new OcspClient(this);
        }
    }
}
