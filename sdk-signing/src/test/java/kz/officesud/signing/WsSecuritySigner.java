package kz.officesud.signing;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Set;
import java.util.function.UnaryOperator;
import kz.officesud.signing.internal.C14n;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.SecureXml;
import kz.officesud.signing.internal.XmlAlgorithms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs SOAP messages with WS-Security in the layouts the NCA's tools write, for tests: NCANode's (the
 * certificate in a {@code wsse:KeyIdentifier}), Kalkan's {@code SignWSSE} for SmartBridge (a
 * {@code wsse:BinarySecurityToken} named by a {@code wsse:Reference}), {@code ds:X509Data}, and the
 * issuer-and-serial form some services answer with. Exclusive C14N without comments, one reference to the
 * body by {@code wsu:Id}.
 */
final class WsSecuritySigner {
    static final String SOAP = XmlSignatureVerifier.SOAP11;
    static final String WSSE = XmlSignatureVerifier.WSSE;
    static final String WSU = XmlSignatureVerifier.WSU;
    static final String DS = XmlAlgorithms.DSIG;
    static final String X509V3 =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3";
    static final String BASE64 =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";

    /** How the signature names its certificate. */
    enum KeyForm {
        KEY_IDENTIFIER,
        BINARY_SECURITY_TOKEN,
        X509_DATA,
        ISSUER_SERIAL
    }

    private WsSecuritySigner() {}

    /** A SOAP 1.1 envelope around {@code payload} (an element, as text), not yet signed. */
    static String envelope(String payload) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + SOAP + "\">"
                + "<soap:Header/><soap:Body>" + payload + "</soap:Body></soap:Envelope>";
    }

    static byte[] sign(String soap, NcaSigner signer, KeyForm form) {
        return sign(soap, signer, form, uri(signer, true), uri(signer, false), document -> document);
    }

    /** Signs, then lets {@code tamper} change the signed DOM before it is written. */
    static byte[] sign(String soap, NcaSigner signer, KeyForm form, UnaryOperator<Document> tamper) {
        return sign(soap, signer, form, uri(signer, true), uri(signer, false), tamper);
    }

    /**
     * Signs with these algorithm URIs; {@code tamper} may change the signed DOM before it is written (it
     * sees the document after signing).
     */
    static byte[] sign(
            String soap,
            NcaSigner signer,
            KeyForm form,
            String signatureUri,
            String digestUri,
            UnaryOperator<Document> tamper) {
        try {
            Document document = SecureXml.parse(soap.getBytes(StandardCharsets.UTF_8));
            Element envelope = document.getDocumentElement();
            Element header =
                    (Element) envelope.getElementsByTagNameNS(SOAP, "Header").item(0);
            Element body =
                    (Element) envelope.getElementsByTagNameNS(SOAP, "Body").item(0);
            String id = "id-" + java.util.UUID.randomUUID();
            body.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WSU);
            body.setAttributeNS(WSU, "wsu:Id", id);

            Element security = document.createElementNS(WSSE, "wsse:Security");
            security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsse", WSSE);
            security.setAttributeNS(SOAP, "soap:mustUnderstand", "1");
            header.appendChild(security);
            X509Certificate certificate = signer.certificate();
            String certificateBase64 = Base64.getEncoder().encodeToString(certificate.getEncoded());
            String tokenId = "X509-" + java.util.UUID.randomUUID();
            if (form == KeyForm.BINARY_SECURITY_TOKEN) {
                Element token = document.createElementNS(WSSE, "wsse:BinarySecurityToken");
                token.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WSU);
                token.setAttribute("EncodingType", BASE64);
                token.setAttribute("ValueType", X509V3);
                token.setAttributeNS(WSU, "wsu:Id", tokenId);
                token.setTextContent(certificateBase64);
                security.appendChild(token);
            }
            Element signature = ds(document, "Signature");
            signature.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", DS);
            security.appendChild(signature);
            Element signedInfo = child(signature, "SignedInfo");
            child(signedInfo, "CanonicalizationMethod").setAttribute("Algorithm", XmlAlgorithms.EXC_C14N);
            child(signedInfo, "SignatureMethod").setAttribute("Algorithm", signatureUri);
            Element reference = child(signedInfo, "Reference");
            reference.setAttribute("URI", "#" + id);
            Element transforms = child(reference, "Transforms");
            child(transforms, "Transform").setAttribute("Algorithm", XmlAlgorithms.EXC_C14N);
            child(reference, "DigestMethod").setAttribute("Algorithm", digestUri);
            Element digestValue = child(reference, "DigestValue");
            Element signatureValue = child(signature, "SignatureValue");
            Element keyInfo = child(signature, "KeyInfo");
            switch (form) {
                case KEY_IDENTIFIER -> {
                    Element str = wsse(keyInfo, "SecurityTokenReference");
                    Element identifier = wsse(str, "KeyIdentifier");
                    identifier.setAttribute("EncodingType", BASE64);
                    identifier.setAttribute("ValueType", X509V3);
                    identifier.setTextContent(certificateBase64);
                }
                case BINARY_SECURITY_TOKEN -> {
                    Element str = wsse(keyInfo, "SecurityTokenReference");
                    Element ref = wsse(str, "Reference");
                    ref.setAttribute("URI", "#" + tokenId);
                    ref.setAttribute("ValueType", X509V3);
                }
                case X509_DATA ->
                    child(child(keyInfo, "X509Data"), "X509Certificate").setTextContent(certificateBase64);
                case ISSUER_SERIAL -> {
                    Element str = wsse(keyInfo, "SecurityTokenReference");
                    Element issuerSerial = child(child(str, "X509Data"), "X509IssuerSerial");
                    child(issuerSerial, "X509IssuerName")
                            .setTextContent(certificate.getIssuerX500Principal().getName());
                    child(issuerSerial, "X509SerialNumber")
                            .setTextContent(certificate.getSerialNumber().toString());
                }
            }
            byte[] canonicalBody = C14n.canonicalizeExclusive(body, false, null, Set.of());
            byte[] digest = Digests.digest(
                    Digests.create(XmlAlgorithms.digest(digestUri).orElseThrow())
                            .orElseThrow(),
                    canonicalBody);
            digestValue.setTextContent(Base64.getEncoder().encodeToString(digest));
            byte[] value = signer.sign(C14n.canonicalizeExclusive(signedInfo, false, null, Set.of()));
            signatureValue.setTextContent(Base64.getEncoder().encodeToString(value));
            return SecureXml.write(tamper.apply(document));
        } catch (java.io.IOException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uri(NcaSigner signer, boolean signature) {
        return switch (signer.algorithm()) {
            case GOST_2015_512 -> signature ? XmlAlgorithms.GOST2015_512_SIGNATURE : XmlAlgorithms.GOST2015_512_DIGEST;
            case GOST_2004 -> signature ? XmlAlgorithms.GOST2004_SIGNATURE : XmlAlgorithms.GOST2004_DIGEST;
            case RSA -> signature ? XmlAlgorithms.RSA_SHA256 : XmlAlgorithms.SHA256;
        };
    }

    private static Element ds(Document document, String name) {
        return document.createElementNS(DS, "ds:" + name);
    }

    private static Element child(Element parent, String name) {
        Element child = ds(parent.getOwnerDocument(), name);
        parent.appendChild(child);
        return child;
    }

    private static Element wsse(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(WSSE, "wsse:" + name);
        parent.appendChild(child);
        return child;
    }
}
