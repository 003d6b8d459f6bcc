package kz.officesud.core.model;

import java.io.Serial;
import java.util.Map;

/** A court code that is not in the court directory. */
public final class UnknownCourtException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;

    public UnknownCourtException(String code) {
        super("court.unknown", Map.of("code", code), "no court with code " + code + " in the court directory");
        this.code = code;
    }

    /** The code that was looked up. */
    public String code() {
        return code;
    }
}
