package kz.officesud.signing;

/** What a key is certified for. The NCA issues separate keys for the two (older generations). */
public enum KeyPurpose {
    /**
     * Signing documents («подписание», key file {@code RSA256_…} / {@code GOSTKNCA_…}): extended key
     * usage {@code 1.3.6.1.5.5.7.3.4}, or key usage nonRepudiation.
     */
    SIGNING,
    /** Authentication («аутентификация», key file {@code AUTH_RSA256_…}): extended key usage {@code 1.3.6.1.5.5.7.3.2}. */
    AUTHENTICATION
}
