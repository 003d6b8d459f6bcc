package kz.officesud.signing.internal;

import java.security.SecureRandom;

/** The one source of randomness for keys and signatures. {@link SecureRandom} is thread-safe. */
public final class Randomness {
    private Randomness() {}

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SecureRandom secureRandom() {
        return RANDOM;
    }
}
