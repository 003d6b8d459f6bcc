package kz.officesud.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.ContentNotBoundException;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.validation.FilingRule;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The court's document rules as a {@link FilingRule}: every file of a filing is inspected, and each problem that
 * makes the court refuse it becomes a {@link Violation} at the file's path ({@code statement}, {@code annexes[1]},
 * {@code stateFee.receipt}) with the file name as the rejected value and the inspector's message key and arguments
 * (messages in kk/ru/en). Layout findings (a font other than Times New Roman, a size other than 14, a line spacing
 * out of range) are {@linkplain ValidationReport#warnings() warnings}: the rules ask for «шрифт 14 TimesNewRoman»
 * (seed 004, §9), but layout is none of the grounds of refusal (§24). With {@link ValidationOptions#strictLayout()}
 * they are violations. Other warnings (a scan whose font cannot be checked) stay warnings. Files whose content is
 * not bound (a filing read from JSON before its uploads) are skipped.
 *
 * <pre>{@code
 * ValidationReport dryRun = FilingValidator.standard()
 *         .withRules(DocumentFilingRule.inForce())
 *         .validate(claim);   // every violation of the form and of every file, at once; layout as warnings
 * }</pre>
 */
public final class DocumentFilingRule implements FilingRule {
    private final @Nullable RuleSet rules;
    private final RuleSets series;
    private final DocumentInspector inspector;

    private DocumentFilingRule(@Nullable RuleSet rules, RuleSets series, DocumentInspector inspector) {
        this.rules = rules;
        this.series = Objects.requireNonNull(series, "series");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
    }

    /**
     * Judges files by the rule set in force on the filing's date ({@link ValidationOptions#filingDate()}, else
     * today in Kazakhstan): the rule the court itself applies.
     */
    public static DocumentFilingRule inForce() {
        return inForce(RuleSets.standard());
    }

    /**
     * Judges files by the rule set of {@code series} in force on the filing's date, e.g. the standard series with
     * the official effective date of an amendment ({@link RuleSet#withEffectiveFrom}).
     */
    public static DocumentFilingRule inForce(RuleSets series) {
        return new DocumentFilingRule(null, series, DocumentInspector.create());
    }

    /** Judges files by {@code rules} with a default inspector. */
    public static DocumentFilingRule of(RuleSet rules) {
        return of(rules, DocumentInspector.create());
    }

    /** Judges files by {@code rules} with the caller's inspector (its limits). */
    public static DocumentFilingRule of(RuleSet rules, DocumentInspector inspector) {
        return new DocumentFilingRule(Objects.requireNonNull(rules, "rules"), RuleSets.standard(), inspector);
    }

    /**
     * Whether the court refuses a file for {@code violation} under {@code options}, else it is a warning: an error
     * other than layout, or a layout error under {@link ValidationOptions#strictLayout()}. The rule {@link #judge}
     * applies to every file of a filing, for callers that judge files one by one (the command line's {@code check}).
     */
    public static boolean refuses(DocumentViolation violation, ValidationOptions options) {
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(options, "options");
        boolean layout = violation.problem().kind() == DocumentProblem.Kind.LAYOUT;
        return violation.severity() == Severity.ERROR && (!layout || options.strictLayout());
    }

    @Override
    public List<Violation> check(Filing filing, ValidationOptions options) {
        return judge(filing, options).violations();
    }

    @Override
    public ValidationReport judge(Filing filing, ValidationOptions options) {
        RuleSet rules = this.rules != null ? this.rules : inForceOn(options);
        List<Violation> violations = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        for (FilingDocument document : filing.documents()) {
            Attachment a = document.attachment();
            DocumentReport report;
            try {
                report = inspector.inspect(a, rules);
            } catch (ContentNotBoundException e) {
                continue;
            }
            for (DocumentViolation v : report.violations()) {
                Violation found = new Violation(document.path(), a.fileName(), v.messageKey(), v.args());
                if (refuses(v, options)) {
                    violations.add(found);
                } else {
                    warnings.add(found);
                }
            }
        }
        return new ValidationReport(violations, warnings);
    }

    private RuleSet inForceOn(ValidationOptions options) {
        LocalDate day = options.filingDay();
        return series.ruleSetOn(day)
                .orElseThrow(() -> new IllegalArgumentException("no court rules were in force on " + day));
    }
}
