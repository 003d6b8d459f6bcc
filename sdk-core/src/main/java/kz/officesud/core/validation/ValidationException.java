package kz.officesud.core.validation;

import java.io.Serial;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.OfficesudException;
import org.jspecify.annotations.Nullable;

/**
 * A filing fails the court's rules: the one exception of a failed check, wherever it is raised — by {@link
 * ValidationReport#orThrow()}, before a filing is sent (its form, its documents, its signature, who signed),
 * and when the court itself answers that the filing breaks its rules (HTTP 422). {@link #report()} carries every
 * violation at once; {@link #messages()} the same as sentences, in the language asked for (or the court's).
 * Never {@linkplain #retryable() retryable}: the same filing fails the same way.
 */
public final class ValidationException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final int MESSAGES_IN_SUMMARY = 5;

    private final transient ValidationReport report;
    private final List<String> messages;
    private final @Nullable String requestId;
    private final boolean checkedByCourt;

    /** A local check failed; messages in English. */
    public ValidationException(ValidationReport report) {
        this(report, Locale.ENGLISH);
    }

    /** A local check failed; messages in {@code locale} (kk, ru or en). */
    public ValidationException(ValidationReport report, Locale locale) {
        this(report, lines(report, locale), null, false);
    }

    private ValidationException(
            ValidationReport report, List<String> messages, @Nullable String requestId, boolean checkedByCourt) {
        super(summary(messages, checkedByCourt, requestId));
        this.report = Objects.requireNonNull(report, "report");
        this.messages = List.copyOf(messages);
        this.requestId = requestId;
        this.checkedByCourt = checkedByCourt;
    }

    /**
     * The court found the violations (it answered 422): its violations, its messages one per violation as {@code
     * "path: message"} in the language it was asked for, and its request id.
     */
    public static ValidationException byCourt(
            ValidationReport report, List<String> messages, @Nullable String requestId) {
        return new ValidationException(report, messages, requestId, true);
    }

    /** Every violation found. */
    public ValidationReport report() {
        return report;
    }

    /** Every violation as {@code "path: message"}. */
    public List<String> messages() {
        return messages;
    }

    /** Whether the court found the violations (HTTP 422), not a local check. */
    public boolean checkedByCourt() {
        return checkedByCourt;
    }

    /** The court's request id when the court found the violations. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    private static List<String> lines(ValidationReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        return report.violations().stream()
                .map(v -> v.path().isEmpty() ? v.message(locale) : v.path() + ": " + v.message(locale))
                .toList();
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
