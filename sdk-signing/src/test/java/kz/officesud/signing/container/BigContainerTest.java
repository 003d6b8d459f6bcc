package kz.officesud.signing.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Containers stream: 200 MB made, verified, co-signed and verified again by a JVM whose whole heap is 64 MB. */
class BigContainerTest {

    @Test
    void container_200MB_makesVerifiesAndCoSigns_underXmx64m(@TempDir Path folder)
            throws IOException, InterruptedException {
        long size = 200L * 1024 * 1024;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BigContainerMain.class.getName(),
                        folder.toString(),
                        Long.toString(size),
                        "RSA")
                .redirectErrorStream(true)
                .start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("made, verified, co-signed and verified " + size + " bytes");
    }
}
