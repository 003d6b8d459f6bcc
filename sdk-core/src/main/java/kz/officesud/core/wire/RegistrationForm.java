package kz.officesud.core.wire;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /users}: the registration form (accept the user agreement, password and e-mail, a challenge signed
 * with the NCA key). Every field may be missing; the court answers each missing or wrong one as a violation.
 *
 * @param agreementAccepted the user has read and accepted the user agreement
 * @param password the password (written from, and read into, a char array that the caller can wipe)
 * @param passwordConfirmation the password again
 * @param email the e-mail address
 * @param challengeId the challenge that was signed
 * @param signature the detached CMS over the challenge, base64
 */
public record RegistrationForm(
        @Nullable Boolean agreementAccepted,
        char @Nullable [] password,
        char @Nullable [] passwordConfirmation,
        @Nullable String email,
        @Nullable String challengeId,
        @Nullable String signature) {

    @Override
    public String toString() {
        return "RegistrationForm[email=" + email + ", challengeId=" + challengeId + "]";
    }
}
