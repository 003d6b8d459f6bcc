package kz.officesud.mockserver.internal.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as PBKDF2-HMAC-SHA256 with a random 16-byte salt; compared in constant time. The iteration count is
 * stored with each hash so it can be raised later.
 */
public final class PasswordHasher {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int MIN_ITERATIONS = 100_000;
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random;
    private final PasswordHash dummy;

    public PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations");
        }
        this.iterations = iterations;
        this.random = Objects.requireNonNull(random, "random");
        this.dummy = hash("not a password of anyone".toCharArray());
    }

    /** A stored hash: algorithm, iterations, salt and hash in base64. */
    public record PasswordHash(String algorithm, int iterations, String salt, String hash) {
        public PasswordHash {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(salt, "salt");
            Objects.requireNonNull(hash, "hash");
        }

        @Override
        public String toString() {
            return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
        }
    }

    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder();
        return new PasswordHash(ALGORITHM, iterations, base64.encodeToString(salt), base64.encodeToString(hash));
    }

    /** Whether the password matches; constant time in the hash comparison. */
    public boolean matches(char[] password, PasswordHash stored) {
        if (!ALGORITHM.equals(stored.algorithm()) || stored.iterations() < MIN_ITERATIONS) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(stored.hash());
        byte[] actual = derive(password, base64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same work as a real check, for a login that does not exist (no account enumeration by timing). */
    public void burn(char[] password) {
        matches(password, dummy);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
