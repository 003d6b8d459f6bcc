package kz.officesud.cli;

import static kz.officesud.documents.corpus.Docx.p;
import static kz.officesud.documents.corpus.Docx.r;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import kz.officesud.documents.corpus.Corpus;
import kz.officesud.documents.corpus.Docx;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    private Path good;
    private Path arial;

    @BeforeEach
    void files() throws Exception {
        good = Docx.word().body(p("Исковое заявление"), p("Текст")).build(dir.resolve("иск.docx"));
        arial = Docx.word()
                .body(p("", r("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>", "Ответчик")))
                .build(dir.resolve("arial.docx"));
    }

    @Test
    void check_whenEveryFileIsAcceptable_printsTheTableAndExitsZero() {
        FakeTerminal.Result r = new FakeTerminal().run("check", good.toString());

        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out())
                .contains("Rules: KZ-2018-AMENDED-2025-06-03")
                .contains("File", "Format", "Verdict", "First problem")
                .contains(good.toString())
                .contains("docx")
                .contains("acceptable")
                .contains("1 acceptable, 0 refused, 0 not read.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void check_whenAFileIsRefused_saysTheFirstProblemInTheSdksWordsAndExitsOne() throws Exception {
        Path scan = Corpus.jpeg(dir.resolve("скан.jpg"));

        FakeTerminal.Result r = new FakeTerminal().run("check", "--lang", "ru", good.toString(), scan.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("ОТКЛОНЯЕТСЯ")
                .contains("суд принимает только PDF, Word (.docx), Word 97–2003 (.doc), Excel (.xlsx)")
                .contains("Принимается: 1, отклоняется: 1, не прочитано: 0.");
    }

    @Test
    void check_layout_isAWarningAsTheCourtTakesIt_andARefusalWithStrictLayout() {
        FakeTerminal.Result lenient = new FakeTerminal().run("check", "--lang", "ru", arial.toString());
        FakeTerminal.Result strict =
                new FakeTerminal().run("check", "--lang", "ru", "--strict-layout", arial.toString());

        assertThat(lenient.status()).isEqualTo(0);
        assertThat(lenient.out())
                .contains("принимается, см. замечание")
                .contains("набрано не шрифтом Times New Roman")
                .contains("Принимается: 1, отклоняется: 0, не прочитано: 0.");
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).contains("ОТКЛОНЯЕТСЯ").contains("набрано не шрифтом Times New Roman");
    }

    @Test
    void check_whenAFileCannotBeRead_exitsTwo_andStillJudgesTheOthers() {
        FakeTerminal.Result r = new FakeTerminal()
                .run("check", good.toString(), dir.resolve("missing.pdf").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("NOT READ").contains("1 acceptable, 0 refused, 1 not read.");
    }

    @Test
    void check_withoutFiles_isAUsageError() {
        FakeTerminal.Result r = new FakeTerminal().run("check");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("FILE");
    }

    @Test
    void check_json_givesEveryFileItsVerdictAndProblems() throws Exception {
        FakeTerminal.Result r =
                new FakeTerminal().run("check", "--json", "--strict-layout", good.toString(), arial.toString());
        FakeTerminal.Result lenient = new FakeTerminal().run("check", "--json", arial.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(new ObjectMapper()
                        .readTree(lenient.out())
                        .get("files")
                        .get(0)
                        .get("problems")
                        .get(0)
                        .get("refuses")
                        .asBoolean())
                .isFalse();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("ruleSet").asText()).isEqualTo("KZ-2018-AMENDED-2025-06-03");
        assertThat(json.get("acceptable").asInt()).isEqualTo(1);
        assertThat(json.get("refused").asInt()).isEqualTo(1);
        JsonNode second = json.get("files").get(1);
        assertThat(second.get("verdict").asText()).isEqualTo("REFUSED");
        assertThat(second.get("format").asText()).isEqualTo("docx");
        assertThat(second.get("size").asLong()).isEqualTo(Files.size(arial));
        assertThat(second.get("problems").get(0).get("problem").asText()).isEqualTo("WRONG_FONT");
        assertThat(second.get("problems").get(0).get("refuses").asBoolean()).isTrue();
        assertThat(second.get("problems").get(0).get("messageKey").asText()).isEqualTo("document.wrongFont");
    }

    @Test
    void check_onADate_judgesByTheRulesInForceThen() throws Exception {
        Path xlsx = Corpus.xlsx(dir.resolve("расчёт.xlsx"));

        FakeTerminal.Result today = new FakeTerminal().run("check", xlsx.toString());
        FakeTerminal.Result in2015 = new FakeTerminal().run("check", "--date", "2015-03-01", xlsx.toString());

        assertThat(today.status()).isEqualTo(0);
        assertThat(in2015.status()).isEqualTo(1);
        assertThat(in2015.out())
                .contains("KZ-2014")
                .contains("the court accepts only PDF, Word (.docx), Word 97–2003 (.doc), JPEG (.jpg)");
    }

    @Test
    void check_onADateBeforeAnyRules_isAUsageError() {
        FakeTerminal.Result r = new FakeTerminal().run("check", "--date", "2010-01-01", good.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("No court rules were in force on 2010-01-01");
    }

    @Test
    void check_ofAFolder_checksEveryFileInIt_inNameOrder() {
        FakeTerminal.Result r = new FakeTerminal().run("check", dir.toString());

        assertThat(r.out().indexOf("arial.docx"))
                .isPositive()
                .isLessThan(r.out().indexOf("иск.docx"));
        assertThat(r.out()).contains("2 acceptable, 0 refused, 0 not read.");
    }

    @Test
    void check_speaksTheLanguageAsked_orTheJvms_elseRussian() {
        assertThat(new FakeTerminal()
                        .run("check", "--lang", "kk", "--strict-layout", arial.toString())
                        .out())
                .contains("ҚАБЫЛДАНБАЙДЫ")
                .contains("Times New Roman");
        assertThat(new FakeTerminal()
                        .locale(Locale.forLanguageTag("kk-KZ"))
                        .run("check", "--strict-layout", arial.toString())
                        .out())
                .contains("ҚАБЫЛДАНБАЙДЫ");
        assertThat(new FakeTerminal()
                        .locale(Locale.GERMANY)
                        .run("check", "--strict-layout", arial.toString())
                        .out())
                .contains("ОТКЛОНЯЕТСЯ");
        assertThat(new FakeTerminal()
                        .run("check", "--lang", "de", arial.toString())
                        .status())
                .isEqualTo(2);
    }

    @Test
    void check_ofBigFiles_showsProgress_asPlainLinesWhenNotATerminal_andRedrawnOnATerminal() throws Exception {
        Path big = dir.resolve("big.bin");
        byte[] bytes = new byte[9 * 1024 * 1024];
        new Random(1).nextBytes(bytes);
        Files.write(big, bytes);

        FakeTerminal.Result plain = new FakeTerminal().run("check", "--json", big.toString());
        FakeTerminal.Result terminal = new FakeTerminal().interactive(true).run("check", big.toString());

        assertThat(plain.err())
                .doesNotContain("\r")
                .contains("checking: 0% 0.0 of 9.0 MB", "checking: 100% 9.0 of 9.0 MB");
        assertThat(plain.out()).startsWith("{"); // results stay clean for scripts
        assertThat(terminal.err()).contains("\rchecking [").contains("100% 9.0 of 9.0 MB");
        // small work shows no bar
        assertThat(new FakeTerminal().run("check", good.toString()).err()).isEmpty();
    }
}
