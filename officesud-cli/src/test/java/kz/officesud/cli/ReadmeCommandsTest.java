package kz.officesud.cli;

import static kz.officesud.documents.corpus.Docx.p;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.core.model.Iin;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README documents every command, its examples use options that exist, and its filing description files. */
class ReadmeCommandsTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    private static CommandLine commandLine() {
        return Cli.commandLine(new Context(new FakeTerminal(), Texts.of("en")));
    }

    @Test
    void everyCommand_isDocumentedInTheReadme() throws Exception {
        String readme = readme();
        for (String command : commandLine().getSubcommands().keySet()) {
            if (!command.equals("help")) {
                assertThat(readme).as("the README on officesud %s", command).contains("**`" + command);
            }
        }
    }

    @Test
    void theReadmesExamples_useOnlyOptionsThatExist() throws Exception {
        Matcher line = Pattern.compile("(?m)^(?:\\$ )?officesud (\\w+)(.*)$").matcher(readme());
        CommandLine cli = commandLine();
        int examples = 0;
        while (line.find()) {
            CommandLine command = cli.getSubcommands().get(line.group(1));
            assertThat(command).as("officesud %s", line.group(1)).isNotNull();
            if (line.group(1).equals("court")) {
                continue; // its options are the reference court launcher's
            }
            Matcher option = Pattern.compile("(--[a-z0-9-]+)").matcher(line.group(2));
            while (option.find()) {
                assertThat(command.getCommandSpec().findOption(option.group(1)))
                        .as("%s of officesud %s", option.group(1), line.group(1))
                        .isNotNull();
            }
            examples++;
        }
        assertThat(examples).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theReadmesFilingDescription_passesADryRun(@TempDir Path dir) throws Exception {
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme());
        assertThat(yaml.find()).isTrue();
        Path description = Files.writeString(dir.resolve("claim.yaml"), yaml.group(1));
        List<String> documents = new ArrayList<>();
        Matcher path = Pattern.compile("\\{path: ([^}]+)}").matcher(yaml.group(1));
        while (path.find()) {
            documents.add(path.group(1));
            Docx.word().body(p(path.group(1))).build(dir.resolve(path.group(1)));
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(2);
        TestNca nca = TestNca.generate();
        Path p12 = dir.resolve("key.p12");
        nca.writePkcs12(
                nca.issueIndividual(Iin.of("980821316528"), "ОМАРОВА", "АСЕЛЬ", "МАРАТОВНА"), p12, "p".toCharArray());

        FakeTerminal.Result r = new FakeTerminal()
                .password("p")
                .run("file", "--dry-run", "--p12", p12.toString(), description.toString());

        assertThat(r.status()).as(r.all()).isEqualTo(0);
    }
}
