package kz.officesud.core.wire;

import java.util.List;
import kz.officesud.core.wire.Problem.ProblemViolation;

/**
 * The court's verdict on a dry run: every violation at once, as the court would refuse the filing, and every warning
 * (layout, by default). The same rules as the client's local check, so the same verdict.
 *
 * @param valid whether the court would take the filing (no violation)
 * @param violations what the court would refuse it for, in the order found; paths as a local check names them
 * @param warnings what the court notes but does not refuse it for
 */
public record DryRunVerdict(boolean valid, List<ProblemViolation> violations, List<ProblemViolation> warnings) {
    public DryRunVerdict {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }
}
