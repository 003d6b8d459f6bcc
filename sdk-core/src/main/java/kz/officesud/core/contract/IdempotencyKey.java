package kz.officesud.core.contract;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kz.officesud.core.model.InvalidValueException;

/**
 * The key that makes sending a filing idempotent: every submission of a filing under the same key, from the
 * same account, gets the same talon, and the court files it once. The caller may choose it (an ERP's own
 * document number, so that a re-run after a crash cannot file twice) or let the SDK draw one when the filing
 * is prepared; a prepared filing keeps its key when saved and resumed.
 *
 * <p>1 to 255 visible ASCII characters (the {@code Idempotency-Key} header's rule, which the court applies too).
 *
 * @param value the key
 */
public record IdempotencyKey(String value) {
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new InvalidValueException(
                    "idempotencyKey.format",
                    Map.of("max", MAX_LENGTH),
                    "an idempotency key is 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
    }

    /** The key {@code value}. */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    /** A fresh random key (a UUID). */
    public static IdempotencyKey random() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    /** Whether {@code value} is a valid key: 1 to 255 characters from {@code !} to {@code ~}. */
    public static boolean isValid(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
