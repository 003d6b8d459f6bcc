package kz.officesud.core.json;

import java.io.Serial;
import java.util.Optional;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.model.InvalidValueException;

/** JSON could not be read or written (malformed, not the expected shape, a value that breaks a type's rules). */
public final class JsonException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    public JsonException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The model rule the JSON broke, if that is why it could not be read: e.g. an {@link
     * kz.officesud.core.model.UnknownCourtException} for a court code not in the directory (a court answers
     * that with refusal ground NOT_ADDRESSED_TO_COURT), an {@link
     * kz.officesud.core.model.InvalidIdentifierException} for an IIN that is not 12 digits; each has a
     * message key and kk/ru/en messages.
     */
    public Optional<InvalidValueException> invalidValue() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return Optional.of(invalid);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
