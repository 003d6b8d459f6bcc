package kz.officesud.signing.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationStatus;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.ocsp.CertStatus;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.Request;
import org.bouncycastle.asn1.ocsp.ResponderID;
import org.bouncycastle.asn1.ocsp.ResponseData;
import org.bouncycastle.asn1.ocsp.RevokedInfo;
import org.bouncycastle.asn1.ocsp.SingleResponse;
import org.bouncycastle.asn1.ocsp.TBSRequest;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.crypto.Digest;
import org.jspecify.annotations.Nullable;

/** OCSP (RFC 6960) messages: requests with a SHA-256 CertID and a nonce, and checked responses. */
public final class Ocsp {
    private static final Duration SKEW = Duration.ofMinutes(5);

    private Ocsp() {}

    /** The CertID of {@code serial} under {@code issuer}, hashed with SHA-256. */
    public static CertID certId(X509Certificate issuer, BigInteger serial) {
        return certId(issuer, serial, NISTObjectIdentifiers.id_sha256);
    }

    static CertID certId(X509Certificate issuer, BigInteger serial, ASN1ObjectIdentifier hash) {
        Certificate certificate = certificate(issuer);
        Digest nameDigest = Digests.create(hash).orElseThrow(() -> new IllegalArgumentException("hash " + hash));
        Digest keyDigest = Digests.create(hash).orElseThrow();
        byte[] nameHash;
        try {
            nameHash = Digests.digest(nameDigest, certificate.getSubject().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalArgumentException("issuer name cannot be encoded", e);
        }
        byte[] keyHash = Digests.digest(
                keyDigest,
                certificate.getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
        return new CertID(
                new AlgorithmIdentifier(hash, DERNull.INSTANCE),
                new DEROctetString(nameHash),
                new DEROctetString(keyHash),
                new ASN1Integer(serial));
    }

    /** The nonce extension (RFC 6960 section 4.4.1) around {@code nonce}, or null without one. */
    public static @Nullable Extensions nonceExtension(byte @Nullable [] nonce) throws IOException {
        return nonce == null
                ? null
                : new Extensions(new Extension(
                        OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                        false,
                        new DEROctetString(new DEROctetString(nonce))));
    }

    /** A DER OCSPRequest for one certificate, with the nonce extension when {@code nonce} is given. */
    public static byte[] request(CertID id, byte @Nullable [] nonce) {
        try {
            Extensions extensions = nonceExtension(nonce);
            TBSRequest tbs = new TBSRequest(null, new DERSequence(new Request(id, null)), extensions);
            return new OCSPRequest(tbs, null).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an OCSP request", e);
        }
    }

    /**
     * Reads and checks a response: successful, a basic response signed by the issuer or by a responder
     * the issuer certified for OCSP signing, echoing the nonce, fresh at {@code now}, and naming the
     * certificate. Anything else is {@link RevocationStatus.Unknown} with the reason.
     */
    public static RevocationStatus read(
            byte[] der, X509Certificate issuer, BigInteger serial, byte @Nullable [] nonce, Instant now) {
        try {
            return check(der, issuer, serial, nonce, now);
        } catch (IOException | RuntimeException e) {
            return new RevocationStatus.Unknown("the OCSP response cannot be read", "OCSP");
        }
    }

    private static RevocationStatus check(
            byte[] der, X509Certificate issuer, BigInteger serial, byte @Nullable [] nonce, Instant now)
            throws IOException {
        OCSPResponse response = OCSPResponse.getInstance(ASN1Primitive.fromByteArray(der));
        int status = response.getResponseStatus().getIntValue();
        if (status != OCSPResponseStatus.SUCCESSFUL) {
            return unknown("the responder refused: " + statusName(status));
        }
        if (response.getResponseBytes() == null
                || !OCSPObjectIdentifiers.id_pkix_ocsp_basic.equals(
                        response.getResponseBytes().getResponseType())) {
            return unknown("not a basic OCSP response");
        }
        BasicOCSPResponse basic = BasicOCSPResponse.getInstance(ASN1Primitive.fromByteArray(
                response.getResponseBytes().getResponse().getOctets()));
        ResponseData data = basic.getTbsResponseData();
        Instant producedAt = time(data.getProducedAt());

        X509Certificate responder = responder(data.getResponderID(), basic.getCerts(), issuer);
        if (responder == null) {
            return unknown("the responder's certificate is neither the issuer nor in the response");
        }
        String source = "OCSP " + CertificateProfile.of(responder).commonName() + " at " + producedAt;
        if (!responder.equals(issuer)) {
            if (!CertificatePaths.signedBy(responder, issuer)) {
                return unknown("the responder's certificate is not issued by the certificate's CA");
            }
            if (!ocspSigning(responder)) {
                return unknown("the responder's certificate is not for OCSP signing");
            }
            if (producedAt.isBefore(responder.getNotBefore().toInstant())
                    || producedAt.isAfter(responder.getNotAfter().toInstant())) {
                return unknown("the responder's certificate was not valid at " + producedAt);
            }
        }
        if (!Signatures.verify(
                responder,
                basic.getSignatureAlgorithm(),
                data.getEncoded(ASN1Encoding.DER),
                basic.getSignature().getOctets())) {
            return unknown("the OCSP response's signature does not verify");
        }
        if (nonce != null) {
            byte[] echoed = nonce(data.getResponseExtensions());
            if (echoed == null || !MessageDigest.isEqual(echoed, nonce)) {
                return unknown("the OCSP response does not echo the request's nonce (a replay?)");
            }
        }
        for (ASN1Encodable e : data.getResponses()) {
            SingleResponse single = SingleResponse.getInstance(e);
            if (!matches(single.getCertID(), issuer, serial)) {
                continue;
            }
            Instant thisUpdate = time(single.getThisUpdate());
            if (thisUpdate.isAfter(now.plus(SKEW))) {
                return unknown("the OCSP response is dated in the future (" + thisUpdate + ")");
            }
            if (single.getNextUpdate() != null
                    && now.isAfter(time(single.getNextUpdate()).plus(SKEW))) {
                return unknown("the OCSP response is stale (next update " + time(single.getNextUpdate()) + ")");
            }
            CertStatus certStatus = single.getCertStatus();
            switch (certStatus.getTagNo()) {
                case 0:
                    return new RevocationStatus.Good(source);
                case 1:
                    RevokedInfo info = RevokedInfo.getInstance(certStatus.getStatus());
                    RevocationReason reason = info.getRevocationReason() == null
                            ? RevocationReason.UNSPECIFIED
                            : RevocationReason.ofCode(info.getRevocationReason()
                                            .getValue()
                                            .intValueExact())
                                    .orElse(RevocationReason.UNSPECIFIED);
                    return new RevocationStatus.Revoked(time(info.getRevocationTime()), reason, source);
                default:
                    return new RevocationStatus.Unknown("the responder does not know the certificate", source);
            }
        }
        return unknown("the OCSP response does not name the certificate");
    }

    private static RevocationStatus unknown(String reason) {
        return new RevocationStatus.Unknown(reason, "OCSP");
    }

    private static String statusName(int status) {
        return switch (status) {
            case OCSPResponseStatus.MALFORMED_REQUEST -> "malformedRequest";
            case OCSPResponseStatus.INTERNAL_ERROR -> "internalError";
            case OCSPResponseStatus.TRY_LATER -> "tryLater";
            case OCSPResponseStatus.SIG_REQUIRED -> "sigRequired";
            case OCSPResponseStatus.UNAUTHORIZED -> "unauthorized";
            default -> "status " + status;
        };
    }

    /** The nonce extension's value (an OCTET STRING; tolerates responders that send the bare bytes). */
    public static byte @Nullable [] nonce(@Nullable Extensions extensions) {
        if (extensions == null) {
            return null;
        }
        Extension extension = extensions.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (extension == null) {
            return null;
        }
        byte[] value = extension.getExtnValue().getOctets();
        try {
            return ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(value))
                    .getOctets();
        } catch (IOException | RuntimeException e) {
            return value;
        }
    }

    /** Whether a CertID names {@code serial} under {@code issuer} (with whatever hash it uses). */
    public static boolean matches(CertID id, X509Certificate issuer, BigInteger serial) {
        if (!id.getSerialNumber().getValue().equals(serial)) {
            return false;
        }
        ASN1ObjectIdentifier hash = id.getHashAlgorithm().getAlgorithm();
        if (Digests.create(hash).isEmpty()) {
            return false;
        }
        CertID expected = certId(issuer, serial, hash);
        return Arrays.equals(
                        expected.getIssuerNameHash().getOctets(),
                        id.getIssuerNameHash().getOctets())
                && Arrays.equals(
                        expected.getIssuerKeyHash().getOctets(),
                        id.getIssuerKeyHash().getOctets());
    }

    private static @Nullable X509Certificate responder(
            ResponderID id, @Nullable ASN1Sequence certs, X509Certificate issuer) throws IOException {
        List<X509Certificate> candidates = new ArrayList<>();
        if (certs != null) {
            CertificateFactory factory;
            try {
                factory = CertificateFactory.getInstance("X.509");
                for (ASN1Encodable c : certs) {
                    candidates.add((X509Certificate) factory.generateCertificate(
                            new java.io.ByteArrayInputStream(c.toASN1Primitive().getEncoded(ASN1Encoding.DER))));
                }
            } catch (CertificateException e) {
                throw new IOException("an embedded responder certificate cannot be read", e);
            }
        }
        candidates.add(issuer);
        for (X509Certificate candidate : candidates) {
            Certificate c = certificate(candidate);
            if (id.getName() != null) {
                if (X500Name.getInstance(c.getSubject()).equals(id.getName())) {
                    return candidate;
                }
            } else if (id.getKeyHash() != null) {
                byte[] sha1 = Digests.digest(
                        Digests.create(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)
                                .orElseThrow(),
                        c.getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
                if (Arrays.equals(sha1, id.getKeyHash())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean ocspSigning(X509Certificate certificate) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return usages != null && usages.contains(KeyPurposeId.id_kp_OCSPSigning.getId());
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }

    private static Instant time(ASN1GeneralizedTime time) throws IOException {
        try {
            return time.getDate().toInstant();
        } catch (java.text.ParseException e) {
            throw new IOException("bad time in an OCSP response", e);
        }
    }

    static Certificate certificate(X509Certificate certificate) {
        try {
            return Certificate.getInstance(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }
}
