package kz.officesud.core.model;

import java.io.Serial;
import java.util.Map;

/** Text that is not a case number of the form {@code CCCC-YY-00-T/N}; the message names what is wrong. */
public final class InvalidCaseNumberException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidCaseNumberException(String messageKey, Map<String, ?> args, String message) {
        super(messageKey, args, message);
    }
}
