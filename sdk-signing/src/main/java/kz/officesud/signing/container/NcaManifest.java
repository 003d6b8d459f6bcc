package kz.officesud.signing.container;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import kz.officesud.signing.internal.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code META-INF/NCAManifest.xml}, the file list Kalkan signs in a ZIP container:
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <NCAManifest>
 *   <SigReference URI="META-INF/signature-….cms"/>
 *   <DataObjectReference URI="claim.pdf">
 *     <DigestMethod Algorithm="urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512"/>
 *     <DigestValue>base64</DigestValue>
 *   </DataObjectReference>
 * </NCAManifest>
 * }</pre>
 *
 * <p>Elements carry no namespace (the ASiC manifest's shape without its namespace). Reading is strict where a
 * lax reader could be told two stories: no DTD, no element other than these, no namespace, exactly one
 * DigestMethod and one DigestValue per file, no text outside DigestValue.
 *
 * @param signatures the signature entries, in order
 * @param references the files, in order
 */
record NcaManifest(List<String> signatures, List<Reference> references) {
    static final String ROOT = "NCAManifest";
    static final String SIGNATURE = "SigReference";
    static final String FILE = "DataObjectReference";
    static final String DIGEST_METHOD = "DigestMethod";
    static final String DIGEST_VALUE = "DigestValue";

    /**
     * One listed file.
     *
     * @param uri the name in the archive as the manifest writes it
     * @param digestMethod the digest method URI
     * @param digestValue the digest in base64, as written (white space removed)
     */
    record Reference(String uri, String digestMethod, String digestValue) {
        Reference {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(digestMethod, "digestMethod");
            Objects.requireNonNull(digestValue, "digestValue");
        }

        /** The digest's bytes. */
        byte[] digest() {
            return Base64.getDecoder().decode(digestValue);
        }
    }

    /** The bytes are not an NCAManifest. */
    static final class Malformed extends Exception {
        @Serial
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    NcaManifest {
        signatures = List.copyOf(signatures);
        references = List.copyOf(references);
    }

    /** Reads a manifest. */
    static NcaManifest parse(byte[] xml) throws Malformed {
        Document document;
        try {
            document = SecureXml.parse(xml);
        } catch (IOException e) {
            throw new Malformed("the manifest is not well-formed XML, or declares a DTD");
        }
        Element root = document.getDocumentElement();
        check(root, ROOT);
        List<String> signatures = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        for (Element child : children(root)) {
            String name = child.getLocalName();
            if (SIGNATURE.equals(name)) {
                check(child, SIGNATURE);
                if (!children(child).isEmpty()) {
                    throw new Malformed("a SigReference holds elements");
                }
                signatures.add(uri(child));
            } else if (FILE.equals(name)) {
                references.add(reference(child));
            } else {
                throw new Malformed("unexpected element " + EntryNames.shown(child.getTagName()) + " in NCAManifest");
            }
        }
        if (references.isEmpty()) {
            throw new Malformed("the manifest lists no file");
        }
        return new NcaManifest(signatures, references);
    }

    private static Reference reference(Element element) throws Malformed {
        check(element, FILE);
        String uri = uri(element);
        Element method = null;
        Element value = null;
        for (Element child : children(element)) {
            if (DIGEST_METHOD.equals(child.getLocalName()) && method == null) {
                method = child;
            } else if (DIGEST_VALUE.equals(child.getLocalName()) && value == null) {
                value = child;
            } else {
                throw new Malformed("unexpected or repeated element " + EntryNames.shown(child.getTagName()) + " for "
                        + EntryNames.shown(uri));
            }
        }
        if (method == null || value == null) {
            throw new Malformed("no DigestMethod or DigestValue for " + EntryNames.shown(uri));
        }
        check(method, DIGEST_METHOD);
        check(value, DIGEST_VALUE);
        if (!children(method).isEmpty() || !children(value).isEmpty()) {
            throw new Malformed("a DigestMethod or DigestValue holds elements");
        }
        String algorithm = method.getAttribute("Algorithm");
        if (algorithm.isEmpty()) {
            throw new Malformed("a DigestMethod has no Algorithm");
        }
        String digest = value.getTextContent().replaceAll("\\s+", "");
        try {
            if (digest.isEmpty() || Base64.getDecoder().decode(digest).length == 0) {
                throw new Malformed("the DigestValue of " + EntryNames.shown(uri) + " is empty");
            }
        } catch (IllegalArgumentException e) {
            throw new Malformed("the DigestValue of " + EntryNames.shown(uri) + " is not base64");
        }
        return new Reference(uri, algorithm, digest);
    }

    private static void check(Element element, String expected) throws Malformed {
        if (!expected.equals(element.getLocalName()) || element.getNamespaceURI() != null) {
            throw new Malformed("expected an " + expected + " element without namespace, found "
                    + EntryNames.shown(element.getTagName()));
        }
    }

    private static String uri(Element element) throws Malformed {
        String uri = element.getAttribute("URI");
        if (uri.isEmpty()) {
            throw new Malformed("a " + element.getLocalName() + " has no URI");
        }
        return uri;
    }

    /** The element children; any text other than white space (outside DigestValue) is refused. */
    private static List<Element> children(Element parent) throws Malformed {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            } else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !DIGEST_VALUE.equals(parent.getLocalName())
                    && !n.getNodeValue().isBlank()) {
                throw new Malformed("text inside " + parent.getLocalName());
            }
        }
        return elements;
    }

    /** The manifest's bytes as {@link SignedZip} writes them: UTF-8, two-space indentation. */
    byte[] toXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + ROOT + ">\n");
        for (String signature : signatures) {
            xml.append("  <" + SIGNATURE + " URI=\"").append(escape(signature)).append("\"/>\n");
        }
        for (Reference r : references) {
            xml.append("  <" + FILE + " URI=\"").append(escape(r.uri())).append("\">\n");
            xml.append("    <" + DIGEST_METHOD + " Algorithm=\"")
                    .append(escape(r.digestMethod()))
                    .append("\"/>\n");
            xml.append("    <" + DIGEST_VALUE + ">").append(r.digestValue()).append("</" + DIGEST_VALUE + ">\n");
            xml.append("  </" + FILE + ">\n");
        }
        return xml.append("</" + ROOT + ">\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
