package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it: {@code java -jar officesud-cli/target/officesud.jar}, its libraries in
 * {@code lib/} beside it (Bouncy Castle's signed jars unshaded). Skipped when the jar has not been packaged (a build
 * that stops before {@code package}).
 */
class CliJarTest {
    private static final Path JAR = Path.of("..", "officesud-cli", "target", "officesud.jar");

    private static Process run(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
    }

    @Test
    void theJar_runs_checks_andAsksForNoPasswordWithoutAConsole(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "officesud.jar is not packaged");
        Files.writeString(dir.resolve("claim.pdf"), "not a PDF", StandardCharsets.UTF_8);

        Process check = run(dir, "check", "--lang", "en", "claim.pdf");
        String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Process sign = run(dir, "sign", "--p12", "claim.pdf", "claim.pdf");
        String signed = new String(sign.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(checked).isEqualTo(1);
        assertThat(checked).contains("REFUSED").contains("is not recognised");
        assertThat(sign.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(sign.exitValue()).as(signed).isEqualTo(2);
        assertThat(signed).contains("There is no console to ask the key's password on");
    }
}
