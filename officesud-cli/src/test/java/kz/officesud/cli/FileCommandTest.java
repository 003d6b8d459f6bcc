package kz.officesud.cli;

import static kz.officesud.documents.corpus.Docx.p;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Party;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FileCommandTest {
    private static final String PASSWORD = "ключ-2026";

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    @TempDir
    Path dir;

    private TestUser user;
    private Path p12;

    @BeforeEach
    void user() throws Exception {
        user = court.users().individual();
        p12 = Files.write(dir.resolve("key.p12"), court.users().toPkcs12(user, PASSWORD.toCharArray()));
    }

    /**
     * A valid filing of {@code type} described for the command: the SDK's JSON of the sample, each document a Word
     * file beside the description given by its path.
     */
    private Path description(Class<? extends Filing> type, String name) throws Exception {
        Filing filing = SampleFilings.of(type, title -> {
            try {
                return Attachment.of(Docx.word().body(p(title)).build(dir.resolve(title + ".docx")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode tree = OfficesudJson.newMapper().valueToTree(filing);
        byPath(tree);
        Path file = dir.resolve(name);
        (name.endsWith(".yaml") ? new YAMLMapper() : new ObjectMapper()).writeValue(file.toFile(), tree);
        return file;
    }

    /** Every attachment's metadata replaced by {@code {"path": "<its file name>"}}. */
    private static void byPath(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().has("sha256")) {
                    field.setValue(new ObjectMapper()
                            .createObjectNode()
                            .put("path", field.getValue().get("fileName").asText()));
                } else {
                    byPath(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).has("sha256")) {
                    array.set(
                            i,
                            new ObjectMapper()
                                    .createObjectNode()
                                    .put("path", array.get(i).get("fileName").asText()));
                } else {
                    byPath(array.get(i));
                }
            }
        }
    }

    private FakeTerminal.Result file(String... args) {
        return fileWith(new FakeTerminal().password(PASSWORD), args);
    }

    private FakeTerminal.Result fileWith(FakeTerminal terminal, String... args) {
        List<String> all =
                new ArrayList<>(List.of("file", "--court", court.baseUrl().toString(), "--p12", p12.toString()));
        all.addAll(List.of(args));
        return terminal.run(all.toArray(String[]::new));
    }

    /** The filings of the user's account at the court. */
    private List<CaseSummary> filed() {
        try (CourtOffice office = CourtOffice.builder().baseUrl(court.baseUrl()).build();
                CourtSession session = office.login(user.key())) {
            return session.myCases().list();
        }
    }

    private static String talon(String out) {
        Matcher m = Pattern.compile("Talon (\\S+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void file_aClaim_printsTheTalon_andTheCourtRegistersItOnce() throws Exception {
        FakeTerminal.Result r = file(description(Claim.class, "claim.json").toString());

        assertThat(r.status()).as(r.all()).isEqualTo(0);
        assertThat(r.out()).contains("Filed. Talon ").contains("Sender: ").contains("Court: ");
        assertThat(filed()).hasSize(1);
    }

    @Test
    void file_fromYaml_withTheTalonAsJson() throws Exception {
        FakeTerminal.Result r =
                file("--json", description(Claim.class, "claim.yaml").toString());

        assertThat(r.status()).as(r.all()).isEqualTo(0);
        JsonNode talon = new ObjectMapper().readTree(r.out());
        assertThat(talon.get("number").asText()).isNotBlank();
        assertThat(talon.get("sender").get("iin").asText()).isEqualTo(user.iin().value());
    }

    static Stream<Class<? extends Filing>> everyFilingType() {
        return Stream.of(Filing.class.getPermittedSubclasses()).map(c -> c.asSubclass(Filing.class));
    }

    @ParameterizedTest
    @MethodSource("everyFilingType")
    void dryRun_ofEveryFilingType_passesAndSendsNothing(Class<? extends Filing> type) throws Exception {
        FakeTerminal.Result r =
                file("--dry-run", description(type, "filing.json").toString());

        assertThat(r.status()).as(r.all()).isEqualTo(0);
        assertThat(r.out())
                .contains("passes every check the court office makes before sending")
                .contains("Nothing was sent (dry run).");
        assertThat(filed()).isEmpty();
    }

    @Test
    void dryRun_needsNoCourt() throws Exception {
        FakeTerminal.Result r = new FakeTerminal()
                .password(PASSWORD)
                .run(
                        "file",
                        "--dry-run",
                        "--p12",
                        p12.toString(),
                        description(Claim.class, "claim.json").toString());

        assertThat(r.status()).as(r.all()).isEqualTo(0);
    }

    @Test
    void file_whenTheFilingBreaksTheRules_saysEveryViolation_exitsOne_andSendsNothing() throws Exception {
        Path description = description(Claim.class, "claim.json");
        String json = Files.readString(description)
                .replace(((Party.Individual) SampleFilings.PLAINTIFF).iin().value(), "900101300008");
        Files.writeString(description, json);

        FakeTerminal.Result r = file("--lang", "ru", description.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .contains("Обращение нарушает правила суда; ничего не отправлено:")
                .contains("participants[0].party.iin: ИИН ********0008");
        assertThat(filed()).isEmpty();
    }

    @Test
    void file_twiceWithOneReference_filesOnce_andGivesTheSameTalon() throws Exception {
        Path description = description(Claim.class, "claim.json");

        FakeTerminal.Result first = file("--reference", "ERP-2026/0042", description.toString());
        FakeTerminal.Result again = file("--reference", "ERP-2026/0042", description.toString());

        assertThat(first.status()).as(first.all()).isEqualTo(0);
        assertThat(again.status()).as(again.all()).isEqualTo(0);
        assertThat(talon(again.out())).isEqualTo(talon(first.out()));
        assertThat(filed()).hasSize(1);
    }

    @Test
    void file_withSave_thenTheSameCommandAgain_resumesTheSavedFiling_andFilesOnce() throws Exception {
        Path description = description(Claim.class, "claim.json");
        Path saved = dir.resolve("prepared.json");

        FakeTerminal.Result first = file("--save", saved.toString(), description.toString());
        FakeTerminal.Result rerun = file("--save", saved.toString(), description.toString());
        FakeTerminal.Result resumed = file("--resume", saved.toString());

        assertThat(first.status()).as(first.all()).isEqualTo(0);
        assertThat(first.err()).contains("Saved the prepared filing to " + saved);
        assertThat(Files.readString(saved)).doesNotContain(PASSWORD);
        assertThat(rerun.err()).contains("exists: resuming the filing saved there");
        assertThat(talon(rerun.out())).isEqualTo(talon(first.out()));
        assertThat(talon(resumed.out())).isEqualTo(talon(first.out()));
        assertThat(filed()).hasSize(1);
    }

    @Test
    void file_showsTheUploadsProgress_redrawnOnATerminal() throws Exception {
        FakeTerminal.Result r = fileWith(
                new FakeTerminal().password(PASSWORD).interactive(true),
                description(Claim.class, "claim.json").toString());

        assertThat(r.status()).as(r.all()).isEqualTo(0);
        assertThat(r.err()).contains("\ruploading [").contains("100%");
    }

    @Test
    void file_withAWrongPassword_exitsTwo_neverSayingThePassword_andSendsNothing() throws Exception {
        FakeTerminal terminal = new FakeTerminal().password("неверный-пароль");

        FakeTerminal.Result r =
                fileWith(terminal, description(Claim.class, "claim.json").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("The password does not open the key file.");
        assertThat(r.all()).doesNotContain("неверный-пароль");
        // the typed password was wiped once the key file was tried
        assertThat(terminal.handedOut).isNotEmpty().allSatisfy(typed -> assertThat(new String(typed).chars())
                .allMatch(c -> c == 0));
        assertThat(filed()).isEmpty();
    }

    @Test
    void file_usageErrors_exitTwo() throws Exception {
        assertThat(file().err()).contains("Name the filing's description");
        assertThat(new FakeTerminal()
                        .password(PASSWORD)
                        .run(
                                "file",
                                "--p12",
                                p12.toString(),
                                description(Claim.class, "c.json").toString())
                        .err())
                .contains("--court");
        assertThat(file(dir.resolve("none.json").toString()).status()).isEqualTo(2);
        Path broken = Files.writeString(
                dir.resolve("broken.json"), "{\"service\": \"CLAIM\", \"statement\": {\"path\": \"none.docx\"}}");
        assertThat(file(broken.toString()).err()).contains("No document");
        assertThat(file("--resume", dir.resolve("none.json").toString()).err()).contains("No saved filing");
    }
}
