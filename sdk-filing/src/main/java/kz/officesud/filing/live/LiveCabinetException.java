package kz.officesud.filing.live;

import java.io.Serial;
import java.util.Optional;
import kz.officesud.transport.CourtOfficeException;
import org.jspecify.annotations.Nullable;

/**
 * The live cabinet did not do what was asked: a page said no (its messages are in the message and the {@link
 * #report()}), or the step is not one the cabinet's pages offer. Never retryable as such: what happened is in the
 * report, and a step that may have reached the court is first looked up in «Мои дела».
 */
public class LiveCabinetException extends CourtOfficeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String page;
    private final transient @Nullable WizardReport report;

    public LiveCabinetException(String page, String message, @Nullable WizardReport report) {
        super(message);
        this.page = page;
        this.report = report;
    }

    /** The page of the mapping where it happened, e.g. {@code wizard.payment}. */
    public String page() {
        return page;
    }

    /** What the filing wizard did and what its pages said up to here, when it happened in the wizard. */
    public Optional<WizardReport> report() {
        return Optional.ofNullable(report);
    }
}
