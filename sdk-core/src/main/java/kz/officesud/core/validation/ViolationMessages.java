package kz.officesud.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Messages for the keys of rules that another artifact adds to the validator (sdk-documents' {@code document.*}
 * keys). {@link Violation#message} asks every source that {@link java.util.ServiceLoader} finds when sdk-core's own
 * bundle has no message for a key. An artifact provides one with {@code provides
 * kz.officesud.core.validation.ViolationMessages with …} in its module descriptor and a {@code
 * META-INF/services/kz.officesud.core.validation.ViolationMessages} entry for the class path.
 */
public interface ViolationMessages {
    /**
     * The message for {@code key} in {@code locale}'s language (kk, ru; English otherwise) with {@code args} filled;
     * empty when the key is not one of this source's.
     */
    Optional<String> message(String key, Map<String, ?> args, Locale locale);
}
