package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.Asn1Times;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.SignerIds;
import kz.officesud.signing.internal.UnsupportedAlgorithmException;
import kz.officesud.signing.internal.VerificationKey;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.Digest;
import org.jspecify.annotations.Nullable;

/**
 * The cryptographic part of checking one CMS signer: its certificate found, the content's digest equal to
 * the signed messageDigest, the content type and signingCertificate attributes, and the signature value
 * under the certificate's key in any of the algorithm forms the NCA's tools write. Shared by signatures and
 * timestamp tokens; the certificate's trust is {@link CertificateChecks}'s business.
 */
final class SignerInfoCheck {
    private SignerInfoCheck() {}

    /** A signer whose certificate was found: the certificate and the signingTime it claims. */
    record Checked(X509Certificate certificate, @Nullable Instant signingTime) {}

    /** One pass over the content, feeding a digest of every algorithm the signers name. */
    static Map<ASN1ObjectIdentifier, byte[]> digestContent(List<SignerInfo> signers, InputStream content) {
        List<ASN1ObjectIdentifier> oids = new ArrayList<>();
        for (SignerInfo signer : signers) {
            oids.add(signer.getDigestAlgorithm().getAlgorithm());
        }
        try {
            return Digests.digestAll(oids, content);
        } catch (IOException e) {
            throw new SigningException("cannot read the signed content", e);
        }
    }

    /**
     * Checks the signer (its key taken from {@code cache}); problems go to {@code problems} under
     * {@code index}.
     *
     * @return the signer's certificate and signing time; null when the certificate is not among
     *     {@code certificates} (then nothing else can be checked)
     */
    static @Nullable Checked check(
            int index,
            SignerInfo info,
            ASN1ObjectIdentifier contentType,
            Map<ASN1ObjectIdentifier, byte[]> contentDigests,
            List<X509Certificate> certificates,
            CertificatePathCache cache,
            List<VerificationProblem> problems) {
        X509Certificate certificate = SignerIds.find(info.getSID(), certificates);
        if (certificate == null) {
            problems.add(new VerificationProblem(
                    Code.SIGNER_CERTIFICATE_MISSING,
                    "the signer's certificate (" + SignerIds.describe(info.getSID()) + ") is not in the CMS",
                    index));
            return null;
        }
        AlgorithmIdentifier digestAlgorithm = info.getDigestAlgorithm();
        byte[] contentDigest = contentDigests.get(digestAlgorithm.getAlgorithm());
        if (contentDigest == null) {
            problems.add(new VerificationProblem(
                    Code.UNSUPPORTED_ALGORITHM, "unsupported digest " + digestAlgorithm.getAlgorithm(), index));
        }
        Instant signingTime = null;
        byte[] signature = info.getEncryptedDigest().getOctets();
        AlgorithmIdentifier signatureAlgorithm = info.getDigestEncryptionAlgorithm();
        try {
            VerificationKey key = cache.key(certificate);
            ASN1Set signed = info.getAuthenticatedAttributes();
            boolean signatureHolds;
            if (signed != null) {
                AttributeTable attributes = new AttributeTable(signed);
                signingTime = signingTime(attributes);
                checkContentType(attributes, contentType, index, problems);
                checkMessageDigest(attributes, contentDigest, index, problems);
                checkSigningCertificate(attributes, certificate, index, problems);
                byte[] encoded = signed.getEncoded(ASN1Encoding.DER);
                ASN1ObjectIdentifier hashOid = key.digestOid(signatureAlgorithm, digestAlgorithm);
                byte[] hash = Digests.digest(Digests.require(hashOid), encoded);
                signatureHolds = key.verifyHash(signatureAlgorithm, digestAlgorithm, hash, signature);
            } else {
                ASN1ObjectIdentifier hashOid = key.digestOid(signatureAlgorithm, digestAlgorithm);
                signatureHolds = contentDigest != null
                        && hashOid.equals(digestAlgorithm.getAlgorithm())
                        && key.verifyHash(signatureAlgorithm, digestAlgorithm, contentDigest, signature);
            }
            if (!signatureHolds) {
                problems.add(new VerificationProblem(
                        Code.SIGNATURE_INVALID, "the signature value does not verify with the signer's key", index));
            }
        } catch (UnsupportedAlgorithmException e) {
            problems.add(new VerificationProblem(Code.UNSUPPORTED_ALGORITHM, e.getMessage(), index));
        } catch (IOException | RuntimeException e) {
            problems.add(new VerificationProblem(Code.MALFORMED, "the signer info cannot be read", index));
        }
        return new Checked(certificate, signingTime);
    }

    private static @Nullable Instant signingTime(AttributeTable attributes) {
        Attribute attribute = attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        try {
            return Asn1Times.instant(attribute.getAttrValues().getObjectAt(0).toASN1Primitive());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkContentType(
            AttributeTable attributes,
            ASN1ObjectIdentifier contentType,
            int index,
            List<VerificationProblem> problems) {
        Attribute attribute = attributes.get(CMSAttributes.contentType);
        if (attribute != null && !contentType.equals(attribute.getAttrValues().getObjectAt(0))) {
            problems.add(new VerificationProblem(
                    Code.CONTENT_TYPE_MISMATCH, "the signed content type differs from the encapsulated one", index));
        }
    }

    private static void checkMessageDigest(
            AttributeTable attributes, byte @Nullable [] contentDigest, int index, List<VerificationProblem> problems) {
        Attribute attribute = attributes.get(CMSAttributes.messageDigest);
        if (attribute == null) {
            problems.add(new VerificationProblem(Code.MALFORMED, "the messageDigest attribute is missing", index));
            return;
        }
        if (contentDigest == null) {
            return; // already reported: unsupported digest
        }
        byte[] signedDigest = ASN1OctetString.getInstance(
                        attribute.getAttrValues().getObjectAt(0))
                .getOctets();
        if (!MessageDigest.isEqual(signedDigest, contentDigest)) {
            problems.add(new VerificationProblem(
                    Code.DIGEST_MISMATCH, "the content is not the content that was signed", index));
        }
    }

    private static void checkSigningCertificate(
            AttributeTable attributes, X509Certificate certificate, int index, List<VerificationProblem> problems)
            throws IOException {
        byte[] encoded;
        try {
            encoded = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
        Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            ESSCertIDv2[] ids = SigningCertificateV2.getInstance(
                            v2.getAttrValues().getObjectAt(0))
                    .getCerts();
            if (ids.length > 0) {
                ASN1ObjectIdentifier oid = ids[0].getHashAlgorithm().getAlgorithm();
                Optional<Digest> digest = Digests.create(oid);
                if (digest.isEmpty()) {
                    problems.add(new VerificationProblem(
                            Code.UNSUPPORTED_ALGORITHM, "unsupported signingCertificateV2 hash " + oid, index));
                } else if (!MessageDigest.isEqual(ids[0].getCertHash(), Digests.digest(digest.get(), encoded))) {
                    problems.add(new VerificationProblem(
                            Code.SIGNING_CERTIFICATE_MISMATCH,
                            "signingCertificateV2 names another certificate than the signer's",
                            index));
                }
            }
        }
        Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        if (v1 != null) {
            ESSCertID[] ids = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0))
                    .getCerts();
            if (ids.length > 0
                    && !MessageDigest.isEqual(
                            ids[0].getCertHash(),
                            Digests.digest(
                                    Digests.create(OIWObjectIdentifiers.idSHA1).orElseThrow(), encoded))) {
                problems.add(new VerificationProblem(
                        Code.SIGNING_CERTIFICATE_MISMATCH,
                        "signingCertificate names another certificate than the signer's",
                        index));
            }
        }
    }
}
