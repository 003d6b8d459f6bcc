package kz.officesud.documents;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.officesud.documents.internal.Messages;

/**
 * One problem with one file: what (a {@link DocumentProblem} and its message key), how bad, and the values the
 * message names (file name, size, limit, share…).
 *
 * @param problem the reason
 * @param severity how bad (usually {@code problem.severity()})
 * @param args named values for the message, e.g. {@code fileName}, {@code limit}
 */
public record DocumentViolation(DocumentProblem problem, Severity severity, Map<String, Object> args) {
    public DocumentViolation {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(severity, "severity");
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A violation with the problem's own severity. */
    public static DocumentViolation of(DocumentProblem problem, Map<String, Object> args) {
        return new DocumentViolation(problem, problem.severity(), args);
    }

    /** The message key, e.g. {@code document.tooLarge}. */
    public String messageKey() {
        return problem.messageKey();
    }

    /** The message in {@code locale}'s language (kk, ru; English otherwise). */
    public String message(Locale locale) {
        return Messages.format(messageKey(), args, locale);
    }

    @Override
    public String toString() {
        return severity + " " + messageKey() + " " + args;
    }
}
