package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.signing.internal.Algorithms;
import kz.officesud.signing.internal.XmlAlgorithms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/signature-algorithms.md lists exactly the identifiers the code reads, no more, no fewer. */
class SignatureAlgorithmsDocTest {
    private static final Path DOC = Path.of("../docs/signature-algorithms.md");
    private static final Pattern FIRST_COLUMN = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

    private static Set<String> listed;

    @BeforeAll
    static void read() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        listed = new LinkedHashSet<>();
        Matcher m = FIRST_COLUMN.matcher(doc);
        while (m.find()) {
            listed.add(m.group(1));
        }
    }

    @Test
    void everyOidAndUriTheCodeReads_isInTheTable() {
        assertThat(listed).containsAll(Algorithms.all().keySet());
        assertThat(listed).containsAll(XmlAlgorithms.signatures().keySet());
        assertThat(listed).containsAll(XmlAlgorithms.digests().keySet());
        assertThat(listed)
                .contains(
                        XmlAlgorithms.C14N,
                        XmlAlgorithms.C14N_COMMENTS,
                        XmlAlgorithms.EXC_C14N,
                        XmlAlgorithms.EXC_C14N_COMMENTS,
                        XmlAlgorithms.ENVELOPED);
    }

    @Test
    void everyOidAndUriInTheTable_isReadByTheCode() {
        for (String entry : listed) {
            if (entry.matches("[0-9]+(\\.[0-9]+)+")) {
                assertThat(Algorithms.name(entry)).as(entry).isPresent();
            } else if (entry.startsWith("http") || entry.startsWith("urn:")) {
                assertThat(XmlAlgorithms.signature(entry).isPresent()
                                || XmlAlgorithms.digest(entry).isPresent()
                                || XmlAlgorithms.canonicalization(entry)
                                || XmlAlgorithms.ENVELOPED.equals(entry))
                        .as(entry)
                        .isTrue();
            }
        }
        assertThat(listed).hasSizeGreaterThan(50);
    }
}
