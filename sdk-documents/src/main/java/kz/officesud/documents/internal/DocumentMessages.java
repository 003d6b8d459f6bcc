package kz.officesud.documents.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.officesud.core.validation.ViolationMessages;

/** The {@code document.*} messages for sdk-core's {@link kz.officesud.core.validation.Violation#message}. */
public final class DocumentMessages implements ViolationMessages {
    @Override
    public Optional<String> message(String key, Map<String, ?> args, Locale locale) {
        if (!Messages.bundle(locale).containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(Messages.format(key, Map.<String, Object>copyOf(args), locale));
    }
}
