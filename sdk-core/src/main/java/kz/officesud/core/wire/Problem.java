package kz.officesud.core.wire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every error answer of the court: an RFC 9457 problem ({@code application/problem+json}) with the court's
 * machine {@code code}, the {@code requestId} to quote to the court's support, and for a filing that breaks the
 * court's rules (422) every violation.
 *
 * @param type {@code urn:officesud:problem:<code>}
 * @param title a short title in the language asked for
 * @param status the HTTP status
 * @param detail what went wrong, in English, never with secrets or document contents
 * @param instance the path of the request
 * @param code the court's machine code ({@code validation_failed}, {@code idempotency_conflict}…)
 * @param requestId the court's id of the request ({@code X-Request-Id})
 * @param violations the violations of a 422, in the order found
 */
public record Problem(
        @Nullable String type,
        @Nullable String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable String code,
        @Nullable String requestId,
        @Nullable List<ProblemViolation> violations) {
    public Problem {
        violations = violations == null ? null : List.copyOf(violations);
    }

    /** The violations, none when the answer has none. */
    public List<ProblemViolation> violationsOrEmpty() {
        return violations == null ? List.of() : violations;
    }

    /**
     * One violation: a core {@code Violation} with its message in the language asked for.
     *
     * @param path where, in the filing's JSON property names ({@code filing.participants[0].party.iin})
     * @param rejectedValue the offending value, redacted where sensitive
     * @param messageKey the message key, the same as a local check gives
     * @param args the message's named arguments
     * @param message the message in the language asked for
     */
    public record ProblemViolation(
            String path,
            @Nullable String rejectedValue,
            String messageKey,
            @Nullable Map<String, Object> args,
            @Nullable String message) {
        public ProblemViolation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(messageKey, "messageKey");
            args = args == null ? null : Map.copyOf(args);
        }
    }
}
