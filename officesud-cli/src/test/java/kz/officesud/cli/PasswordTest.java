package kz.officesud.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key's password: asked with echo off, never taken on the command line, never printed, wiped after use. */
class PasswordTest {
    private static final String PASSWORD = "Тайна-Secret-2026";

    @TempDir
    static Path keys;

    private static Path p12;

    @TempDir
    Path dir;

    private Path claim;

    @BeforeAll
    static void key() {
        TestNca nca = TestNca.generate();
        p12 = keys.resolve("key.p12");
        nca.writePkcs12(
                nca.issueIndividual(Iin.of("900101300007"), "АСАНОВ", "БОЛАТ", "СЕРИКОВИЧ"),
                p12,
                PASSWORD.toCharArray());
    }

    private FakeTerminal.Result sign(FakeTerminal terminal, String... options) throws Exception {
        claim = Files.writeString(dir.resolve("claim-" + System.nanoTime() + ".pdf"), "%PDF иск");
        String[] args = new String[options.length + 4];
        args[0] = "sign";
        args[1] = "--p12";
        args[2] = p12.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = claim.toString();
        return terminal.run(args);
    }

    @Test
    void thePassword_isAskedOnTheConsole_withNoEcho_andWipedAfterUse() throws Exception {
        FakeTerminal terminal = new FakeTerminal().password(PASSWORD);

        FakeTerminal.Result r = sign(terminal);

        assertThat(r.status()).isEqualTo(0);
        assertThat(r.prompts()).containsExactly("Password of key.p12: ");
        assertThat(r.all()).doesNotContain(PASSWORD);
        assertThat(terminal.handedOut).hasSize(1);
        assertThat(new String(terminal.handedOut.get(0)).chars()).allMatch(c -> c == 0);
    }

    @Test
    void aWrongPassword_isSaidInTheUsersLanguage_neverPrinted() throws Exception {
        for (String lang : new String[] {"kk", "ru", "en"}) {
            FakeTerminal.Result r = sign(new FakeTerminal().password("wrong-" + PASSWORD), "--lang", lang);

            assertThat(r.status()).isEqualTo(2);
            assertThat(r.all()).doesNotContain(PASSWORD);
            assertThat(r.err())
                    .contains(
                            switch (lang) {
                                case "kk" -> "Құпиясөз кілт файлына сәйкес келмейді.";
                                case "ru" -> "Пароль не подходит к файлу ключа.";
                                default -> "The password does not open the key file.";
                            });
        }
    }

    @Test
    void withoutAConsole_thePasswordMustComeFromAFileOrTheEnvironment() throws Exception {
        FakeTerminal.Result r = sign(new FakeTerminal().password(null));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("There is no console to ask the key's password on")
                .contains("--password-file");
    }

    @Test
    void aPasswordFile_isReadWithAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\r\n", StandardCharsets.UTF_8);

        FakeTerminal.Result r = sign(new FakeTerminal().password(null), "--password-file", file.toString());

        assertThat(r.status()).as(r.all()).isEqualTo(0);
        assertThat(r.err()).contains("warning: the key's password is read from " + file);
        assertThat(r.prompts()).isEmpty();
        assertThat(r.all()).doesNotContain(PASSWORD);
    }

    @Test
    void anEnvironmentVariable_isReadWithAWarning_onlyWhenNamed() throws Exception {
        FakeTerminal terminal = new FakeTerminal().password(null).env("P12_PASSWORD", PASSWORD);

        FakeTerminal.Result named = sign(terminal, "--password-env", "P12_PASSWORD");
        FakeTerminal.Result unset = sign(new FakeTerminal().password(null), "--password-env", "P12_PASSWORD");

        assertThat(named.status()).as(named.all()).isEqualTo(0);
        assertThat(named.err())
                .contains("warning: the key's password is read from the environment variable P12_PASSWORD");
        assertThat(named.all()).doesNotContain(PASSWORD);
        assertThat(unset.status()).isEqualTo(2);
        assertThat(unset.err()).contains("The environment variable P12_PASSWORD is not set.");
    }

    @Test
    void thereIsNoPasswordOption_andTwoSourcesAreRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("password.txt"), PASSWORD);

        FakeTerminal.Result onTheCommandLine = sign(new FakeTerminal().password(null), "--password", PASSWORD);
        FakeTerminal.Result both = sign(new FakeTerminal(), "--password-file", file.toString(), "--password-env", "X");

        assertThat(onTheCommandLine.status()).isEqualTo(2);
        assertThat(onTheCommandLine.err()).contains("Unknown option: '--password'");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("either --password-file or --password-env");
    }
}
