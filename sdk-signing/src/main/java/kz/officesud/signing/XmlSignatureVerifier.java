package kz.officesud.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.C14n;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.SecureXml;
import kz.officesud.signing.internal.SignerIds;
import kz.officesud.signing.internal.UnsupportedAlgorithmException;
import kz.officesud.signing.internal.VerificationKey;
import kz.officesud.signing.internal.XmlAlgorithms;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Verifies XML signatures: enveloped XMLDSig over the whole document (NCALayer, Kalkan) and WS-Security
 * over a SOAP body (Kalkan's {@code SignWSSE}, NCANode). Each {@code ds:Signature} is one signer; its
 * certificate is checked by the same {@link CertificateChecks} as a CMS signer's.
 *
 * <p>Against signature wrapping: a whole-document signature covers everything a reader can see; a
 * WS-Security reference must name exactly one element by an ID no other element carries, that element
 * must be the envelope's body, and the caller gets the body back as it was signed.
 */
final class XmlSignatureVerifier {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final String TOKEN_PROFILE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#";
    private static final String X509V3 = TOKEN_PROFILE + "X509v3";
    private static final String X509_SKI = TOKEN_PROFILE + "X509SubjectKeyIdentifier";
    private static final String THUMBPRINT_SHA1 =
            "http://docs.oasis-open.org/wss/oasis-wss-soap-message-security-1.1#ThumbprintSHA1";
    private static final String BASE64_BINARY =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    private static final String DSIG = XmlAlgorithms.DSIG;

    private final CertificateChecks certificates;
    private final TimestampChecks timestamps;
    private final Instant at;

    XmlSignatureVerifier(CertificateChecks certificates, TimestampChecks timestamps, Instant at) {
        this.certificates = certificates;
        this.timestamps = timestamps;
        this.at = at;
    }

    // ------------------------------------------------------------------------------- whole document

    VerificationReport verifyEnveloped(byte[] xml) {
        List<VerificationProblem> problems = new ArrayList<>();
        Document document = parse(xml, problems);
        if (document == null) {
            return new VerificationReport(problems, List.of(), null);
        }
        List<Element> signatures = elements(document, DSIG, "Signature");
        if (signatures.isEmpty()) {
            problems.add(new VerificationProblem(Code.NO_SIGNER, "the XML carries no ds:Signature", -1));
            return new VerificationReport(problems, List.of(), null);
        }
        List<SignerReport> signers = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            Element signature = signatures.get(i);
            SignerReport signer = verifySignature(signature, i, List.of(), problems, (signedInfo, index) -> {
                Element reference = onlyReference(signedInfo);
                if (!reference.hasAttribute("URI")
                        || !reference.getAttribute("URI").isEmpty()) {
                    // A reference to a fragment would let a signature over a small part pass for a signature
                    // over the document (signature wrapping).
                    throw new XmlProblem(
                            Code.UNSUPPORTED_ALGORITHM,
                            "the signature covers only the element " + reference.getAttribute("URI")
                                    + ", not the whole document (Reference URI=\"\"): a SOAP body signed so is"
                                    + " checked with verifyWsSecurity");
                }
                checkDigest(reference, document, signature);
            });
            if (signer != null) {
                signers.add(signer);
            }
        }
        return new VerificationReport(problems, signers, null);
    }

    // ------------------------------------------------------------------------------- WS-Security

    VerificationReport verifyWsSecurity(byte[] xml, List<X509Certificate> known) {
        List<VerificationProblem> problems = new ArrayList<>();
        Document document = parse(xml, problems);
        if (document == null) {
            return new VerificationReport(problems, List.of(), null);
        }
        Element envelope = document.getDocumentElement();
        String soap = envelope.getNamespaceURI();
        if (!"Envelope".equals(envelope.getLocalName()) || !(SOAP11.equals(soap) || SOAP12.equals(soap))) {
            problems.add(new VerificationProblem(Code.MALFORMED, "not a SOAP envelope", -1));
            return new VerificationReport(problems, List.of(), null);
        }
        List<Element> bodies = children(envelope, soap, "Body");
        List<Element> headers = children(envelope, soap, "Header");
        if (bodies.size() != 1 || headers.size() > 1) {
            problems.add(
                    new VerificationProblem(Code.MALFORMED, "a SOAP envelope has one Body and at most one Header", -1));
            return new VerificationReport(problems, List.of(), null);
        }
        Element body = bodies.get(0);
        List<Element> signatures = new ArrayList<>();
        if (!headers.isEmpty()) {
            for (Element security : children(headers.get(0), WSSE, "Security")) {
                signatures.addAll(children(security, DSIG, "Signature"));
            }
        }
        if (signatures.isEmpty()) {
            problems.add(new VerificationProblem(
                    Code.NO_SIGNER, "no ds:Signature in a wsse:Security header of the SOAP message", -1));
            return new VerificationReport(problems, List.of(), null);
        }
        List<SignerReport> signers = new ArrayList<>();
        byte[][] signedBody = new byte[1][];
        for (int i = 0; i < signatures.size(); i++) {
            Element signature = signatures.get(i);
            SignerReport signer = verifySignature(signature, i, known, problems, (signedInfo, index) -> {
                boolean bodyReferenced = false;
                for (Element reference : children(signedInfo, DSIG, "Reference")) {
                    Element target = resolve(document, reference.getAttribute("URI"));
                    boolean isBody = target == body;
                    if (!isBody && !inSecurityHeader(target, headers.get(0))) {
                        throw new XmlProblem(
                                Code.UNSUPPORTED_ALGORITHM,
                                "a reference to " + target.getNodeName()
                                        + ", neither the SOAP body nor a part of the security header");
                    }
                    byte[] canonical = checkDigest(reference, target, signature);
                    if (isBody) {
                        bodyReferenced = true;
                        if (signedBody[0] == null) {
                            signedBody[0] = canonical;
                        }
                    }
                }
                if (!bodyReferenced) {
                    throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "the signature does not cover the SOAP body");
                }
            });
            if (signer != null) {
                signers.add(signer);
            }
        }
        return new VerificationReport(problems, signers, signedBody[0]);
    }

    /** Whether the element is a child of a wsse:Security header (a wsu:Timestamp, a token). */
    private static boolean inSecurityHeader(Element target, Element header) {
        Node parent = target.getParentNode();
        return parent instanceof Element security
                && WSSE.equals(security.getNamespaceURI())
                && "Security".equals(security.getLocalName())
                && security.getParentNode() == header;
    }

    /**
     * The one element a same-document reference {@code #id} names: an ID (wsu:Id, Id, ID, id, xml:id) no
     * other element of the document carries, on no element but this one.
     */
    private static Element resolve(Document document, String uri) throws XmlProblem {
        if (uri.isEmpty() || uri.charAt(0) != '#' || uri.length() == 1 || uri.startsWith("#xpointer(")) {
            throw new XmlProblem(
                    Code.UNSUPPORTED_ALGORITHM,
                    "only references by ID (URI=\"#id\") are accepted here, not URI=\"" + uri + "\"");
        }
        String id = uri.substring(1);
        List<Element> found = new ArrayList<>();
        int carriers = 0;
        for (Element element : elements(document, "*", "*")) {
            NamedNodeMap attributes = element.getAttributes();
            int matches = 0;
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                if (isId(attr) && id.equals(attr.getValue())) {
                    matches++;
                }
            }
            if (matches > 0) {
                found.add(element);
                carriers += matches;
            }
        }
        if (found.isEmpty()) {
            throw new XmlProblem(Code.MALFORMED, "no element has the ID " + id + " the signature references");
        }
        if (found.size() > 1 || carriers > 1) {
            throw new XmlProblem(
                    Code.MALFORMED,
                    "the ID " + id + " the signature references is on " + found.size()
                            + " elements or attributes: which one was signed is ambiguous (signature wrapping)");
        }
        return found.get(0);
    }

    private static boolean isId(Attr attr) {
        String local = attr.getLocalName() != null ? attr.getLocalName() : attr.getNodeName();
        String namespace = attr.getNamespaceURI();
        if (namespace == null) {
            return "Id".equals(local) || "ID".equals(local) || "id".equals(local);
        }
        return (WSU.equals(namespace) && "Id".equals(local))
                || ("http://www.w3.org/XML/1998/namespace".equals(namespace) && "id".equals(local));
    }

    // ------------------------------------------------------------------------------- one signature

    /** What a format checks of a signature's references; throws for the first that fails. */
    private interface ReferenceCheck {
        void check(Element signedInfo, int index) throws XmlProblem, IOException;
    }

    private @Nullable SignerReport verifySignature(
            Element signature,
            int index,
            List<X509Certificate> known,
            List<VerificationProblem> problems,
            ReferenceCheck references) {
        int before = problems.size();
        Element signedInfo = first(signature, DSIG, "SignedInfo");
        Element signatureValue = first(signature, DSIG, "SignatureValue");
        if (signedInfo == null || signatureValue == null) {
            problems.add(new VerificationProblem(Code.MALFORMED, "ds:SignedInfo or ds:SignatureValue missing", index));
            return null;
        }
        KeyInfo keyInfo = keyInfo(signature, known, index, problems);
        if (keyInfo.certificate() == null) {
            return null;
        }
        X509Certificate certificate = keyInfo.certificate();
        try {
            Element canonicalization = first(signedInfo, DSIG, "CanonicalizationMethod");
            String c14n = algorithm(canonicalization);
            if (!XmlAlgorithms.canonicalization(c14n)) {
                throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "unsupported CanonicalizationMethod " + c14n);
            }
            if (children(signedInfo, DSIG, "Reference").isEmpty()) {
                throw new XmlProblem(Code.MALFORMED, "ds:Reference missing");
            }
            references.check(signedInfo, index);
            String signatureUri = algorithm(first(signedInfo, DSIG, "SignatureMethod"));
            ASN1ObjectIdentifier signatureOid = XmlAlgorithms.signature(signatureUri)
                    .orElseThrow(() ->
                            new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "unsupported SignatureMethod " + signatureUri));
            byte[] value = base64(signatureValue);
            byte[] canonical = canonicalize(signedInfo, c14n, canonicalization, null, true);
            VerificationKey key = certificates.cache().key(certificate);
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
        timestamps.missing(index, problems);
        return certificates.check(certificate, null, keyInfo.chain(), at, index, before, problems);
    }

    /** The only reference of an enveloped signature. */
    private static Element onlyReference(Element signedInfo) throws XmlProblem {
        List<Element> references = children(signedInfo, DSIG, "Reference");
        if (references.size() != 1) {
            throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "a signature with several references");
        }
        return references.get(0);
    }

    /**
     * Checks a reference's digest over {@code target} (the document, or an element) with its transforms;
     * returns the canonical bytes digested.
     */
    private static byte[] checkDigest(Element reference, Node target, Element signature) throws XmlProblem {
        String c14n = XmlAlgorithms.C14N;
        Element c14nElement = null;
        Element excluded = null;
        Element transforms = first(reference, DSIG, "Transforms");
        if (transforms != null) {
            for (Element transform : children(transforms, DSIG, "Transform")) {
                String algorithm = transform.getAttribute("Algorithm");
                if (XmlAlgorithms.ENVELOPED.equals(algorithm)) {
                    excluded = signature;
                } else if (XmlAlgorithms.canonicalization(algorithm)) {
                    c14n = algorithm;
                    c14nElement = transform;
                } else {
                    throw new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "unsupported Transform " + algorithm);
                }
            }
        }
        String digestUri = algorithm(first(reference, DSIG, "DigestMethod"));
        ASN1ObjectIdentifier digestOid = XmlAlgorithms.digest(digestUri)
                .orElseThrow(() -> new XmlProblem(Code.UNSUPPORTED_ALGORITHM, "unsupported DigestMethod " + digestUri));
        Element digestValue = first(reference, DSIG, "DigestValue");
        if (digestValue == null) {
            throw new XmlProblem(Code.MALFORMED, "ds:DigestValue missing");
        }
        // URI="" and URI="#id" select their node sets without comments: a WithComments transform finds none
        byte[] canonical = canonicalize(target, c14n, c14nElement, excluded, false);
        byte[] digest = Digests.digest(Digests.create(digestOid).orElseThrow(), canonical);
        if (!MessageDigest.isEqual(digest, base64(digestValue))) {
            throw new XmlProblem(Code.DIGEST_MISMATCH, "the signed XML was changed after signing");
        }
        return canonical;
    }

    /** @param keepComments whether the node set holds comments (a subtree does; a dereferenced URI does not) */
    private static byte[] canonicalize(
            Node node, String algorithm, @Nullable Element method, @Nullable Element excluded, boolean keepComments) {
        boolean comments = keepComments
                && (XmlAlgorithms.C14N_COMMENTS.equals(algorithm) || XmlAlgorithms.EXC_C14N_COMMENTS.equals(algorithm));
        if (XmlAlgorithms.EXC_C14N.equals(algorithm) || XmlAlgorithms.EXC_C14N_COMMENTS.equals(algorithm)) {
            return C14n.canonicalizeExclusive(node, comments, excluded, inclusivePrefixes(method));
        }
        return C14n.canonicalize(node, comments, excluded);
    }

    /** The PrefixList of an {@code ec:InclusiveNamespaces} child ({@code #default} is the default namespace). */
    private static Set<String> inclusivePrefixes(@Nullable Element method) {
        Set<String> prefixes = new HashSet<>();
        if (method == null) {
            return prefixes;
        }
        for (Element inclusive : children(method, XmlAlgorithms.EXC_C14N, "InclusiveNamespaces")) {
            for (String prefix : inclusive.getAttribute("PrefixList").trim().split("\\s+")) {
                if (!prefix.isEmpty()) {
                    prefixes.add("#default".equals(prefix) ? "" : prefix);
                }
            }
        }
        return prefixes;
    }

    // ------------------------------------------------------------------------------- the certificate

    /** The signer's certificate and the other certificates the signature carries (null when not found). */
    private record KeyInfo(@Nullable X509Certificate certificate, List<X509Certificate> chain) {}

    private static KeyInfo keyInfo(
            Element signature, List<X509Certificate> known, int index, List<VerificationProblem> problems) {
        try {
            Element keyInfo = first(signature, DSIG, "KeyInfo");
            if (keyInfo == null) {
                throw new XmlProblem(
                        Code.SIGNER_CERTIFICATE_MISSING, "the signature has no ds:KeyInfo naming its certificate");
            }
            for (Element x509Data : children(keyInfo, DSIG, "X509Data")) {
                KeyInfo found = x509Data(x509Data, known);
                if (found != null) {
                    return found;
                }
            }
            for (Element reference : children(keyInfo, WSSE, "SecurityTokenReference")) {
                KeyInfo found = tokenReference(signature.getOwnerDocument(), reference, known);
                if (found != null) {
                    return found;
                }
            }
            List<String> forms = new ArrayList<>();
            for (Node n = keyInfo.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    forms.add(e.getLocalName());
                }
            }
            throw new XmlProblem(
                    Code.UNSUPPORTED_ALGORITHM,
                    "ds:KeyInfo names the signer's key in a form the SDK does not read (" + String.join(", ", forms)
                            + "): it reads ds:X509Data and wsse:SecurityTokenReference");
        } catch (XmlProblem e) {
            problems.add(new VerificationProblem(e.code, e.getMessage(), index));
        } catch (CertificateException | RuntimeException e) {
            problems.add(
                    new VerificationProblem(Code.MALFORMED, "the certificate in ds:KeyInfo cannot be read", index));
        }
        return new KeyInfo(null, List.of());
    }

    /** ds:X509Data: the certificates it carries, or the one its X509IssuerSerial / X509SKI names among {@code known}. */
    private static @Nullable KeyInfo x509Data(Element x509Data, List<X509Certificate> known)
            throws XmlProblem, CertificateException {
        List<X509Certificate> carried = new ArrayList<>();
        for (Element element : children(x509Data, DSIG, "X509Certificate")) {
            carried.add(certificate(base64(element)));
        }
        if (!carried.isEmpty()) {
            return new KeyInfo(carried.get(0), carried);
        }
        Element issuerSerial = first(x509Data, DSIG, "X509IssuerSerial");
        if (issuerSerial != null) {
            Element issuer = first(issuerSerial, DSIG, "X509IssuerName");
            Element serial = first(issuerSerial, DSIG, "X509SerialNumber");
            if (issuer == null || serial == null) {
                throw new XmlProblem(Code.MALFORMED, "ds:X509IssuerSerial without its issuer or serial number");
            }
            String name = issuer.getTextContent().trim();
            BigInteger number;
            X500Principal principal;
            try {
                number = new BigInteger(serial.getTextContent().trim());
                principal = new X500Principal(name);
            } catch (IllegalArgumentException e) {
                throw new XmlProblem(Code.MALFORMED, "ds:X509IssuerSerial cannot be read");
            }
            for (X509Certificate c : known) {
                if (c.getSerialNumber().equals(number)
                        && c.getIssuerX500Principal().equals(principal)) {
                    return new KeyInfo(c, List.of(c));
                }
            }
            throw new XmlProblem(
                    Code.SIGNER_CERTIFICATE_MISSING,
                    "the signature names its certificate only by issuer and serial number (ds:X509IssuerSerial: "
                            + number.toString(16) + " of " + name + ") and carries none: give the verifier the"
                            + " signer's certificate");
        }
        Element ski = first(x509Data, DSIG, "X509SKI");
        if (ski != null) {
            return byKeyIdentifier(base64(ski), known, "ds:X509SKI");
        }
        return null;
    }

    /** wsse:SecurityTokenReference: a wsse:Reference to a BinarySecurityToken, or a wsse:KeyIdentifier. */
    private static @Nullable KeyInfo tokenReference(Document document, Element reference, List<X509Certificate> known)
            throws XmlProblem, CertificateException {
        Element direct = first(reference, WSSE, "Reference");
        if (direct != null) {
            String valueType = direct.getAttribute("ValueType");
            if (!valueType.isEmpty() && !X509V3.equals(valueType)) {
                throw new XmlProblem(
                        Code.UNSUPPORTED_ALGORITHM,
                        "wsse:Reference to a token of type " + valueType + ": the SDK reads X.509 v3 certificates");
            }
            Element token = resolve(document, direct.getAttribute("URI"));
            if (!WSSE.equals(token.getNamespaceURI()) || !"BinarySecurityToken".equals(token.getLocalName())) {
                throw new XmlProblem(
                        Code.UNSUPPORTED_ALGORITHM,
                        "wsse:Reference names " + token.getNodeName() + ", not a wsse:BinarySecurityToken");
            }
            String tokenType = token.getAttribute("ValueType");
            String encoding = token.getAttribute("EncodingType");
            if ((!tokenType.isEmpty() && !X509V3.equals(tokenType))
                    || (!encoding.isEmpty() && !BASE64_BINARY.equals(encoding))) {
                throw new XmlProblem(
                        Code.UNSUPPORTED_ALGORITHM,
                        "wsse:BinarySecurityToken of type " + tokenType + " in " + encoding
                                + ": the SDK reads base64 X.509 v3 certificates");
            }
            X509Certificate certificate = certificate(base64(token));
            return new KeyInfo(certificate, List.of(certificate));
        }
        Element identifier = first(reference, WSSE, "KeyIdentifier");
        if (identifier != null) {
            String valueType = identifier.getAttribute("ValueType");
            byte[] value = base64(identifier);
            if (X509V3.equals(valueType)) {
                X509Certificate certificate = certificate(value);
                return new KeyInfo(certificate, List.of(certificate));
            }
            if (X509_SKI.equals(valueType)) {
                return byKeyIdentifier(value, known, "wsse:KeyIdentifier (subject key identifier)");
            }
            if (THUMBPRINT_SHA1.equals(valueType)) {
                for (X509Certificate c : known) {
                    if (Arrays.equals(sha1(c), value)) {
                        return new KeyInfo(c, List.of(c));
                    }
                }
                throw new XmlProblem(
                        Code.SIGNER_CERTIFICATE_MISSING,
                        "the signature names its certificate only by SHA-1 thumbprint (wsse:KeyIdentifier) and carries"
                                + " none: give the verifier the signer's certificate");
            }
            throw new XmlProblem(
                    Code.UNSUPPORTED_ALGORITHM, "wsse:KeyIdentifier of type " + valueType + " is not read by the SDK");
        }
        Element x509Data = first(reference, DSIG, "X509Data");
        return x509Data == null ? null : x509Data(x509Data, known);
    }

    private static KeyInfo byKeyIdentifier(byte[] keyId, List<X509Certificate> known, String form) throws XmlProblem {
        for (X509Certificate c : known) {
            byte[] ski = SignerIds.subjectKeyId(c);
            if (ski != null && Arrays.equals(ski, keyId)) {
                return new KeyInfo(c, List.of(c));
            }
        }
        throw new XmlProblem(
                Code.SIGNER_CERTIFICATE_MISSING,
                "the signature names its certificate only by subject key identifier (" + form + ") and carries none:"
                        + " give the verifier the signer's certificate");
    }

    private static byte[] sha1(X509Certificate certificate) {
        try {
            return Digests.digest(Digests.create(OIWObjectIdentifiers.idSHA1).orElseThrow(), certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            return new byte[0];
        }
    }

    private static X509Certificate certificate(byte[] der) throws CertificateException {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    // ------------------------------------------------------------------------------- DOM

    private static @Nullable Document parse(byte[] xml, List<VerificationProblem> problems) {
        try {
            return SecureXml.parse(xml);
        } catch (IOException e) {
            problems.add(new VerificationProblem(Code.MALFORMED, "not well-formed XML, or it declares a DTD", -1));
            return null;
        }
    }

    private static String algorithm(@Nullable Element element) throws XmlProblem {
        if (element == null || !element.hasAttribute("Algorithm")) {
            throw new XmlProblem(Code.MALFORMED, "an algorithm element is missing");
        }
        return element.getAttribute("Algorithm");
    }

    private static byte[] base64(Element element) throws XmlProblem {
        try {
            return Base64.getMimeDecoder().decode(element.getTextContent().trim());
        } catch (IllegalArgumentException e) {
            throw new XmlProblem(Code.MALFORMED, element.getNodeName() + " is not base64");
        }
    }

    /** Every element with this namespace and local name ("*" for any), in document order. */
    private static List<Element> elements(Document document, String namespace, String localName) {
        NodeList found = document.getElementsByTagNameNS(namespace, localName);
        List<Element> elements = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    /** The child elements with this namespace and local name. */
    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                children.add(e);
            }
        }
        return children;
    }

    private static @Nullable Element first(Element parent, String namespace, String localName) {
        List<Element> children = children(parent, namespace, localName);
        return children.isEmpty() ? null : children.get(0);
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
