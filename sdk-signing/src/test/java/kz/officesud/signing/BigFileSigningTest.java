package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Detached signing streams: 200 MB signed and verified by a JVM whose whole heap is 64 MB. */
class BigFileSigningTest {

    @Test
    void detached_200MB_signsAndVerifies_underXmx64m() throws IOException, InterruptedException {
        long size = 200L * 1024 * 1024;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BigFileSigningMain.class.getName(),
                        Long.toString(size))
                .redirectErrorStream(true)
                .start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("signed and verified " + size + " bytes");
    }
}
