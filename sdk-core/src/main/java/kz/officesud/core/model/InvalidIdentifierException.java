package kz.officesud.core.model;

import java.io.Serial;
import java.util.Map;

/** An IIN or BIN that is not 12 digits, or whose check digit is wrong. */
public final class InvalidIdentifierException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidIdentifierException(String messageKey, Map<String, ?> args, String message) {
        super(messageKey, args, message);
    }
}
