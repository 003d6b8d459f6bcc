package kz.officesud.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.signing.SignatureFormatException;
import kz.officesud.signing.SignatureFormatException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.jspecify.annotations.Nullable;

/**
 * A CMS {@code SignedData} read once: the content type, the encapsulated content (null when detached), the
 * signer infos in their order, and the certificates it carries. The one parser behind verification,
 * inspection and co-signing.
 *
 * @param unreadableCertificates how many X.509 certificates of the certificate set cannot be read (damaged);
 *     they are left out of {@code certificates}, as are attribute certificates
 */
public record CmsStructure(
        SignedData signedData,
        ASN1ObjectIdentifier contentType,
        byte @Nullable [] content,
        List<SignerInfo> signers,
        List<X509Certificate> certificates,
        int unreadableCertificates) {

    public CmsStructure {
        signers = List.copyOf(signers);
        certificates = List.copyOf(certificates);
    }

    /** Whether the CMS carries its content. */
    public boolean attached() {
        return content != null;
    }

    /**
     * Reads a DER (or BER) {@code ContentInfo} holding a {@code SignedData}.
     *
     * @throws SignatureFormatException if it is none, or a part of it cannot be read
     */
    public static CmsStructure parse(byte[] der) {
        SignedData signedData;
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            ASN1Primitive primitive = in.readObject();
            if (primitive == null) {
                throw new SignatureFormatException(Reason.EMPTY, "the signature is empty");
            }
            if (!(primitive instanceof ASN1Sequence sequence)
                    || sequence.size() == 0
                    || !(sequence.getObjectAt(0) instanceof ASN1ObjectIdentifier)) {
                throw new SignatureFormatException(
                        Reason.UNEXPECTED_KIND, "not a CMS: the structure is not a ContentInfo");
            }
            ContentInfo info = ContentInfo.getInstance(primitive);
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                throw new SignatureFormatException(
                        Reason.UNEXPECTED_KIND, "not a CMS SignedData but " + info.getContentType());
            }
            signedData = SignedData.getInstance(info.getContent());
            signedData.getEncapContentInfo().getContentType();
            signedData.getSignerInfos().size();
        } catch (IOException | RuntimeException e) {
            if (e instanceof SignatureFormatException format) {
                throw format;
            }
            // BC reports bad structure with IOException, IllegalArgumentException, IllegalStateException,
            // ClassCastException
            throw new SignatureFormatException(Reason.MALFORMED, "not a readable CMS signature", e);
        }
        ContentInfo encapsulated = signedData.getEncapContentInfo();
        byte[] content = null;
        if (encapsulated.getContent() != null) {
            if (!(encapsulated.getContent() instanceof ASN1OctetString octets)) {
                throw new SignatureFormatException(Reason.MALFORMED, "the encapsulated content is not an OCTET STRING");
            }
            content = octets.getOctets();
        }
        List<SignerInfo> signers = new ArrayList<>();
        for (ASN1Encodable e : signedData.getSignerInfos()) {
            try {
                signers.add(SignerInfo.getInstance(e));
            } catch (IllegalArgumentException
                    | IllegalStateException
                    | ClassCastException
                    | java.util.NoSuchElementException ex) {
                // NoSuchElementException: a SEQUENCE shorter than a SignerInfo (Bouncy Castle reads it element by
                // element)
                throw new SignatureFormatException(Reason.MALFORMED, "a signer info cannot be read", ex);
            }
        }
        List<X509Certificate> certificates = new ArrayList<>();
        int unreadable = 0;
        ASN1Set set = signedData.getCertificates();
        if (set != null) {
            for (ASN1Encodable e : set) {
                if (!(e.toASN1Primitive() instanceof ASN1Sequence)) {
                    continue; // an attribute or other certificate ([1], [2], [3]): not a signer's
                }
                X509Certificate certificate = certificate(e);
                if (certificate == null) {
                    unreadable++;
                } else {
                    certificates.add(certificate);
                }
            }
        }
        return new CmsStructure(signedData, encapsulated.getContentType(), content, signers, certificates, unreadable);
    }

    private static @Nullable X509Certificate certificate(ASN1Encodable entry) {
        ASN1Primitive primitive = entry.toASN1Primitive();
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(primitive.getEncoded(ASN1Encoding.DER)));
        } catch (CertificateException | IOException | RuntimeException e) {
            return null;
        }
    }
}
