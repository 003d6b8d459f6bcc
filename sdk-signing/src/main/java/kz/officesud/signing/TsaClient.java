package kz.officesud.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.MessageDigest;
import java.util.Objects;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.ParserFault;
import kz.officesud.signing.internal.Randomness;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.tsp.TimeStampReq;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets RFC 3161 timestamps from a TSA (the NCA's {@code http://tsp.pki.gov.kz/}, test
 * {@code http://test.pki.gov.kz/tsp/}) over an {@link HttpTransport}: a request with a nonce and the
 * policy that fits the key ({@code 1.2.398.3.3.2.6.4} GOST-2015, {@code .6.2} RSA, {@code .6.1}
 * GOST-2004), and a response checked on the way in: granted, the nonce and imprint echoed, the policy
 * kept, and - when {@link Builder#verifier} is set - the token's signature and TSA certificate verified.
 * {@link Cms#addTimestamp} uses it to make CAdES-T. Immutable and thread-safe.
 */
public final class TsaClient {
    private static final Logger LOG = LoggerFactory.getLogger(TsaClient.class);

    /** The NCA's production TSA. */
    public static final URI NCA_TSA = URI.create("http://tsp.pki.gov.kz/");
    /** The NCA's test TSA. */
    public static final URI NCA_TEST_TSA = URI.create("http://test.pki.gov.kz/tsp/");

    private final URI uri;
    private final HttpTransport transport;
    private final @Nullable String policy;
    private final @Nullable CmsVerifier verifier;

    private TsaClient(Builder builder) {
        this.uri = Objects.requireNonNull(builder.uri, "the TSA address is required");
        this.transport = builder.transport != null ? builder.transport : HttpTransport.jdk();
        this.policy = builder.policy;
        this.verifier = builder.verifier;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The NCA policy for signatures made with {@code algorithm}. */
    public static String ncaPolicy(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2015_512 -> "1.2.398.3.3.2.6.4";
            case GOST_2004 -> "1.2.398.3.3.2.6.1";
            case RSA -> "1.2.398.3.3.2.6.2";
        };
    }

    /**
     * A timestamp over {@code data}, hashed with {@code algorithm}'s digest, under the configured policy
     * or else the NCA policy for that algorithm.
     *
     * @throws RevocationException if the TSA cannot be reached, refuses, or answers something that does not check out
     */
    public Timestamp timestamp(byte[] data, KeyAlgorithm algorithm) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(algorithm, "algorithm");
        ASN1ObjectIdentifier digestOid = new ASN1ObjectIdentifier(algorithm.digestOid());
        byte[] imprint = Digests.digest(Digests.create(digestOid).orElseThrow(), data);
        String requested = policy != null ? policy : ncaPolicy(algorithm);
        BigInteger nonce = new BigInteger(63, Randomness.secureRandom());
        TimeStampReq request = new TimeStampReq(
                new MessageImprint(new AlgorithmIdentifier(digestOid, DERNull.INSTANCE), imprint),
                new ASN1ObjectIdentifier(requested),
                new ASN1Integer(nonce),
                ASN1Boolean.TRUE,
                null);
        byte[] response;
        try {
            LOG.debug("timestamp request to {}, policy {}", uri, requested);
            response = transport.post(uri, "application/timestamp-query", request.getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new RevocationException("the TSA " + uri + " cannot be reached: " + e.getMessage(), e);
        }
        try {
            return check(response, nonce, digestOid, imprint, requested, data);
        } catch (RuntimeException e) {
            // the boundary: the TSA's bytes broke a reader in a way no check foresaw (a RevocationException passes)
            ParserFault fault = ParserFault.of("TsaClient.timestamp", e);
            throw new RevocationException(fault.describe("the TSA's answer"), fault);
        }
    }

    /** The timestamp the TSA answered, checked against the request. */
    private Timestamp check(
            byte[] response,
            BigInteger nonce,
            ASN1ObjectIdentifier digestOid,
            byte[] imprint,
            String requested,
            byte[] data) {
        byte[] token = token(response);
        Timestamp timestamp;
        TSTInfo info;
        try {
            timestamp = Timestamp.parse(token);
            info = Timestamp.tstInfo(token);
        } catch (SignatureFormatException e) {
            throw new RevocationException("the TSA answered with a token that cannot be read: " + e.getMessage(), e);
        }
        if (info.getNonce() == null || !info.getNonce().getValue().equals(nonce)) {
            throw new RevocationException("the TSA's answer does not echo the request's nonce");
        }
        if (!timestamp.digestOid().equals(digestOid.getId()) || !MessageDigest.isEqual(timestamp.imprint(), imprint)) {
            throw new RevocationException("the TSA stamped another imprint than the one asked for");
        }
        if (!timestamp.policy().equals(requested)) {
            throw new RevocationException("the TSA answered under policy " + timestamp.policy() + ", not " + requested);
        }
        if (verifier != null) {
            VerificationReport report = verifier.verifyTimestamp(token, data);
            if (!report.valid()) {
                throw new RevocationException("the TSA's token does not verify: " + report.problems());
            }
        }
        return timestamp;
    }

    private static byte[] token(byte[] response) {
        TimeStampResp resp;
        try {
            resp = TimeStampResp.getInstance(ASN1Primitive.fromByteArray(response));
            resp.getStatus().getStatus();
        } catch (IOException | RuntimeException e) {
            throw new RevocationException("not a timestamp response", e);
        }
        int status = resp.getStatus().getStatus().intValue();
        if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
            throw new RevocationException("the TSA refused the request (status " + status + ")");
        }
        if (resp.getTimeStampToken() == null) {
            throw new RevocationException("the TSA granted but sent no token");
        }
        try {
            return resp.getTimeStampToken().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new RevocationException("the timestamp token cannot be encoded", e);
        }
    }

    @Override
    public String toString() {
        return "TsaClient[" + uri + "]";
    }

    /** Builds a {@link TsaClient}. */
    public static final class Builder {
        private @Nullable URI uri;
        private @Nullable HttpTransport transport;
        private @Nullable String policy;
        private @Nullable CmsVerifier verifier;

        private Builder() {}

        /** The TSA's address (required), e.g. {@link #NCA_TSA}. */
        public Builder uri(URI uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        public Builder transport(HttpTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /** A fixed policy OID; default: the NCA policy for each signer's algorithm. */
        public Builder policy(String policyOid) {
            this.policy = new ASN1ObjectIdentifier(Objects.requireNonNull(policyOid, "policyOid")).getId();
            return this;
        }

        /** Verify each token with this verifier's TSA anchors ({@link CmsVerifier.Builder#tsaTrustAnchors}) before accepting it. */
        public Builder verifier(CmsVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        public TsaClient build() {
            return new TsaClient(this);
        }
    }
}
