package kz.officesud.signing;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.Objects;
import kz.officesud.signing.internal.C14n;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.SecureXml;
import kz.officesud.signing.internal.XmlAlgorithms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Enveloped XML signatures (XMLDSig) in the shape NCALayer and Kalkan-based servers produce: a
 * {@code ds:Signature} appended to the document element, inclusive C14N, one {@code Reference URI=""}
 * with the enveloped-signature and C14N-with-comments transforms, and {@code KeyInfo/X509Data} carrying
 * the certificate. Algorithms, as Kalkan names them:
 *
 * <ul>
 *   <li>GOST-2015-512: {@code urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512}
 *       and digest {@code …:gostr34112015-512};
 *   <li>GOST-2004: {@code http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311} and {@code #gost34311};
 *   <li>RSA: {@code http://www.w3.org/2001/04/xmldsig-more#rsa-sha256} and {@code xmlenc#sha256}.
 * </ul>
 *
 * <p>GOST signature values are in the NCA byte order, as in CMS. Parsing refuses DTDs and external
 * entities. Verify with {@link CmsVerifier#verifyXml(byte[])}; SOAP messages signed with WS-Security with
 * {@link CmsVerifier#verifyWsSecurity(byte[])}. Every URI read is in {@code docs/signature-algorithms.md}.
 * Stateless and thread-safe.
 */
public final class XmlDsig {
    private XmlDsig() {}

    /**
     * Signs the XML document: appends an enveloped {@code ds:Signature} to its document element and
     * returns the signed document (UTF-8, with an XML declaration).
     *
     * @throws SigningException if the bytes are not well-formed XML (or carry a DTD), or the key cannot sign
     */
    public static byte[] signEnveloped(NcaSigner signer, byte[] xml) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(xml, "xml");
        Document document;
        try {
            document = SecureXml.parse(xml);
        } catch (IOException e) {
            throw new SigningException("cannot sign: " + e.getMessage(), e);
        }
        String signatureUri =
                switch (signer.algorithm()) {
                    case GOST_2015_512 -> XmlAlgorithms.GOST2015_512_SIGNATURE;
                    case GOST_2004 -> XmlAlgorithms.GOST2004_SIGNATURE;
                    case RSA -> XmlAlgorithms.RSA_SHA256;
                };
        String digestUri =
                switch (signer.algorithm()) {
                    case GOST_2015_512 -> XmlAlgorithms.GOST2015_512_DIGEST;
                    case GOST_2004 -> XmlAlgorithms.GOST2004_DIGEST;
                    case RSA -> XmlAlgorithms.SHA256;
                };
        Element root = document.getDocumentElement();
        Element signature = ds(document, "Signature");
        signature.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", XmlAlgorithms.DSIG);
        root.appendChild(signature);
        Element signedInfo = child(signature, "SignedInfo");
        child(signedInfo, "CanonicalizationMethod").setAttribute("Algorithm", XmlAlgorithms.C14N);
        child(signedInfo, "SignatureMethod").setAttribute("Algorithm", signatureUri);
        Element reference = child(signedInfo, "Reference");
        reference.setAttribute("URI", "");
        Element transforms = child(reference, "Transforms");
        child(transforms, "Transform").setAttribute("Algorithm", XmlAlgorithms.ENVELOPED);
        child(transforms, "Transform").setAttribute("Algorithm", XmlAlgorithms.C14N_COMMENTS);
        newline(transforms);
        child(reference, "DigestMethod").setAttribute("Algorithm", digestUri);
        Element digestValue = child(reference, "DigestValue");
        newline(reference);
        newline(signedInfo);
        Element signatureValue = child(signature, "SignatureValue");
        Element keyInfo = child(signature, "KeyInfo");
        Element x509Data = child(keyInfo, "X509Data");
        Element certificate = child(x509Data, "X509Certificate");
        newline(x509Data);
        newline(keyInfo);
        newline(signature);
        try {
            certificate.setTextContent(base64Lines(signer.certificate().getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new SigningException("the signer's certificate cannot be encoded", e);
        }

        // URI="" is the whole document without comments; the enveloped transform leaves this signature out
        byte[] referenced = C14n.canonicalize(document, false, signature);
        byte[] digest = Digests.digest(
                Digests.create(XmlAlgorithms.digest(digestUri).orElseThrow()).orElseThrow(), referenced);
        digestValue.setTextContent(Base64.getEncoder().encodeToString(digest));
        byte[] value = signer.sign(C14n.canonicalize(signedInfo, false, null));
        signatureValue.setTextContent(base64Lines(value));
        try {
            return SecureXml.write(document);
        } catch (IOException e) {
            throw new SigningException("cannot write the signed XML", e);
        }
    }

    private static Element ds(Document document, String name) {
        return document.createElementNS(XmlAlgorithms.DSIG, "ds:" + name);
    }

    /** Appends a newline, then the new child: Kalkan's layout (one element per line inside the signature). */
    private static Element child(Element parent, String name) {
        newline(parent);
        Element child = ds(parent.getOwnerDocument(), name);
        parent.appendChild(child);
        return child;
    }

    private static void newline(Element parent) {
        parent.appendChild(parent.getOwnerDocument().createTextNode("\n"));
    }

    private static String base64Lines(byte[] bytes) {
        return "\n" + Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(bytes) + "\n";
    }
}
