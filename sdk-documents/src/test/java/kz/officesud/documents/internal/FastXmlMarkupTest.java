package kz.officesud.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.documents.DocumentProblem;
import org.junit.jupiter.api.Test;

/**
 * The {@code <!} markup of a part: a comment is {@code <!--}, a CDATA section {@code <![CDATA[}; anything else (the
 * fuzzer's {@code <![CDATAY>}, once read as a CDATA section of negative length) is refused as not well-formed.
 */
class FastXmlMarkupTest {
    @Test
    void cdataAndComments_areReadAsSuch() throws IOException {
        assertThat(texts("<w:t><!-- a comment --><![CDATA[a < b]]></w:t>")).containsExactly("a < b");
    }

    @Test
    void aCdataLookAlike_isRefusedAsCorrupt_notAnIndexError() {
        for (String part : List.of("<w:t><![CDATAY></w:t>", "<w:t><![></w:t>", "<w:t><!-x></w:t>")) {
            Refusal refused = catchThrowableOfType(Refusal.class, () -> texts(part));
            assertThat(refused).as(part).isNotNull();
            assertThat(refused.problem()).as(part).isEqualTo(DocumentProblem.CORRUPT);
        }
    }

    private static List<String> texts(String xml) throws IOException {
        List<String> texts = new ArrayList<>();
        FastXml.scan(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "word/document.xml",
                32,
                new FastXml.Handler() {
                    @Override
                    public void start(FastXml x) {}

                    @Override
                    public void end(FastXml x) {}

                    @Override
                    public void text(byte[] buf, int from, int to, boolean cdata) {
                        texts.add(FastXml.decode(buf, from, to));
                    }
                });
        return texts;
    }
}
