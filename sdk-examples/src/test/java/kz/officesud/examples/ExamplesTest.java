package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every runnable example files into the embedded court and ends with a talon of a registered filing; every filing
 * service with a type has an example; a group's {@code main} runs examples by name.
 */
class ExamplesTest {
    private static EmbeddedCourt court;

    @BeforeAll
    static void start() throws IOException {
        court = EmbeddedCourt.start(null);
    }

    @AfterAll
    static void stop() {
        court.close();
    }

    static List<Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theExample_filesIntoTheEmbeddedCourt_andEndsWithTheTalonOfARegisteredFiling(Example example)
            throws IOException {
        Examples.Outcome outcome = Examples.run(example, court);

        assertThat(outcome.talon().number()).matches("T-\\d{4}-\\d{6}");
        assertThat(outcome.filing().service()).isEqualTo(example.service());
        assertThat(outcome.filing().court().code())
                .isEqualTo(outcome.talon().recipient().courtCode());
        assertThat(outcome.filing().status()).isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void everyServiceWithAFilingType_hasAnExample_andNamesAreUnique() {
        List<CourtService> typed = Arrays.stream(CourtService.values())
                .filter(s -> s.filingType().isPresent())
                .toList();

        assertThat(examples()).extracting(Example::service).containsAll(typed);
        assertThat(examples()).extracting(Example::name).doesNotHaveDuplicates();
        assertThat(examples()).allSatisfy(e -> assertThat(e.name()).matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void aGroupsMain_runsTheNamedExamples_listsThem_andRefusesAnUnknownOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        int ran = Examples.main(
                "CivilFilings",
                CivilFilings.EXAMPLES,
                new String[] {"cassation-complaint", "cancel-court-order"},
                o,
                e);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(ran).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .satisfiesExactly(
                        line -> assertThat(line)
                                .startsWith("cassation-complaint: Кассационная жалоба (ходатайство) → talon T-")
                                .contains(" to 6003 Кассационный суд Республики Казахстан")
                                .endsWith("status REGISTERED"),
                        line -> assertThat(line)
                                .startsWith("cancel-court-order: Заявление об отмене судебного приказа → talon T-")
                                .endsWith("status REGISTERED"));

        out.reset();
        assertThat(Examples.main("CivilFilings", CivilFilings.EXAMPLES, new String[] {"--list"}, o, e))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(CivilFilings.EXAMPLES.stream().map(Example::name).toList());

        assertThat(Examples.main("CivilFilings", CivilFilings.EXAMPLES, new String[] {"appeel"}, o, e))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no example 'appeel'");
    }
}
