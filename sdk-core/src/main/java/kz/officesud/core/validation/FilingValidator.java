package kz.officesud.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.Filing;

/**
 * Checks a whole filing without sending it (a dry run) and reports every violation at once — client and
 * court use the same rules. Immutable and thread-safe; extend it with {@link #withRules} (document-format
 * and size rules plug in there).
 *
 * <pre>{@code
 * ValidationReport report = FilingValidator.standard().validate(claim, ValidationOptions.defaults());
 * report.violations().forEach(v -> System.err.println(v.path() + ": " + v.message(Locale.forLanguageTag("ru"))));
 * }</pre>
 */
public final class FilingValidator {
    private static final FilingValidator STANDARD = new FilingValidator(StandardRules.all());

    private final List<FilingRule> rules;

    private FilingValidator(List<FilingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The form rules of sdk-core: a court; for a filing in a case the case's number, of the right court; for a
     * claim the proceedings, an 18-digit category that fits them (where {@link ValidationOptions#caseCategories()}
     * lists it) and the sides of its proceedings (plaintiff and defendant, applicant, creditor and debtor); the
     * filing's own rules (the amount of a court order, who asks to set aside a default judgment…); every participant
     * named and, if a resident, identified by a valid IIN / BIN; a claim amount where the proceedings need one; a
     * consistent state fee (a payment needs a positive amount, a receipt its scan, an exemption its category); the
     * filing's own document; every file named, no two alike.
     */
    public static FilingValidator standard() {
        return STANDARD;
    }

    /** A validator running exactly {@code rules}, in order. */
    public static FilingValidator of(Collection<? extends FilingRule> rules) {
        return new FilingValidator(new ArrayList<>(rules));
    }

    /** This validator's rules followed by {@code more}. */
    public FilingValidator withRules(FilingRule... more) {
        return withRules(Arrays.asList(more));
    }

    /** This validator's rules followed by {@code more}. */
    public FilingValidator withRules(Collection<? extends FilingRule> more) {
        List<FilingRule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new FilingValidator(all);
    }

    public List<FilingRule> rules() {
        return rules;
    }

    /** Every violation of every rule, strictly ({@link ValidationOptions#defaults()}). */
    public ValidationReport validate(Filing filing) {
        return validate(filing, ValidationOptions.defaults());
    }

    /** Every violation of every rule in {@code filing}. */
    public ValidationReport validate(Filing filing, ValidationOptions options) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(options, "options");
        List<Violation> violations = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        for (FilingRule rule : rules) {
            ValidationReport judged = rule.judge(filing, options);
            violations.addAll(judged.violations());
            warnings.addAll(judged.warnings());
        }
        return new ValidationReport(violations, warnings);
    }
}
