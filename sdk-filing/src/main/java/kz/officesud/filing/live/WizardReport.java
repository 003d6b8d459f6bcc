package kz.officesud.filing.live;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the live cabinet's filing wizard did: each step's page, the fields filled on it (names, never values) and what
 * the page said; the talon id the court's XML to sign named, once the signing page was reached.
 *
 * @param steps the steps in order
 * @param talonId the {@code <f1>} of {@code #xmlToSign0}; null before the signing page
 */
public final class WizardReport {
    private final List<Step> steps;
    private final @Nullable String talonId;

    public WizardReport(List<Step> steps, @Nullable String talonId) {
        this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        this.talonId = talonId;
    }

    public List<Step> steps() {
        return steps;
    }

    public Optional<String> talonId() {
        return Optional.ofNullable(talonId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WizardReport r && r.steps.equals(steps) && Objects.equals(r.talonId, talonId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps, talonId);
    }

    @Override
    public String toString() {
        return "WizardReport[" + steps.size() + " steps" + (talonId == null ? "" : ", talon id " + talonId) + "]";
    }

    /**
     * One step.
     *
     * @param page the page of the mapping, e.g. {@code wizard.case}
     * @param heading the step's heading as the page shows it
     * @param filled the fields filled (their names in the mapping)
     * @param said the page's messages after the step was posted (empty when it accepted it)
     */
    public record Step(String page, String heading, List<String> filled, List<String> said) {
        public Step {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(heading, "heading");
            filled = List.copyOf(filled);
            said = List.copyOf(said);
        }
    }
}
