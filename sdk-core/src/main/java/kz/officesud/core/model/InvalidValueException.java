package kz.officesud.core.model;

import java.io.Serial;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.internal.Messages;

/**
 * A value that does not satisfy its type's rules (a malformed IIN, case number, amount…). Carries a
 * message key and arguments so an application can show the problem to its user in Kazakh, Russian or
 * English ({@link #message(Locale)}); {@link #getMessage()} is English.
 */
public class InvalidValueException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Map<String, ?> args;

    public InvalidValueException(String messageKey, Map<String, ?> args, String message) {
        super(message);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = Map.copyOf(args);
    }

    /** The key of the message in the bundle {@code kz/officesud/core/validation/Messages}. */
    public String messageKey() {
        return messageKey;
    }

    /** The named arguments of the message. */
    public Map<String, ?> args() {
        return args == null ? Map.of() : args;
    }

    /** The message for an end user in {@code locale} (kk, ru or en; anything else gets English). */
    public String message(Locale locale) {
        return Messages.format(messageKey, args(), locale);
    }
}
