package kz.officesud.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.C14n;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.SecureXml;
import kz.officesud.signing.internal.UnsupportedAlgorithmException;
import kz.officesud.signing.internal.VerificationKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

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
 * entities. Verify with {@link CmsVerifier#verifyXml(byte[])}. Stateless and thread-safe.
 */
public final class XmlDsig {
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final String C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
    static final String C14N_COMMENTS = C14N + "#WithComments";
    static final String ENVELOPED = DSIG + "enveloped-signature";

    static final String GOST2015_SIGNATURE =
            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512";
    static final String GOST2015_DIGEST = "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512";
    static final String GOST2004_SIGNATURE = "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311";
    static final String GOST2004_DIGEST = "http://www.w3.org/2001/04/xmldsig-more#gost34311";
    static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private static final Map<String, ASN1ObjectIdentifier> SIGNATURES = Map.of(
            GOST2015_SIGNATURE,
            new ASN1ObjectIdentifier(KeyAlgorithm.GOST_2015_512.signatureOid()),
            GOST2004_SIGNATURE,
            new ASN1ObjectIdentifier(KeyAlgorithm.GOST_2004.signatureOid()),
            RSA_SHA256,
            PKCSObjectIdentifiers.sha256WithRSAEncryption,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
            PKCSObjectIdentifiers.sha512WithRSAEncryption,
            DSIG + "rsa-sha1",
            PKCSObjectIdentifiers.sha1WithRSAEncryption);
    private static final Map<String, ASN1ObjectIdentifier> DIGESTS = Map.of(
            GOST2015_DIGEST,
            new ASN1ObjectIdentifier(KeyAlgorithm.GOST_2015_512.digestOid()),
            GOST2004_DIGEST,
            new ASN1ObjectIdentifier(KeyAlgorithm.GOST_2004.digestOid()),
            SHA256,
            NISTObjectIdentifiers.id_sha256,
            "http://www.w3.org/2001/04/xmlenc#sha512",
            NISTObjectIdentifiers.id_sha512,
            DSIG + "sha1",
            OIWObjectIdentifiers.idSHA1);

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
        String signatureUri;
        String digestUri;
        switch (signer.algorithm()) {
            case GOST_2015_512 -> {
                signatureUri = GOST2015_SIGNATURE;
                digestUri = GOST2015_DIGEST;
            }
            case GOST_2004 -> {
                signatureUri = GOST2004_SIGNATURE;
                digestUri = GOST2004_DIGEST;
            }
            default -> {
                signatureUri = RSA_SHA256;
                digestUri = SHA256;
            }
        }
        Element root = document.getDocumentElement();
        Element signature = ds(document, "Signature");
        signature.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", DSIG);
        root.appendChild(signature);
        Element signedInfo = child(signature, "SignedInfo");
        child(signedInfo, "CanonicalizationMethod").setAttribute("Algorithm", C14N);
        child(signedInfo, "SignatureMethod").setAttribute("Algorithm", signatureUri);
        Element reference = child(signedInfo, "Reference");
        reference.setAttribute("URI", "");
        Element transforms = child(reference, "Transforms");
        child(transforms, "Transform").setAttribute("Algorithm", ENVELOPED);
        child(transforms, "Transform").setAttribute("Algorithm", C14N_COMMENTS);
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
        byte[] digest = Digests.digest(Digests.create(DIGESTS.get(digestUri)).orElseThrow(), referenced);
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
        return document.createElementNS(DSIG, "ds:" + name);
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

    // ------------------------------------------------------------------------------------ verifying

    static VerificationReport verify(CmsVerifier verifier, byte[] xml) {
        List<VerificationProblem> problems = new ArrayList<>();
        Document document;
        try {
            document = SecureXml.parse(xml);
        } catch (IOException e) {
            problems.add(new VerificationProblem(Code.MALFORMED, "not well-formed XML, or it declares a DTD", -1));
            return new VerificationReport(problems, List.of(), null);
        }
        NodeList found = document.getElementsByTagNameNS(DSIG, "Signature");
        List<Element> signatures = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            signatures.add((Element) found.item(i));
        }
        if (signatures.isEmpty()) {
            problems.add(new VerificationProblem(Code.NO_SIGNER, "the XML carries no ds:Signature", -1));
            return new VerificationReport(problems, List.of(), null);
        }
        List<SignerReport> signers = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            SignerReport signer = verifySignature(verifier, document, signatures.get(i), i, problems);
            if (signer != null) {
                signers.add(signer);
            }
        }
        return new VerificationReport(problems, signers, null);
    }

    private static @Nullable SignerReport verifySignature(
            CmsVerifier verifier, Document document, Element signature, int index, List<VerificationProblem> problems) {
        int before = problems.size();
        Element signedInfo = first(signature, "SignedInfo");
        Element signatureValue = first(signature, "SignatureValue");
        if (signedInfo == null || signatureValue == null) {
            problems.add(new VerificationProblem(Code.MALFORMED, "ds:SignedInfo or ds:SignatureValue missing", index));
            return null;
        }
        List<X509Certificate> certificates = certificates(signature, index, problems);
        if (certificates.isEmpty()) {
            problems.add(new VerificationProblem(
                    Code.SIGNER_CERTIFICATE_MISSING, "no certificate in ds:KeyInfo/ds:X509Data", index));
            return null;
        }
        X509Certificate certificate = certificates.get(0);
        try {
            boolean withComments = canonicalizationWithComments(signedInfo);
            Element reference = first(signedInfo, "Reference");
            if (reference == null) {
                throw new XmlProblem(Code.MALFORMED, "ds:Reference missing");
            }
            if (signedInfo.getElementsByTagNameNS(DSIG, "Reference").getLength() != 1) {
                throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "a signature with several references");
            }
            checkReference(document, signature, reference);
            String signatureUri = algorithm(first(signedInfo, "SignatureMethod"));
            ASN1ObjectIdentifier signatureOid = SIGNATURES.get(signatureUri);
            if (signatureOid == null) {
                throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "unsupported SignatureMethod " + signatureUri);
            }
            byte[] value = base64(signatureValue);
            byte[] canonical = C14n.canonicalize(signedInfo, withComments, null);
            VerificationKey key = VerificationKey.of(certificate);
            if (!key.verify(new AlgorithmIdentifier(signatureOid, DERNull.INSTANCE), canonical, value)) {
                problems.add(new VerificationProblem(
                        Code.SIGNATURE_INVALID, "the signature value does not verify with the signer's key", index));
            }
        } catch (XmlProblem e) {
            problems.add(new VerificationProblem(e.code, e.getMessage(), index));
        } catch (UnsupportedAlgorithmException e) {
            problems.add(new VerificationProblem(Code.UNSUPPORTED_ALGORITHM, e.getMessage(), index));
        } catch (IOException | RuntimeException e) {
            problems.add(new VerificationProblem(Code.MALFORMED, "the signature cannot be read", index));
        }
        return verifier.checkCertificate(
                certificate, null, certificates, verifier.validationInstant(), index, before, problems);
    }

    private static void checkReference(Document document, Element signature, Element reference) throws XmlProblem {
        // Only whole-document references, as NCALayer and Kalkan make them: a reference to a fragment would
        // let a signature over a small part pass for a signature over the document (signature wrapping).
        if (!reference.hasAttribute("URI") || !reference.getAttribute("URI").isEmpty()) {
            throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "only a whole-document reference (URI=\"\") is accepted");
        }
        Node target = document;
        Element excluded = null;
        Element transforms = first(reference, "Transforms");
        if (transforms != null) {
            for (Node n = transforms.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element transform) || !"Transform".equals(transform.getLocalName())) {
                    continue;
                }
                String algorithm = transform.getAttribute("Algorithm");
                if (ENVELOPED.equals(algorithm)) {
                    excluded = signature;
                } else if (!C14N.equals(algorithm) && !C14N_COMMENTS.equals(algorithm)) {
                    throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "unsupported Transform " + algorithm);
                }
            }
        }
        String digestUri = algorithm(first(reference, "DigestMethod"));
        ASN1ObjectIdentifier digestOid = DIGESTS.get(digestUri);
        if (digestOid == null) {
            throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "unsupported DigestMethod " + digestUri);
        }
        Element digestValue = first(reference, "DigestValue");
        if (digestValue == null) {
            throw new XmlProblem(Code.MALFORMED, "ds:DigestValue missing");
        }
        // URI="" selects the document without comments
        byte[] canonical = C14n.canonicalize(target, false, excluded);
        byte[] digest = Digests.digest(Digests.create(digestOid).orElseThrow(), canonical);
        if (!MessageDigest.isEqual(digest, base64(digestValue))) {
            throw new XmlProblem(Code.DIGEST_MISMATCH, "the signed XML was changed after signing");
        }
    }

    private static boolean canonicalizationWithComments(Element signedInfo) throws XmlProblem {
        String algorithm = algorithm(first(signedInfo, "CanonicalizationMethod"));
        if (C14N.equals(algorithm)) {
            return false;
        }
        if (C14N_COMMENTS.equals(algorithm)) {
            return true;
        }
        throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "unsupported CanonicalizationMethod " + algorithm);
    }

    private static String algorithm(@Nullable Element element) throws XmlProblem {
        if (element == null || !element.hasAttribute("Algorithm")) {
            throw new XmlProblem(Code.MALFORMED, "an algorithm element is missing");
        }
        return element.getAttribute("Algorithm");
    }

    private static List<X509Certificate> certificates(
            Element signature, int index, List<VerificationProblem> problems) {
        List<X509Certificate> certificates = new ArrayList<>();
        NodeList nodes = signature.getElementsByTagNameNS(DSIG, "X509Certificate");
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (int i = 0; i < nodes.getLength(); i++) {
                byte[] der = base64((Element) nodes.item(i));
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (CertificateException | XmlProblem | RuntimeException e) {
            problems.add(new VerificationProblem(Code.MALFORMED, "a ds:X509Certificate cannot be read", index));
        }
        return certificates;
    }

    private static byte[] base64(Element element) throws XmlProblem {
        try {
            return Base64.getMimeDecoder().decode(element.getTextContent().trim());
        } catch (IllegalArgumentException e) {
            throw new XmlProblem(Code.MALFORMED, "ds:" + element.getLocalName() + " is not base64");
        }
    }

    /** The first child element with this XMLDSig local name. */
    private static @Nullable Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DSIG.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** A reason the signature fails, found while reading it. */
    private static final class XmlProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Code code;

        XmlProblem(Code code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
