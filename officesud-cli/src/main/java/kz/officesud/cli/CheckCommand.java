package kz.officesud.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.documents.DocumentFilingRule;
import kz.officesud.documents.DocumentInspector;
import kz.officesud.documents.DocumentReport;
import kz.officesud.documents.DocumentViolation;
import kz.officesud.documents.RuleSet;
import kz.officesud.documents.RuleSets;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code officesud check FILE…}: judges files by the court's document rules in force on a day (today in Kazakhstan
 * by default), as the court office's own check does, and prints a verdict per file. Exit status 0 when every file is
 * acceptable, 1 when some is refused, 2 when some cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "check.files")
    private List<Path> files = List.of();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "check.date")
    private @Nullable LocalDate date;

    @Option(names = "--strict-layout", descriptionKey = "check.strictLayout")
    private boolean strictLayout;

    @Option(names = "--json", descriptionKey = "check.json")
    private boolean json;

    private final Context context;

    CheckCommand(Context context) {
        this.context = context;
    }

    /** One file's outcome: its report, or why it could not be read. */
    private record Outcome(Path file, @Nullable DocumentReport report, @Nullable String error) {}

    @Override
    public Integer call() {
        LocalDate day = date != null ? date : LocalDate.now(RuleSets.COURT_ZONE);
        RuleSet rules;
        try {
            rules = RuleSets.inForceOn(day);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(context.t("check.noRules", day));
        }
        ValidationOptions options = ValidationOptions.builder()
                .filingDate(day)
                .strictLayout(strictLayout)
                .build();
        List<Path> inputs = expand(files);
        long total = inputs.stream().mapToLong(CheckCommand::sizeOrZero).sum();
        DocumentInspector inspector = DocumentInspector.create();
        List<Outcome> outcomes = new ArrayList<>();
        try (Progress progress = Progress.forBytes(context, context.t("check.progress"), total)) {
            for (Path file : inputs) {
                outcomes.add(inspect(inspector, file, rules));
                progress.advance(sizeOrZero(file));
            }
        }
        int refused = 0;
        int errors = 0;
        for (Outcome o : outcomes) {
            if (o.report() == null) {
                errors++;
            } else if (!refusals(o.report(), options).isEmpty()) {
                refused++;
            }
        }
        if (json) {
            printJson(outcomes, rules, day, options, refused, errors);
        } else {
            printTable(outcomes, rules, day, options, refused, errors);
        }
        return errors > 0 ? ExitCode.ERROR : refused > 0 ? ExitCode.REFUSED : ExitCode.OK;
    }

    private static Outcome inspect(DocumentInspector inspector, Path file, RuleSet rules) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return new Outcome(file, null, "check.unreadable");
        }
        try {
            return new Outcome(file, inspector.inspect(file, rules), null);
        } catch (OfficesudIoException e) {
            return new Outcome(file, null, "check.unreadable");
        }
    }

    /** The violations that make the court refuse the file: the court office's own rule, file by file. */
    static List<DocumentViolation> refusals(DocumentReport report, ValidationOptions options) {
        return report.violations().stream()
                .filter(v -> DocumentFilingRule.refuses(v, options))
                .toList();
    }

    /** The files named, a folder standing for every file under it (in name order). */
    private List<Path> expand(List<Path> named) {
        List<Path> out = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw CliException.usage(context.t("error.io", p + ": " + e.getMessage()));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private String verdict(Outcome o, ValidationOptions options) {
        if (o.report() == null) {
            return context.t("check.verdict.error");
        }
        if (!refusals(o.report(), options).isEmpty()) {
            return context.t("check.verdict.refused");
        }
        return o.report().violations().isEmpty()
                ? context.t("check.verdict.acceptable")
                : context.t("check.verdict.acceptableWithWarnings");
    }

    /** The first problem that refuses the file, else the first warning, in the user's language; "" when none. */
    private String firstProblem(Outcome o, ValidationOptions options) {
        if (o.report() == null) {
            return context.t(String.valueOf(o.error()), o.file());
        }
        List<DocumentViolation> refusals = refusals(o.report(), options);
        List<DocumentViolation> all = refusals.isEmpty() ? o.report().violations() : refusals;
        return all.isEmpty() ? "" : all.get(0).message(context.locale());
    }

    private void printTable(
            List<Outcome> outcomes, RuleSet rules, LocalDate day, ValidationOptions options, int refused, int errors) {
        context.out().println(context.t("check.rules", rules.id(), day));
        Table table = new Table(
                context.t("check.column.file"),
                context.t("check.column.format"),
                context.t("check.column.size"),
                context.t("check.column.verdict"),
                context.t("check.column.problem"));
        for (Outcome o : outcomes) {
            DocumentReport r = o.report();
            table.row(
                    o.file().toString(),
                    r == null ? "-" : r.format().code(),
                    r == null ? "-" : Progress.megabytes(r.size()),
                    verdict(o, options),
                    firstProblem(o, options));
        }
        table.print(context.out());
        context.out().println(context.t("check.summary", outcomes.size() - refused - errors, refused, errors));
    }

    private void printJson(
            List<Outcome> outcomes, RuleSet rules, LocalDate day, ValidationOptions options, int refused, int errors) {
        ObjectNode root = Json.object();
        root.put("date", day.toString());
        root.put("ruleSet", rules.id());
        root.put("strictLayout", strictLayout);
        ArrayNode list = root.putArray("files");
        for (Outcome o : outcomes) {
            ObjectNode f = list.addObject();
            f.put("file", o.file().toString());
            DocumentReport r = o.report();
            if (r == null) {
                f.put("verdict", "ERROR");
                f.put("error", firstProblem(o, options));
                continue;
            }
            List<DocumentViolation> refusals = refusals(r, options);
            f.put("fileName", r.fileName());
            f.put("format", r.format().code());
            f.put("mediaType", r.format().mediaType());
            f.put("size", r.size());
            f.put("verdict", refusals.isEmpty() ? "ACCEPTABLE" : "REFUSED");
            ArrayNode problems = f.putArray("problems");
            for (DocumentViolation v : r.violations()) {
                ObjectNode p = problems.addObject();
                p.put("problem", v.problem().name());
                p.put("severity", v.severity().name());
                p.put("refuses", refusals.contains(v));
                p.put("messageKey", v.messageKey());
                p.put("message", v.message(context.locale()));
            }
        }
        root.put("acceptable", outcomes.size() - refused - errors);
        root.put("refused", refused);
        root.put("errors", errors);
        Json.print(context, root);
    }
}
