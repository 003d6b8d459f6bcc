package kz.officesud.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a validation: every violation found, in the order the rules found them, and the warnings — what
 * the user should look at but the court does not refuse a filing for (a document not set in Times New Roman 14,
 * unless {@link ValidationOptions#strictLayout()}; a scan whose font cannot be checked).
 *
 * @param violations what breaks the court's rules: the filing is not valid while there is one
 * @param warnings what the user should look at; never makes the filing invalid
 */
public record ValidationReport(List<Violation> violations, List<Violation> warnings) {
    private static final ValidationReport VALID = new ValidationReport(List.of());

    public ValidationReport {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** A report of {@code violations} and no warnings. */
    public ValidationReport(List<Violation> violations) {
        this(violations, List.of());
    }

    /** A report with no violations. */
    public static ValidationReport valid() {
        return VALID;
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** This report's violations followed by {@code other}'s, and its warnings followed by {@code other}'s. */
    public ValidationReport plus(ValidationReport other) {
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        List<Violation> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(other.warnings);
        return new ValidationReport(all, allWarnings);
    }

    /** The violations at {@code path}. */
    public List<Violation> at(String path) {
        return violations.stream().filter(v -> v.path().equals(path)).toList();
    }

    /** Throws a {@link ValidationException} carrying this report, messages in English, unless it is valid. */
    public ValidationReport orThrow() {
        return orThrow(Locale.ENGLISH);
    }

    /** Throws a {@link ValidationException} carrying this report, messages in {@code locale}, unless it is valid. */
    public ValidationReport orThrow(Locale locale) {
        if (!isValid()) {
            throw new ValidationException(this, locale);
        }
        return this;
    }

    /** One line per violation, {@code path: message}, in {@code locale}. */
    public List<String> messages(Locale locale) {
        return violations.stream().map(v -> v.path() + ": " + v.message(locale)).toList();
    }
}
