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
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
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
        ASN1ObjectIdentifier digestOid =
                new ASN1ObjectIdentifier(signer.algorithm().digestOid());
        Digest digest =
                Digests.create(digestOid).orElseThrow(() -> new SigningException("unsupported digest " + digestOid));
        byte[] messageDigest = Digests.digest(digest, content);
        return signDigest(signer, messageDigest, CMSObjectIdentifiers.data, attached, signingTime);
    }

    /** Signs an already computed content digest (of the signer's digest algorithm). */
    public static byte[] signDigest(
            NcaSigner signer,
            byte[] messageDigest,
            ASN1ObjectIdentifier contentType,
            byte @Nullable [] attached,
            Instant signingTime)
            throws IOException {
        ASN1Set signedAttributes =
                signedAttributes(signer.certificate(), signer.algorithm(), messageDigest, contentType, signingTime);
        byte[] signature = signer.sign(signedAttributes.getEncoded(ASN1Encoding.DER));
        SignerInfo signerInfo = signerInfo(signer.certificate(), signer.algorithm(), signedAttributes, signature);
        return assemble(contentType, attached, signer.chain(), signerInfo);
    }

    /** Kalkan's signed attributes: contentType, signingTime, signingCertificateV2, messageDigest. */
    public static ASN1Set signedAttributes(
            X509Certificate x509,
            KeyAlgorithm algorithm,
            byte[] messageDigest,
            ASN1ObjectIdentifier contentType,
            Instant signingTime)
            throws IOException {
        Certificate certificate = certificate(x509);
        ASN1ObjectIdentifier digestOid = new ASN1ObjectIdentifier(algorithm.digestOid());
        Digest digest =
                Digests.create(digestOid).orElseThrow(() -> new SigningException("unsupported digest " + digestOid));
        if (messageDigest.length != digest.getDigestSize()) {
            throw new SigningException(
                    "a " + algorithm + " digest has " + digest.getDigestSize() + " bytes, not " + messageDigest.length);
        }
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

    /** A SignerInfo (issuer and serial, Kalkan's algorithm identifiers) around a finished signature. */
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

    /** A DER ContentInfo(SignedData) with one signer. */
    public static byte[] assemble(
            ASN1ObjectIdentifier contentType,
            byte @Nullable [] attached,
            List<X509Certificate> chain,
            SignerInfo signerInfo)
            throws IOException {
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        for (X509Certificate c : chain) {
            certificates.add(certificate(c));
        }
        ContentInfo encapsulated = new ContentInfo(contentType, attached == null ? null : new DEROctetString(attached));
        SignedData signedData = new SignedData(
                new DERSet(signerInfo.getDigestAlgorithm()),
                encapsulated,
                new DERSet(certificates),
                null,
                new DERSet(signerInfo));
        return new ContentInfo(CMSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DER);
    }

    /** Reads a DER/BER ContentInfo(SignedData). */
    public static SignedData read(byte[] cms) {
        try {
            ContentInfo info = ContentInfo.getInstance(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(cms));
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                throw new SigningException("not a CMS SignedData");
            }
            return SignedData.getInstance(info.getContent());
        } catch (IOException | RuntimeException e) {
            if (e instanceof SigningException s) {
                throw s;
            }
            throw new SigningException("not a readable CMS signature", e);
        }
    }

    /** The same SignedData with one more signer (its digest algorithm and certificates merged in). */
    public static byte[] addSigner(SignedData signedData, SignerInfo added, List<X509Certificate> chain)
            throws IOException {
        ASN1EncodableVector digests = new ASN1EncodableVector();
        for (ASN1Encodable d : signedData.getDigestAlgorithms()) {
            digests.add(d);
        }
        if (!contains(signedData.getDigestAlgorithms(), added.getDigestAlgorithm())) {
            digests.add(added.getDigestAlgorithm());
        }
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        ASN1Set existing = signedData.getCertificates();
        if (existing != null) {
            for (ASN1Encodable c : existing) {
                certificates.add(c);
            }
        }
        for (X509Certificate c : chain) {
            Certificate encoded = certificate(c);
            if (existing == null || !contains(existing, encoded)) {
                certificates.add(encoded);
            }
        }
        ASN1EncodableVector signers = new ASN1EncodableVector();
        for (ASN1Encodable si : signedData.getSignerInfos()) {
            signers.add(si);
        }
        signers.add(added);
        // signers keep their order (a DL set is not sorted), so signer 0 stays the first to sign
        SignedData merged = new SignedData(
                new DERSet(digests),
                signedData.getEncapContentInfo(),
                new DERSet(certificates),
                signedData.getCRLs(),
                new DLSet(signers));
        return new ContentInfo(CMSObjectIdentifiers.signedData, merged).getEncoded(ASN1Encoding.DL);
    }

    /** The same SignedData with each signer's unsigned attributes replaced by {@code unsigned.apply(signer)}. */
    public static byte[] withUnsignedAttributes(
            SignedData signedData, java.util.function.Function<SignerInfo, @Nullable ASN1Set> unsigned)
            throws IOException {
        ASN1EncodableVector signers = new ASN1EncodableVector();
        for (ASN1Encodable e : signedData.getSignerInfos()) {
            SignerInfo si = SignerInfo.getInstance(e);
            signers.add(new SignerInfo(
                    si.getSID(),
                    si.getDigestAlgorithm(),
                    si.getAuthenticatedAttributes(),
                    si.getDigestEncryptionAlgorithm(),
                    si.getEncryptedDigest(),
                    unsigned.apply(si)));
        }
        SignedData updated = new SignedData(
                signedData.getDigestAlgorithms(),
                signedData.getEncapContentInfo(),
                signedData.getCertificates(),
                signedData.getCRLs(),
                new DLSet(signers));
        return new ContentInfo(CMSObjectIdentifiers.signedData, updated).getEncoded(ASN1Encoding.DL);
    }

    private static boolean contains(ASN1Set set, ASN1Encodable value) {
        for (ASN1Encodable e : set) {
            if (e.toASN1Primitive().equals(value.toASN1Primitive())) {
                return true;
            }
        }
        return false;
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
