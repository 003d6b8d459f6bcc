package kz.officesud.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.internal.Messages;
import org.jspecify.annotations.Nullable;

/**
 * One problem with a filing.
 *
 * @param path where it is, in the filing's JSON property names: {@code court}, {@code
 *     participants[1].party.iin}, {@code annexes[0].fileName}
 * @param rejectedValue the offending value as text, redacted where sensitive (an IIN shows its last four
 *     digits only; document contents never appear); absent when the value is missing
 * @param messageKey the key of the message in {@code kz/officesud/core/validation/Messages}
 * @param args the message's named arguments
 */
public record Violation(String path, @Nullable String rejectedValue, String messageKey, Map<String, Object> args) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        args = Map.copyOf(Objects.requireNonNull(args, "args"));
    }

    public static Violation of(String path, @Nullable String rejectedValue, String messageKey) {
        return new Violation(path, rejectedValue, messageKey, Map.of());
    }

    /** The message for an end user in {@code locale}: kk, ru or en (anything else gets English). */
    public String message(Locale locale) {
        return Messages.format(messageKey, Messages.withEnumTexts(args, locale), locale);
    }

    @Override
    public String toString() {
        return path + ": " + message(Locale.ENGLISH);
    }
}
