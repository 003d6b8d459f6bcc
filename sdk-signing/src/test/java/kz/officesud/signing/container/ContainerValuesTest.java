package kz.officesud.signing.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.officesud.signing.container.ContainerProblem.Code;
import org.junit.jupiter.api.Test;

/** The container's value types: equality, their checks, and how they read. */
class ContainerValuesTest {

    @Test
    void problemsAndFiles_areEqualByValue() {
        assertThat(new ContainerProblem(Code.EXTRA_FILE, "a.pdf", "m"))
                .isEqualTo(new ContainerProblem(Code.EXTRA_FILE, "a.pdf", "m"))
                .hasSameHashCodeAs(new ContainerProblem(Code.EXTRA_FILE, "a.pdf", "m"))
                .isNotEqualTo(new ContainerProblem(Code.FILE_MISSING, "a.pdf", "m"));
        assertThat(new ContainerFile("a.pdf", 3, "uri", "AAA="))
                .isEqualTo(new ContainerFile("a.pdf", 3, "uri", "AAA="))
                .isNotEqualTo(new ContainerFile("a.pdf", 4, "uri", "AAA="));
        assertThat(ContainerLimits.defaults()).isEqualTo(ContainerLimits.defaults());
    }

    @Test
    void problem_readsAsCodeEntryAndMessage() {
        assertThat(new ContainerProblem(Code.EXTRA_FILE, "a.pdf", "not listed"))
                .hasToString("EXTRA_FILE [a.pdf]: not listed");
        assertThat(new ContainerProblem(Code.MALFORMED_ZIP, "", "cut off")).hasToString("MALFORMED_ZIP: cut off");
    }

    @Test
    void limits_refuseNonPositiveBounds() {
        assertThatThrownBy(() -> new ContainerLimits(0, 1, 1, 1, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxEntries");
        assertThatThrownBy(() -> new ContainerLimits(1, 1, 1, 1, -1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratioGraceBytes");
        assertThatThrownBy(() -> new ContainerFile("a", -1, "u", "v")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyReport_isNotValid_evenWithoutProblems() {
        SignedZipReport report = new SignedZipReport(List.of(), List.of(), List.of());

        assertThat(report.valid()).isFalse();
        assertThatThrownBy(report::orThrow)
                .isInstanceOf(SignedZipException.class)
                .hasMessageContaining("no signer");
    }

    @Test
    void names_unsafeOnesAreNamedWithTheirReason_andShownWithoutControlCharacters() {
        assertThat(EntryNames.unsafe("annexes/receipt.pdf")).isEmpty();
        assertThat(EntryNames.unsafe("annexes/")).isEmpty();
        assertThat(EntryNames.unsafe("a/../b")).contains("a '..' segment (path traversal)");
        assertThat(EntryNames.unsafe("C:\\x")).contains("a backslash (a Windows path separator)");
        assertThat(EntryNames.shown("a\u0000b\nc")).isEqualTo("a?b?c");
        assertThat(EntryNames.shown("x".repeat(500))).hasSize(121).endsWith("…");
        assertThat(EntryNames.key("Иск.PDF")).isEqualTo(EntryNames.key("иск.pdf"));
    }
}
