package kz.officesud.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Our Canonical XML 1.0 against the JDK's own implementation (Apache Santuario inside java.xml.crypto). */
class C14nTest {
    private static final String SOAP = "<s:Envelope xmlns:s=\"urn:soap\" xmlns:unused=\"urn:x\" xml:lang=\"kk\">"
            + "<s:Header/><s:Body xmlns:u=\"urn:u\" u:Id=\"b\"><m xmlns=\"urn:m\"><n xmlns=\"\"/></m></s:Body>"
            + "</s:Envelope>";
    private static final String[] DOCUMENTS = {
        "<?xml version=\"1.0\"?><!-- head --><?pi data?><r b=\"2\" a=\"1\"><e/><!-- c --></r><!-- tail -->",
        "<r xmlns=\"urn:a\" xmlns:z=\"urn:z\" xmlns:b=\"urn:b\"><b:x z:y=\"1\" b:a=\"2\" c=\"3\"><y xmlns=\"\"/>"
                + "<b:w xmlns:b=\"urn:b\">t &amp; &lt; &gt; \"q\"</b:w></b:x></r>",
        "<r xml:lang=\"kk\" attr=\"a&#9;b&#10;c&#13;&quot;&lt;&amp;\">\r\nline\r\n<![CDATA[<cdata> & ]]></r>",
        "<a:r xmlns:a=\"urn:a\"><a:s xmlns:a=\"urn:other\"><t xmlns=\"urn:d\"><u xmlns=\"urn:d\"/></t></a:s></a:r>",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void wholeDocument_matchesTheJdk_withAndWithoutComments(int index) throws Exception {
        byte[] xml = DOCUMENTS[index].getBytes(StandardCharsets.UTF_8);
        Document document = SecureXml.parse(xml);

        assertThat(new String(C14n.canonicalize(document, false, null), StandardCharsets.UTF_8))
                .isEqualTo(jdk(xml, CanonicalizationMethod.INCLUSIVE));
        assertThat(new String(C14n.canonicalize(document, true, null), StandardCharsets.UTF_8))
                .isEqualTo(jdk(xml, CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void exclusive_wholeDocument_matchesTheJdk_withAndWithoutComments(int index) throws Exception {
        String text = index < DOCUMENTS.length ? DOCUMENTS[index] : SOAP;
        byte[] xml = text.getBytes(StandardCharsets.UTF_8);
        Document document = SecureXml.parse(xml);

        assertThat(new String(C14n.canonicalizeExclusive(document, false, null, Set.of()), StandardCharsets.UTF_8))
                .isEqualTo(jdk(xml, CanonicalizationMethod.EXCLUSIVE));
        assertThat(new String(C14n.canonicalizeExclusive(document, true, null, Set.of()), StandardCharsets.UTF_8))
                .isEqualTo(jdk(xml, CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS));
    }

    @Test
    void exclusive_subtree_rendersOnlyTheNamespacesItUses_andTheInclusivePrefixes() throws Exception {
        Document document = SecureXml.parse(SOAP.getBytes(StandardCharsets.UTF_8));
        Element body = (Element) document.getDocumentElement().getLastChild();

        String exclusive = new String(C14n.canonicalizeExclusive(body, false, null, Set.of()), StandardCharsets.UTF_8);
        String withUnused =
                new String(C14n.canonicalizeExclusive(body, false, null, Set.of("unused")), StandardCharsets.UTF_8);

        assertThat(exclusive)
                .isEqualTo("<s:Body xmlns:s=\"urn:soap\" xmlns:u=\"urn:u\" u:Id=\"b\"><m xmlns=\"urn:m\">"
                        + "<n xmlns=\"\"></n></m></s:Body>");
        assertThat(withUnused).startsWith("<s:Body xmlns:s=\"urn:soap\" xmlns:u=\"urn:u\" xmlns:unused=\"urn:x\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void subtree_carriesTheNamespacesInScope(int index) throws Exception {
        Document document = SecureXml.parse(DOCUMENTS[index].getBytes(StandardCharsets.UTF_8));
        Element first = (Element) document.getDocumentElement().getFirstChild();

        String canonical = new String(C14n.canonicalize(first, false, null), StandardCharsets.UTF_8);

        if (index == 1) {
            assertThat(canonical)
                    .startsWith(
                            "<b:x xmlns=\"urn:a\" xmlns:b=\"urn:b\" xmlns:z=\"urn:z\" c=\"3\" b:a=\"2\" z:y=\"1\">");
        } else {
            assertThat(canonical).isEqualTo("<a:s xmlns:a=\"urn:other\"><t xmlns=\"urn:d\"><u></u></t></a:s>");
        }
    }

    private static String jdk(byte[] xml, String algorithm) throws Exception {
        TransformService c14n = TransformService.getInstance(algorithm, "DOM");
        c14n.init(null);
        OctetStreamData out =
                (OctetStreamData) c14n.transform(new OctetStreamData(new ByteArrayInputStream(xml)), null);
        try (InputStream in = out.getOctetStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
