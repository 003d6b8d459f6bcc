package kz.officesud.filing;

import java.io.Serial;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A filing fails the court's rules. Thrown before anything is uploaded when the local check fails, and
 * when the court itself rejects the form (HTTP 422). {@link #report()} carries every violation at once;
 * {@link #messages()} the same, as sentences in the language the client was built with (or the court
 * answered in).
 */
public class FilingValidationException extends CourtOfficeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final int MESSAGES_IN_SUMMARY = 5;

    private final transient ValidationReport report;
    private final List<String> messages;
    private final @Nullable String requestId;
    private final boolean checkedByCourt;

    /** The local check failed; messages in {@code locale}. */
    public FilingValidationException(ValidationReport report, Locale locale) {
        this(report, localMessages(report, locale), null, false);
    }

    /**
     * The court answered 422: its violations, and its messages (in the language asked for) one per violation,
     * as {@code "path: message"}.
     */
    public FilingValidationException(ValidationReport report, List<String> messages, @Nullable String requestId) {
        this(report, messages, requestId, true);
    }

    private FilingValidationException(
            ValidationReport report, List<String> messages, @Nullable String requestId, boolean checkedByCourt) {
        super(summary(messages, checkedByCourt, requestId));
        this.report = Objects.requireNonNull(report, "report");
        this.messages = List.copyOf(messages);
        this.requestId = requestId;
        this.checkedByCourt = checkedByCourt;
    }

    /** Every violation found. */
    public ValidationReport report() {
        return report;
    }

    /** Every violation as {@code "path: message"}. */
    public List<String> messages() {
        return messages;
    }

    /** Whether the court found the violations (HTTP 422), not the local check. */
    public boolean checkedByCourt() {
        return checkedByCourt;
    }

    /** The court's {@code X-Request-Id} when the court found the violations. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    private static List<String> localMessages(ValidationReport report, Locale locale) {
        return report.violations().stream().map(v -> line(v, locale)).toList();
    }

    private static String line(Violation v, Locale locale) {
        return v.path().isEmpty() ? v.message(locale) : v.path() + ": " + v.message(locale);
    }

    private static String summary(List<String> messages, boolean byCourt, @Nullable String requestId) {
        StringBuilder sb =
                new StringBuilder(byCourt ? "the court rejected the filing: " : "the filing fails the court's rules: ");
        sb.append(messages.size()).append(messages.size() == 1 ? " violation" : " violations");
        for (int i = 0; i < Math.min(messages.size(), MESSAGES_IN_SUMMARY); i++) {
            sb.append(i == 0 ? ": " : "; ").append(messages.get(i));
        }
        if (messages.size() > MESSAGES_IN_SUMMARY) {
            sb.append("; and ").append(messages.size() - MESSAGES_IN_SUMMARY).append(" more");
        }
        if (requestId != null) {
            sb.append(" (request id ").append(requestId).append(')');
        }
        return sb.toString();
    }
}
