package kz.officesud.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import kz.officesud.core.model.Sha256;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The XML the court prepares to be signed, the live cabinet's way: the key signs it as an enveloped XMLDSig
 * (NCALayer's {@code signXml}) and the signed XML goes back. One format, written by the court and checked by the client
 * before it signs (a client never signs what it has not read):
 *
 * <pre>{@code
 * <filing>
 *   <f1>T-2026-000042</f1>                       the talon id the filing will carry
 *   <service>CLAIM</service><court>7594</court>
 *   <manifestSha256>…</manifestSha256>           SHA-256 of the manifest's canonical bytes: binds everything
 *   <fields><field name="claimAmount">1500000.00</field>…</fields>      the form's fields
 *   <documents><document role="STATEMENT" path="statement">
 *     <name>исковое заявление.docx</name><size>48213</size><sha256>…</sha256></document>…</documents>
 * </filing>
 *
 * <login><challengeId>…</challengeId><nonce>…</nonce><expiresAt>…</expiresAt></login>
 * }</pre>
 *
 * Parsing refuses DTDs and external entities and XML over {@link #MAX_BYTES}.
 */
public final class SigningXml {
    /** The largest XML read. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SigningXml() {}

    /** The XML of a filing to sign: its talon id in {@code <f1>}, the form's fields, each document. */
    public static byte[] filing(String talonId, Manifest manifest) {
        Objects.requireNonNull(talonId, "talonId");
        Objects.requireNonNull(manifest, "manifest");
        Document doc = newDocument();
        Element root = doc.createElement("filing");
        doc.appendChild(root);
        text(root, "f1", talonId);
        text(root, "service", manifest.service().name());
        if (manifest.filing().court() != null) {
            text(root, "court", manifest.filing().court().code());
        }
        byte[] canonical = manifest.canonicalBytes();
        text(root, "manifestSha256", Sha256.of(canonical).hex());
        Element fields = child(root, "fields");
        try {
            JsonNode filing = JSON.readTree(canonical).path("filing");
            flatten(fields, "", filing);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest's canonical bytes are JSON", e);
        }
        Element documents = child(root, "documents");
        for (Manifest.Document d : manifest.documents()) {
            Element document = child(documents, "document");
            document.setAttribute("role", d.role().name());
            document.setAttribute("path", d.path());
            text(document, "name", d.fileName());
            text(document, "size", Long.toString(d.size()));
            text(document, "sha256", d.sha256().hex());
        }
        return write(doc);
    }

    /** The XML of a log-in to sign: the challenge's id, its bytes (base64) and when it expires. */
    public static byte[] logIn(String challengeId, byte[] nonce, Instant expiresAt) {
        Document doc = newDocument();
        Element root = doc.createElement("login");
        doc.appendChild(root);
        text(root, "challengeId", challengeId);
        text(root, "nonce", Base64.getEncoder().encodeToString(nonce));
        text(root, "expiresAt", expiresAt.toString());
        return write(doc);
    }

    /** The talon id ({@code <f1>}) of a filing's XML, signed or not; empty when the XML is not one. */
    public static Optional<String> talonId(byte[] xml) {
        return element(xml, "f1");
    }

    /** The challenge id of a log-in's XML, signed or not; empty when the XML is not one. */
    public static Optional<String> challengeId(byte[] xml) {
        return element(xml, "challengeId");
    }

    /**
     * Whether {@code signedXml}, without its {@code ds:Signature}, says exactly what {@code expected} says: the same
     * elements, attributes and text, in the same order (whitespace between elements aside). False for XML that cannot
     * be read.
     */
    public static boolean sameContent(byte[] signedXml, byte[] expected) {
        Objects.requireNonNull(signedXml, "signedXml");
        Objects.requireNonNull(expected, "expected");
        try {
            Element a = parse(signedXml).getDocumentElement();
            Element b = parse(expected).getDocumentElement();
            return same(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a filing's XML, signed or not, says what {@code expected} says of the filing — its talon id, service,
     * court, form's fields and documents — leaving aside {@code <manifestSha256>}, which also binds when and for whom
     * the court prepared the manifest. What a client checks before signing the XML a web page prepared from its
     * answers (the live cabinet's {@code #xmlToSign0}). False for XML that cannot be read.
     */
    public static boolean sameFiling(byte[] xml, byte[] expected) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(expected, "expected");
        try {
            Element a = parse(xml).getDocumentElement();
            Element b = parse(expected).getDocumentElement();
            dropDigest(a);
            dropDigest(b);
            return a.getTagName().equals("filing") && same(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void dropDigest(Element root) {
        for (Element e : children(root)) {
            if (e.getTagName().equals("manifestSha256")) {
                root.removeChild(e);
            }
        }
    }

    private static Optional<String> element(byte[] xml, String name) {
        try {
            Element root = parse(xml).getDocumentElement();
            for (Element e : children(root)) {
                if (e.getTagName().equals(name)) {
                    return Optional.of(e.getTextContent().strip());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean same(Element a, Element b) {
        if (!a.getTagName().equals(b.getTagName()) || !attributes(a).equals(attributes(b))) {
            return false;
        }
        List<Element> ac = children(a);
        List<Element> bc = children(b);
        if (ac.size() != bc.size()) {
            return false;
        }
        if (ac.isEmpty()) {
            return a.getTextContent().equals(b.getTextContent());
        }
        for (int i = 0; i < ac.size(); i++) {
            if (!same(ac.get(i), bc.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node n = e.getAttributes().item(i);
            if (!n.getNodeName().startsWith("xmlns")) {
                out.put(n.getNodeName(), n.getNodeValue());
            }
        }
        return out;
    }

    /** The element children, the enveloped signature left out. */
    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child
                    && !(DSIG.equals(child.getNamespaceURI()) && "Signature".equals(child.getLocalName()))) {
                out.add(child);
            }
        }
        return out;
    }

    private static void flatten(Element fields, String path, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(fields, path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(fields, path + "[" + i + "]", node.get(i));
            }
        } else if (!node.isNull()) {
            Element field = text(fields, "field", node.asText());
            field.setAttribute("name", path);
        }
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static Element text(Element parent, String name, String value) {
        Element e = child(parent, name);
        e.setTextContent(value);
        return e;
    }

    private static Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is missing", e);
        }
    }

    private static byte[] write(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the XML to sign", e);
        }
    }

    /** Parses XML with no DTD and no external entity. */
    static Document parse(byte[] xml) throws IOException {
        if (xml.length > MAX_BYTES) {
            throw new IOException("the XML is larger than " + MAX_BYTES + " bytes");
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not read");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | RuntimeException e) {
            throw new IOException("not well-formed XML without a DTD: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
