package kz.officesud.filing;

/**
 * The court office's user agreement (пользовательское соглашение), which a user must accept to register.
 * Passing {@link #ACCEPTED} to {@link CourtOffice#register} states that the user has read and accepted it.
 */
public enum UserAgreement {
    /** The user has read and accepted the user agreement. */
    ACCEPTED
}
