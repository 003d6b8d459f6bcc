package kz.officesud.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.ContentNotBoundException;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.validation.FilingRule;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.Violation;

/**
 * The court's document rules as a {@link FilingRule}: every file of a filing is inspected, and each problem that
 * makes the court refuse it becomes a {@link Violation} at the file's path ({@code statement}, {@code annexes[1]},
 * {@code stateFee.receipt}) with the file name as the rejected value and the inspector's message key and arguments
 * (messages in kk/ru/en). Warnings (a scan whose font cannot be checked) are not violations. Files whose content is
 * not bound (a filing read from JSON before its uploads) are skipped.
 *
 * <pre>{@code
 * ValidationReport dryRun = FilingValidator.standard()
 *         .withRules(DocumentFilingRule.of(RuleSets.inForceToday()))
 *         .validate(claim);   // every violation of the form and of every file, at once
 * }</pre>
 */
public final class DocumentFilingRule implements FilingRule {
    private final @org.jspecify.annotations.Nullable RuleSet rules;
    private final DocumentInspector inspector;
    private final java.time.Clock clock;

    private DocumentFilingRule(
            @org.jspecify.annotations.Nullable RuleSet rules, DocumentInspector inspector, java.time.Clock clock) {
        this.rules = rules;
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.clock = clock;
    }

    /**
     * Judges files by the rule set in force on the filing's date ({@link
     * kz.officesud.core.validation.ValidationOptions#filingDate()}, else today in Kazakhstan, {@link
     * RuleSets#COURT_ZONE}): the rule the court itself applies.
     */
    public static DocumentFilingRule inForce() {
        return new DocumentFilingRule(null, DocumentInspector.create(), java.time.Clock.systemUTC());
    }

    /** {@link #inForce()} with today taken from {@code clock} (tests, a court's controllable clock). */
    public static DocumentFilingRule inForce(java.time.Clock clock) {
        return new DocumentFilingRule(null, DocumentInspector.create(), Objects.requireNonNull(clock, "clock"));
    }

    /** Judges files by {@code rules} with a default inspector. */
    public static DocumentFilingRule of(RuleSet rules) {
        return new DocumentFilingRule(
                Objects.requireNonNull(rules, "rules"), DocumentInspector.create(), java.time.Clock.systemUTC());
    }

    /** Judges files by {@code rules} with the caller's inspector (its limits). */
    public static DocumentFilingRule of(RuleSet rules, DocumentInspector inspector) {
        return new DocumentFilingRule(Objects.requireNonNull(rules, "rules"), inspector, java.time.Clock.systemUTC());
    }

    @Override
    public List<Violation> check(Filing filing, ValidationOptions options) {
        RuleSet rules = this.rules != null
                ? this.rules
                : RuleSets.inForceOn(options.filingDate().orElseGet(() -> RuleSets.today(clock)));
        List<Violation> out = new ArrayList<>();
        for (FilingDocument document : filing.documents()) {
            Attachment a = document.attachment();
            DocumentReport report;
            try {
                report = inspector.inspect(a, rules);
            } catch (ContentNotBoundException e) {
                continue;
            }
            for (DocumentViolation v : report.violations()) {
                if (v.severity() == Severity.ERROR) {
                    out.add(new Violation(document.path(), a.fileName(), v.messageKey(), v.args()));
                }
            }
        }
        return out;
    }
}
