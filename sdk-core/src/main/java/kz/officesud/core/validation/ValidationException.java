package kz.officesud.core.validation;

import java.io.Serial;
import java.util.Locale;
import java.util.Objects;
import kz.officesud.core.OfficesudException;

/** A filing failed validation; carries the whole {@link ValidationReport}. */
public final class ValidationException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public ValidationException(ValidationReport report) {
        super(summary(Objects.requireNonNull(report, "report")));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport report) {
        int n = report.violations().size();
        return n + (n == 1 ? " violation: " : " violations: ") + String.join("; ", report.messages(Locale.ENGLISH));
    }
}
