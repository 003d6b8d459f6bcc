package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README tells the truth: its quick start is QuickStart.java, which files; its commands are CI's. */
class ReadmeTest {
    private static final Path ROOT = Path.of("..");

    private static String read(Path file) throws IOException {
        return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    }

    /** The fenced blocks of a Markdown text whose opening fence is {@code ```info}, in order. */
    private static List<String> blocks(String markdown, String info) {
        List<String> blocks = new java.util.ArrayList<>();
        StringBuilder current = null;
        boolean wanted = false;
        for (String line : markdown.split("\n", -1)) {
            if (current == null) {
                if (line.startsWith("```")) {
                    current = new StringBuilder();
                    wanted = line.substring(3).strip().equals(info);
                }
            } else if (line.strip().equals("```")) {
                if (wanted) {
                    blocks.add(current.toString());
                }
                current = null;
            } else {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static String normalized(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void quickStart_inTheReadme_isTheCompiledQuickStart() throws IOException {
        String readme = read(Path.of("README.md"));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a java block in the README").isTrue();
        String source = read(Path.of("sdk-examples/src/main/java/kz/officesud/examples/QuickStart.java"));
        String compiled = source.substring(
                source.indexOf("// README:BEGIN") + "// README:BEGIN".length(), source.indexOf("// README:END"));

        assertThat(normalized(block.group(1))).isEqualTo(normalized(compiled));
    }

    @Test
    void everyJavaBlockOfTheReadme_isCompiledCode_markedInTheExamples() throws IOException {
        String readme = read(Path.of("README.md"));
        List<String> blocks =
                blocks(readme, "java").stream().map(ReadmeTest::normalized).toList();
        List<String> compiled = new java.util.ArrayList<>();
        try (var sources = Files.walk(ROOT.resolve("sdk-examples/src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                int begin = text.indexOf("// README:BEGIN");
                if (begin >= 0) {
                    compiled.add(normalized(
                            text.substring(begin + "// README:BEGIN".length(), text.indexOf("// README:END"))));
                }
            }
        }

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        assertThat(compiled).containsAll(blocks);
    }

    @Test
    void readme_hasExactlyTwoSetUpCommands_andCiRunsTheTestOne() throws IOException {
        String readme = read(Path.of("README.md"));
        List<String> commands = blocks(readme, "").stream().map(String::strip).toList();

        assertThat(commands)
                .containsExactly(
                        "./mvnw -B -q -DskipTests package && java -jar sdk-examples/target/officesud-demo.jar",
                        "./mvnw -B -ntp verify");
        assertThat(read(Path.of(".ci/run"))).contains("\n" + commands.get(1) + "\n");
    }

    @Test
    void readme_listsEveryRunnableExample_inItsGroup() throws IOException {
        String readme = read(Path.of("README.md"));
        Matcher rows = Pattern.compile("^\\| `(\\w+)` \\| `([a-z-]+)` \\|", Pattern.MULTILINE)
                .matcher(readme);
        List<String> listed =
                rows.results().map(m -> m.group(1) + " " + m.group(2)).toList();
        List<String> examples = Examples.groups().entrySet().stream()
                .flatMap(group ->
                        group.getValue().stream().map(example -> group.getKey().getSimpleName() + " " + example.name()))
                .toList();

        assertThat(listed).containsExactlyElementsOf(examples);
    }

    @Test
    void quickStart_filesAClaim_intoTheReferenceCourt(@TempDir Path dir) throws IOException {
        try (EmbeddedCourt court = EmbeddedCourt.start(null)) {
            NcaKey key = court.issueIndividual(Iin.random(new java.util.Random(7)), "АСАНОВ", "БОЛАТ", "СЕРИКОВИЧ");
            Path p12 = dir.resolve("key.p12");
            court.testNca().writePkcs12(key, p12, "p12-password".toCharArray());
            try (CourtOffice office =
                    CourtOffice.builder().baseUrl(court.baseUrl()).build()) {
                office.register(key, "account-password".toCharArray(), "a@example.kz", UserAgreement.ACCEPTED);
            }
            SampleDocuments.docx(dir.resolve("Исковое заявление.docx"), List.of("Исковое заявление"));
            SampleDocuments.docx(dir.resolve("Акт выполненных работ.docx"), List.of("Акт выполненных работ"));

            Talon talon = QuickStart.fileClaim(p12, "p12-password".toCharArray(), court.baseUrl(), dir);

            try (CourtOffice office =
                            CourtOffice.builder().baseUrl(court.baseUrl()).build();
                    var session = office.login(key)) {
                assertThat(session.myCases().filing(talon.filingId()).status()).isEqualTo(FilingStatus.REGISTERED);
            }
        }
    }
}
