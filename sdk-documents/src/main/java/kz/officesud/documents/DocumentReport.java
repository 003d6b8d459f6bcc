package kz.officesud.documents;

import java.util.List;
import java.util.Objects;

/**
 * What the inspector found about one file.
 *
 * @param fileName the name the file will carry in the filing
 * @param size its size in bytes, counted while reading
 * @param format the format its bytes show
 * @param readability whether the court can read it, and if not, why
 * @param layout the layout check of its text
 * @param ruleSetId the rule set it was judged by
 * @param violations every problem, errors first; empty when the file is fine
 */
public record DocumentReport(
        String fileName,
        long size,
        DocumentFormat format,
        Readability readability,
        LayoutReport layout,
        String ruleSetId,
        List<DocumentViolation> violations) {

    public DocumentReport {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(readability, "readability");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        violations = List.copyOf(violations);
    }

    /** Whether the court's rules accept the file: no violation of {@link Severity#ERROR}. */
    public boolean acceptable() {
        return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    /** Whether the file is over the size limit. */
    public boolean tooLarge() {
        return has(DocumentProblem.TOO_LARGE);
    }

    /** Whether a violation with {@code problem} is present. */
    public boolean has(DocumentProblem problem) {
        return violations.stream().anyMatch(v -> v.problem() == problem);
    }

    /** The problems, in order. */
    public List<DocumentProblem> problems() {
        return violations.stream().map(DocumentViolation::problem).toList();
    }
}
