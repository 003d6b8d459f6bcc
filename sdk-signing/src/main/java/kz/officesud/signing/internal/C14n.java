package kz.officesud.signing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Canonical XML 1.0 (inclusive, {@code http://www.w3.org/TR/2001/REC-xml-c14n-20010315}) and Exclusive XML
 * Canonicalization 1.0 ({@code http://www.w3.org/2001/10/xml-exc-c14n#}), with or without comments, of a
 * whole document or of one element's subtree, optionally leaving out one element (the enveloped
 * signature). That is every node set XMLDSig and WS-Security as NCALayer, Kalkan and NCANode use them
 * produce, so no general XPath node-set machinery is needed.
 *
 * <p>Inclusive: namespace declarations are rendered where they first take effect; the apex element of a
 * subtree gets every namespace in scope and the {@code xml:} attributes it inherits, as the recommendation
 * says. Exclusive: an element renders only the namespaces it visibly uses (its own prefix, its attributes'
 * prefixes) and those of the InclusiveNamespaces prefix list, when the nearest output ancestor did not
 * render the same; nothing is inherited from outside the subtree.
 */
public final class C14n {
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final boolean comments;
    private final @Nullable Node excluded;
    /** Null for inclusive canonicalization; the InclusiveNamespaces prefixes ("" for #default) for exclusive. */
    private final @Nullable Set<String> exclusivePrefixes;

    private final StringBuilder out = new StringBuilder();

    private C14n(boolean comments, @Nullable Node excluded, @Nullable Set<String> exclusivePrefixes) {
        this.comments = comments;
        this.excluded = excluded;
        this.exclusivePrefixes = exclusivePrefixes;
    }

    /** The canonical form of {@code apex} (a Document or an Element) and its descendants, without {@code excluded}. */
    public static byte[] canonicalize(Node apex, boolean withComments, @Nullable Node excluded) {
        return new C14n(withComments, excluded, null).run(apex);
    }

    /**
     * The exclusive canonical form of {@code apex} and its descendants, without {@code excluded}.
     *
     * @param inclusivePrefixes the InclusiveNamespaces PrefixList: prefixes treated as in inclusive
     *     canonicalization ({@code ""} for {@code #default})
     */
    public static byte[] canonicalizeExclusive(
            Node apex, boolean withComments, @Nullable Node excluded, Set<String> inclusivePrefixes) {
        return new C14n(withComments, excluded, Set.copyOf(inclusivePrefixes)).run(apex);
    }

    private byte[] run(Node apex) {
        if (apex instanceof Document document) {
            document(document);
        } else if (apex instanceof Element element) {
            element(element, true, Map.of());
        } else {
            throw new IllegalArgumentException("cannot canonicalize a " + apex.getNodeName());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void document(Document document) {
        boolean beforeElement = true;
        for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    element((Element) child, true, Map.of());
                    beforeElement = false;
                }
                case Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE -> {
                    if (child.getNodeType() == Node.COMMENT_NODE && !comments) {
                        continue;
                    }
                    if (!beforeElement) {
                        out.append('\n');
                    }
                    outsideNode(child);
                    if (beforeElement) {
                        out.append('\n');
                    }
                }
                default -> {
                    // the document type declaration and whitespace outside the root are not part of the canonical form
                }
            }
        }
    }

    private void outsideNode(Node node) {
        if (node.getNodeType() == Node.COMMENT_NODE) {
            out.append("<!--").append(node.getNodeValue()).append("-->");
        } else {
            String data = node.getNodeValue();
            out.append("<?").append(node.getNodeName());
            if (data != null && !data.isEmpty()) {
                out.append(' ').append(data);
            }
            out.append("?>");
        }
    }

    /**
     * @param rendered exclusive only: the namespaces the nearest output ancestor has in effect (prefix → URI,
     *     "" for the default namespace)
     */
    private void element(Element element, boolean apex, Map<String, String> rendered) {
        if (element == excluded) {
            return;
        }
        out.append('<').append(element.getNodeName());
        Map<String, String> declarations = new TreeMap<>();
        Map<String, String> renderedBelow = rendered;
        if (exclusivePrefixes != null) {
            renderedBelow = exclusiveDeclarations(element, rendered, declarations);
        } else if (apex) {
            Map<String, String> inScope = inScope(element);
            inScope.forEach((prefix, uri) -> {
                if (!(prefix.isEmpty() && uri.isEmpty())) {
                    declarations.put(prefix, uri);
                }
            });
        } else {
            Map<String, String> parentScope = inScope((Element) element.getParentNode());
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                if (!XMLNS.equals(attr.getNamespaceURI())) {
                    continue;
                }
                String prefix = namespacePrefix(attr);
                if ("xml".equals(prefix)) {
                    continue;
                }
                String uri = attr.getValue();
                String inherited = parentScope.getOrDefault(prefix, "");
                if (!inherited.equals(uri)) {
                    declarations.put(prefix, uri);
                }
            }
        }
        // TreeMap order puts the default namespace ("") first, then prefixes in lexical order
        declarations.forEach((prefix, uri) -> {
            out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            attributeValue(uri);
            out.append('"');
        });

        List<Attr> attributes = new ArrayList<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attr = (Attr) map.item(i);
            if (!XMLNS.equals(attr.getNamespaceURI())) {
                attributes.add(attr);
            }
        }
        if (apex && exclusivePrefixes == null) {
            attributes.addAll(inheritedXmlAttributes(element, attributes));
        }
        attributes.sort(Comparator.comparing((Attr a) -> Objects.requireNonNullElse(a.getNamespaceURI(), ""))
                .thenComparing(C14n::localName));
        for (Attr attr : attributes) {
            out.append(' ').append(attr.getNodeName()).append("=\"");
            attributeValue(attr.getValue());
            out.append('"');
        }
        out.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) child, false, renderedBelow);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text(child.getNodeValue());
                case Node.COMMENT_NODE -> {
                    if (comments) {
                        out.append("<!--").append(child.getNodeValue()).append("-->");
                    }
                }
                case Node.PROCESSING_INSTRUCTION_NODE -> outsideNode(child);
                case Node.ENTITY_REFERENCE_NODE -> {
                    for (Node n = child.getFirstChild(); n != null; n = n.getNextSibling()) {
                        text(n.getTextContent());
                    }
                }
                default -> {
                    // nothing else can be a child of an element
                }
            }
        }
        out.append("</").append(element.getNodeName()).append('>');
    }

    /**
     * Exclusive canonicalization's namespace rule: the prefixes the element visibly uses, and those of the
     * InclusiveNamespaces list that are in scope, are declared unless the output ancestors already render the
     * same URI. Returns what is rendered below the element.
     */
    private Map<String, String> exclusiveDeclarations(
            Element element, Map<String, String> rendered, Map<String, String> declarations) {
        Set<String> prefixes = new TreeSet<>();
        prefixes.add(Objects.requireNonNullElse(element.getPrefix(), ""));
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            if (!XMLNS.equals(attr.getNamespaceURI()) && attr.getPrefix() != null && !"xml".equals(attr.getPrefix())) {
                prefixes.add(attr.getPrefix());
            }
        }
        Map<String, String> inScope = inScope(element);
        for (String prefix : Objects.requireNonNull(exclusivePrefixes)) {
            if (inScope.containsKey(prefix)) {
                prefixes.add(prefix);
            }
        }
        Map<String, String> below = new TreeMap<>(rendered);
        for (String prefix : prefixes) {
            String uri = inScope.getOrDefault(prefix, "");
            String before = rendered.getOrDefault(prefix, "");
            if (prefix.isEmpty() && uri.isEmpty() && before.isEmpty()) {
                continue; // no default namespace here, none rendered above: nothing to undeclare
            }
            if (!uri.equals(before)) {
                declarations.put(prefix, uri);
                below.put(prefix, uri);
            }
        }
        return below;
    }

    private static String localName(Attr attr) {
        return attr.getLocalName() != null ? attr.getLocalName() : attr.getNodeName();
    }

    private static String namespacePrefix(Attr attr) {
        // xmlns="..." has local name "xmlns"; xmlns:p="..." has local name "p"
        return "xmlns".equals(attr.getNodeName()) ? "" : localName(attr);
    }

    /** Every namespace in scope at {@code element}: prefix → URI ("" for the default), nearest declaration wins. */
    private static Map<String, String> inScope(Element element) {
        Map<String, String> scope = new TreeMap<>();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                if (XMLNS.equals(attr.getNamespaceURI())) {
                    String prefix = namespacePrefix(attr);
                    if (!"xml".equals(prefix)) {
                        scope.putIfAbsent(prefix, attr.getValue());
                    }
                }
            }
        }
        return scope;
    }

    /** The {@code xml:*} attributes of the ancestors that the apex does not carry itself (nearest wins). */
    private static List<Attr> inheritedXmlAttributes(Element apex, List<Attr> own) {
        List<Attr> inherited = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Attr a : own) {
            if (XML.equals(a.getNamespaceURI())) {
                seen.add(localName(a));
            }
        }
        for (Node n = apex.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                if (XML.equals(attr.getNamespaceURI()) && !seen.contains(localName(attr))) {
                    seen.add(localName(attr));
                    inherited.add(attr);
                }
            }
        }
        return inherited;
    }

    private void text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#xD;");
                default -> out.append(c);
            }
        }
    }

    private void attributeValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#x9;");
                case '\n' -> out.append("&#xA;");
                case '\r' -> out.append("&#xD;");
                default -> out.append(c);
            }
        }
    }
}
