package kz.officesud.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
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
        X509Certificate x509 = signer.certificate();
        Certificate certificate = certificate(x509);
        ASN1ObjectIdentifier digestOid =
                new ASN1ObjectIdentifier(signer.algorithm().digestOid());
        Digest digest =
                Digests.create(digestOid).orElseThrow(() -> new SigningException("unsupported digest " + digestOid));
        byte[] messageDigest = Digests.digest(digest, content);
        AlgorithmIdentifier digestAlgorithm = new AlgorithmIdentifier(digestOid, DERNull.INSTANCE);

        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(attribute(CMSAttributes.contentType, CMSObjectIdentifiers.data));
        attributes.add(attribute(CMSAttributes.signingTime, new Time(Date.from(signingTime))));
        attributes.add(attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                signingCertificateV2(certificate, digestOid, digestAlgorithm)));
        attributes.add(attribute(CMSAttributes.messageDigest, new DEROctetString(messageDigest)));
        ASN1Set signedAttributes = new DERSet(attributes);

        byte[] signature = signer.sign(signedAttributes.getEncoded(ASN1Encoding.DER));
        SignerInfo signerInfo = new SignerInfo(
                new SignerIdentifier(new IssuerAndSerialNumber(
                        certificate.getIssuer(), certificate.getSerialNumber().getValue())),
                digestAlgorithm,
                signedAttributes,
                NcaContentSigner.signatureAlgorithm(signer),
                new DEROctetString(signature),
                null);

        ASN1EncodableVector certificates = new ASN1EncodableVector();
        for (X509Certificate c : signer.chain()) {
            certificates.add(certificate(c));
        }
        ContentInfo encapsulated =
                new ContentInfo(CMSObjectIdentifiers.data, attached == null ? null : new DEROctetString(attached));
        SignedData signedData = new SignedData(
                new DERSet(digestAlgorithm), encapsulated, new DERSet(certificates), null, new DERSet(signerInfo));
        return new ContentInfo(CMSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DER);
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
