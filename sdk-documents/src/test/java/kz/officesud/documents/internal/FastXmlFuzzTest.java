package kz.officesud.documents.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the OOXML parts' XML scanner: whatever the bytes, it either reports events or refuses them with a {@link
 * Refusal}; the handler asks for names, attributes and decoded text on every event, as the readers do.
 */
class FastXmlFuzzTest {
    private static final byte[] P = "p".getBytes(StandardCharsets.US_ASCII);

    @FuzzTest
    void scan(byte[] input) throws IOException {
        try {
            FastXml.scan(new ByteArrayInputStream(input), "fuzz.xml", 32, new FastXml.Handler() {
                @Override
                public void start(FastXml x) {
                    if (x.depth() == 1) {
                        x.usePrefixOf("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
                    }
                    x.localName();
                    x.attr("val");
                    x.is(P);
                    x.isQualified(P);
                }

                @Override
                public void end(FastXml x) {
                    x.is(P);
                }

                @Override
                public void text(byte[] buf, int from, int to, boolean cdata) {
                    FastXml.decode(buf, from, to);
                }
            });
        } catch (Refusal refused) {
            // the one way the scanner says no
        }
    }
}
