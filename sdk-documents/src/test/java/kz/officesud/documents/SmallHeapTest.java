package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue #4's memory bound: the 20 MB PDF and DOCX are inspected by a JVM whose whole heap is 128 MB. */
class SmallHeapTest {

    @Test
    void twentyMegabytePdfAndDocx_areInspected_underXmx128m() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SmallHeapMain.class.getName())
                .redirectErrorStream(true)
                .start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("pdf ok 2\\d{7} bytes").containsPattern("docx ok 1\\d{7} bytes");
    }
}
