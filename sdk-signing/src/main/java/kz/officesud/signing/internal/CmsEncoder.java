package kz.officesud.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.NcaSigner;
import kz.officesud.signing.SigningException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.crypto.Digest;
import org.jspecify.annotations.Nullable;

/** Builds Kalkan-shaped CMS {@code SignedData} with Bouncy Castle's ASN.1 classes. */
public final class CmsEncoder {
    private CmsEncoder() {}

    /**
     * Signs: digests {@code content} (streamed), builds the signed attributes, has the signer sign
     * their DER encoding and wraps everything into a DER {@code ContentInfo}.
     *
     * @param attached the content to embed, or null for a detached signature
     */
    public static byte[] sign(NcaSigner signer, InputStream content, byte @Nullable [] attached, Instant signingTime)
            throws IOException {
        byte[] messageDigest = digest(signer.algorithm(), content);
        return assemble(List.of(signerInfo(signer, messageDigest, signingTime)), signer.chain(), attached);
    }

    /** The digest of {@code content} with the algorithm's digest (Streebog-512, GOST 34.311-95, SHA-256). */
    public static byte[] digest(KeyAlgorithm algorithm, InputStream content) throws IOException {
        return Digests.digest(newDigest(algorithm), content);
    }

    public static int digestLength(KeyAlgorithm algorithm) {
        return newDigest(algorithm).getDigestSize();
    }

    private static Digest newDigest(KeyAlgorithm algorithm) {
        ASN1ObjectIdentifier oid = new ASN1ObjectIdentifier(algorithm.digestOid());
        return Digests.create(oid).orElseThrow(() -> new SigningException("unsupported digest " + oid));
    }

    /** A signer info with Kalkan's signed attributes over {@code messageDigest}, signed by {@code signer}. */
    public static SignerInfo signerInfo(NcaSigner signer, byte[] messageDigest, Instant signingTime)
            throws IOException {
        ASN1Set signedAttributes =
                signedAttributes(signer.certificate(), signer.algorithm(), messageDigest, signingTime);
        byte[] signature = signer.sign(signedAttributes.getEncoded(ASN1Encoding.DER));
        return signerInfo(signer.certificate(), signer.algorithm(), signedAttributes, signature);
    }

    /** contentType, signingTime, signingCertificateV2, messageDigest (the set Kalkan emits), in DER. */
    public static ASN1Set signedAttributes(
            X509Certificate x509, KeyAlgorithm algorithm, byte[] messageDigest, Instant signingTime)
            throws IOException {
        return signedAttributes(x509, algorithm, messageDigest, CMSObjectIdentifiers.data, signingTime);
    }

    /** The same, for another encapsulated content type (a timestamp token's TSTInfo). */
    public static ASN1Set signedAttributes(
            X509Certificate x509,
            KeyAlgorithm algorithm,
            byte[] messageDigest,
            ASN1ObjectIdentifier contentType,
            Instant signingTime)
            throws IOException {
        Certificate certificate = certificate(x509);
        ASN1ObjectIdentifier digestOid = new ASN1ObjectIdentifier(algorithm.digestOid());
        AlgorithmIdentifier digestAlgorithm = new AlgorithmIdentifier(digestOid, DERNull.INSTANCE);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(attribute(CMSAttributes.contentType, contentType));
        attributes.add(attribute(CMSAttributes.signingTime, new Time(Date.from(signingTime))));
        attributes.add(attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                signingCertificateV2(certificate, digestOid, digestAlgorithm)));
        attributes.add(attribute(CMSAttributes.messageDigest, new DEROctetString(messageDigest)));
        return new DERSet(attributes);
    }

    public static SignerInfo signerInfo(
            X509Certificate x509, KeyAlgorithm algorithm, ASN1Set signedAttributes, byte[] signature) {
        Certificate certificate = certificate(x509);
        return new SignerInfo(
                new SignerIdentifier(new IssuerAndSerialNumber(
                        certificate.getIssuer(), certificate.getSerialNumber().getValue())),
                new AlgorithmIdentifier(new ASN1ObjectIdentifier(algorithm.digestOid()), DERNull.INSTANCE),
                signedAttributes,
                new AlgorithmIdentifier(new ASN1ObjectIdentifier(algorithm.signatureOid()), DERNull.INSTANCE),
                new DEROctetString(signature),
                null);
    }

    /** A DER ContentInfo(SignedData) version 1 around these signers and certificates. */
    public static byte[] assemble(List<SignerInfo> signers, List<X509Certificate> chain, byte @Nullable [] attached)
            throws IOException {
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        for (X509Certificate c : chain) {
            certificates.add(certificate(c));
        }
        ContentInfo encapsulated =
                new ContentInfo(CMSObjectIdentifiers.data, attached == null ? null : new DEROctetString(attached));
        return assemble(signers, new DLSet(certificates), encapsulated, null);
    }

    private static byte[] assemble(
            List<SignerInfo> signers, ASN1Set certificates, ContentInfo encapsulated, @Nullable ASN1Set crls)
            throws IOException {
        ASN1EncodableVector digestAlgorithms = new ASN1EncodableVector();
        ASN1EncodableVector signerInfos = new ASN1EncodableVector();
        for (SignerInfo signer : signers) {
            if (!contains(digestAlgorithms, signer.getDigestAlgorithm())) {
                digestAlgorithms.add(signer.getDigestAlgorithm());
            }
            signerInfos.add(signer);
        }
        // Signers keep their order (a co-signer is appended; report indices stay stable): DL, not DER, which
        // would sort the SET OF by encoding. Each signer's signed attributes stay DER, as they were signed.
        SignedData signedData =
                new SignedData(new DLSet(digestAlgorithms), encapsulated, certificates, crls, new DLSet(signerInfos));
        return new ContentInfo(CMSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DL);
    }

    private static boolean contains(ASN1EncodableVector vector, AlgorithmIdentifier algorithm) {
        for (int i = 0; i < vector.size(); i++) {
            if (AlgorithmIdentifier.getInstance(vector.get(i)).getAlgorithm().equals(algorithm.getAlgorithm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code cms} with one more signer: the earlier signer infos, certificates and CRLs are kept byte for
     * byte; the new signer's certificates are added unless already present.
     *
     * @throws IllegalArgumentException if {@code cms} is not a CMS SignedData
     */
    public static byte[] addSigner(byte[] cms, SignerInfo added, List<X509Certificate> chain) throws IOException {
        SignedData existing = signedData(cms);
        List<SignerInfo> signers = new java.util.ArrayList<>();
        for (ASN1Encodable e : existing.getSignerInfos()) {
            signers.add(SignerInfo.getInstance(e));
        }
        signers.add(added);
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        java.util.Set<ASN1Encodable> seen = new java.util.HashSet<>();
        if (existing.getCertificates() != null) {
            for (ASN1Encodable c : existing.getCertificates()) {
                certificates.add(c);
                seen.add(c.toASN1Primitive());
            }
        }
        for (X509Certificate c : chain) {
            Certificate certificate = certificate(c);
            if (seen.add(certificate.toASN1Primitive())) {
                certificates.add(certificate);
            }
        }
        return assemble(signers, new DLSet(certificates), existing.getEncapContentInfo(), existing.getCRLs());
    }

    /**
     * An attached CMS around {@code content} of type {@code contentType} (the test TSA's tokens carry a
     * TSTInfo), with Kalkan's signed attributes.
     */
    public static byte[] signContent(
            NcaSigner signer, ASN1ObjectIdentifier contentType, byte[] content, Instant signingTime)
            throws IOException {
        byte[] messageDigest = digest(signer.algorithm(), new java.io.ByteArrayInputStream(content));
        ASN1Set signedAttributes =
                signedAttributes(signer.certificate(), signer.algorithm(), messageDigest, contentType, signingTime);
        byte[] signature = signer.sign(signedAttributes.getEncoded(ASN1Encoding.DER));
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        for (X509Certificate c : signer.chain()) {
            certificates.add(certificate(c));
        }
        return assemble(
                List.of(signerInfo(signer.certificate(), signer.algorithm(), signedAttributes, signature)),
                new DLSet(certificates),
                new ContentInfo(contentType, new DEROctetString(content)),
                null);
    }

    /**
     * {@code cms} with each signer's unsigned attributes replaced by {@code unsigned.apply(signer)} (used to
     * add signature timestamps); everything else is kept.
     */
    public static byte[] withUnsignedAttributes(
            byte[] cms, java.util.function.Function<SignerInfo, @Nullable ASN1Set> unsigned) throws IOException {
        SignedData existing = signedData(cms);
        List<SignerInfo> signers = new java.util.ArrayList<>();
        for (ASN1Encodable e : existing.getSignerInfos()) {
            SignerInfo si = SignerInfo.getInstance(e);
            signers.add(new SignerInfo(
                    si.getSID(),
                    si.getDigestAlgorithm(),
                    si.getAuthenticatedAttributes(),
                    si.getDigestEncryptionAlgorithm(),
                    si.getEncryptedDigest(),
                    unsigned.apply(si)));
        }
        ASN1Set certificates = existing.getCertificates() != null ? existing.getCertificates() : new DLSet();
        return assemble(signers, certificates, existing.getEncapContentInfo(), existing.getCRLs());
    }

    /** The SignedData of a CMS; IllegalArgumentException if it is none. */
    public static SignedData signedData(byte[] cms) {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            ContentInfo info = ContentInfo.getInstance(in.readObject());
            if (info == null || !CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                throw new IllegalArgumentException("not a CMS SignedData");
            }
            return SignedData.getInstance(info.getContent());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable CMS SignedData", e);
        }
    }

    /** The encapsulated content of an attached CMS, or null for a detached one. */
    public static byte @Nullable [] attachedContent(SignedData signedData) {
        ASN1Encodable content = signedData.getEncapContentInfo().getContent();
        return content instanceof ASN1OctetString octets ? octets.getOctets() : null;
    }

    private static Attribute attribute(ASN1ObjectIdentifier type, ASN1Encodable value) {
        return new Attribute(type, new DERSet(value));
    }

    /** RFC 5035: the hash of the signer's certificate and its issuer and serial. */
    private static SigningCertificateV2 signingCertificateV2(
            Certificate certificate, ASN1ObjectIdentifier digestOid, AlgorithmIdentifier digestAlgorithm)
            throws IOException {
        byte[] hash = Digests.digest(Digests.create(digestOid).orElseThrow(), certificate.getEncoded(ASN1Encoding.DER));
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuer()))),
                new ASN1Integer(certificate.getSerialNumber().getValue()));
        return new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(digestAlgorithm, hash, issuerSerial)});
    }

    static Certificate certificate(X509Certificate certificate) {
        try {
            return Certificate.getInstance(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new SigningException("the certificate cannot be encoded", e);
        }
    }
}
