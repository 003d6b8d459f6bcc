package kz.officesud.cli;

import static kz.officesud.documents.corpus.Docx.p;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.RuleSets;
import kz.officesud.documents.corpus.AcceptanceCorpus;
import kz.officesud.documents.corpus.Docx;
import kz.officesud.filing.CourtOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance criterion: the command line's {@code check} gives the same verdicts as {@code CourtOffice.check} on
 * the acceptance corpus of the document rules, file by file — each corpus file attached to a claim that the court
 * office checks on the day the file's rule set is in force, and the same file checked by {@code officesud check
 * --date} that day; with layout as warnings (the default, as the court takes it) and with {@code --strict-layout}.
 */
class CheckAcceptanceTest {
    @TempDir
    Path dir;

    @Test
    void cliCheck_givesTheVerdictsOfCourtOfficeCheck_onTheAcceptanceCorpus() throws Exception {
        List<AcceptanceCorpus.Entry> corpus = AcceptanceCorpus.writeTo(dir);
        Path statement = Docx.word().body(p("Исковое заявление")).build(dir.resolve("statement-of-claim.docx"));
        // the corpus files judged by a standard rule set, by the day it took effect (the others are judged by rule
        // sets a caller made, which neither the court office nor the command applies)
        Map<LocalDate, List<AcceptanceCorpus.Entry>> byDay = new LinkedHashMap<>();
        int skipped = 0;
        for (AcceptanceCorpus.Entry e : corpus) {
            LocalDate day = e.rules().effectiveFrom();
            if (RuleSets.inForceOn(day).equals(e.rules())) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(e);
            } else {
                skipped++;
            }
        }
        assertThat(skipped).as("corpus files under a caller's own rule set").isLessThanOrEqualTo(3);

        int compared = 0;
        for (boolean strict : new boolean[] {false, true}) {
            compared += compare(byDay, statement, strict);
        }
        assertThat(compared).isGreaterThanOrEqualTo(2 * 60);
    }

    /** Compares the command's verdicts with the court office's; returns how many files were compared. */
    private static int compare(Map<LocalDate, List<AcceptanceCorpus.Entry>> byDay, Path statement, boolean strict)
            throws Exception {
        int compared = 0;
        for (Map.Entry<LocalDate, List<AcceptanceCorpus.Entry>> day : byDay.entrySet()) {
            List<String> args = new ArrayList<>(
                    List.of("check", "--json", "--date", day.getKey().toString()));
            if (strict) {
                args.add("--strict-layout");
            }
            day.getValue().forEach(e -> args.add(e.file().toString()));
            FakeTerminal.Result cli = new FakeTerminal().run(args.toArray(String[]::new));
            JsonNode files = new ObjectMapper().readTree(cli.out()).get("files");
            assertThat(files).hasSize(day.getValue().size());

            try (CourtOffice office = CourtOffice.builder()
                    .baseUrl(URI.create("https://office.sud.kz"))
                    .validationOptions(ValidationOptions.builder()
                            .filingDate(day.getKey())
                            .strictLayout(strict)
                            .build())
                    .build()) {
                boolean anyRefused = false;
                for (int i = 0; i < files.size(); i++) {
                    AcceptanceCorpus.Entry e = day.getValue().get(i);
                    JsonNode verdict = files.get(i);
                    String name = e.file().getFileName().toString();
                    assertThat(verdict.get("file").asText()).isEqualTo(e.file().toString());

                    Set<String> sdkRefusals = courtOfficeRefusals(office, statement, e.file());
                    Set<String> cliRefusals = new TreeSet<>();
                    Set<DocumentProblem> cliProblems = new TreeSet<>();
                    verdict.get("problems").forEach(problem -> {
                        cliProblems.add(
                                DocumentProblem.valueOf(problem.get("problem").asText()));
                        if (problem.get("refuses").asBoolean()) {
                            cliRefusals.add(problem.get("messageKey").asText());
                        }
                    });
                    assertThat(verdict.get("verdict").asText())
                            .as("the verdict on %s, strict layout %s", name, strict)
                            .isEqualTo(sdkRefusals.isEmpty() ? "ACCEPTABLE" : "REFUSED");
                    assertThat(cliRefusals).as("why %s is refused", name).isEqualTo(sdkRefusals);
                    assertThat(cliProblems).as("what is found in %s", name).isEqualTo(new TreeSet<>(e.expected()));
                    assertThat(verdict.get("format").asText())
                            .isEqualTo(e.format().code());
                    anyRefused |= !sdkRefusals.isEmpty();
                    compared++;
                }
                assertThat(cli.status()).isEqualTo(anyRefused ? 1 : 0);
            }
        }
        return compared;
    }

    /** The message keys of the document rules' violations {@code CourtOffice.check} finds in {@code file} as an annex. */
    private static Set<String> courtOfficeRefusals(CourtOffice office, Path statement, Path file) {
        Attachment annex = Attachment.of(file);
        Filing claim = SampleFilings.of(
                Claim.class, title -> title.equals("Исковое заявление") ? Attachment.of(statement) : annex);
        String path = claim.documents().stream()
                .filter(d -> d.attachment().equals(annex))
                .map(FilingDocument::path)
                .findFirst()
                .orElseThrow();
        ValidationReport report = office.check(claim);
        return report.at(path).stream()
                .map(v -> v.messageKey())
                .filter(key -> key.startsWith("document."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
