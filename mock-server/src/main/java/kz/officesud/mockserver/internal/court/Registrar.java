package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.wire.Problem;
import kz.officesud.core.wire.RegistrationForm;
import kz.officesud.mockserver.internal.auth.Challenges;
import kz.officesud.mockserver.internal.auth.PasswordHasher;
import kz.officesud.mockserver.internal.http.Messages;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registration (user agreement, password and e-mail, a signature over a challenge with an NCA key whose
 * certificate gives the IIN, BIN and name) and log-in, by password or by a signed challenge.
 */
public final class Registrar {
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 256;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Logger LOG = LoggerFactory.getLogger(Registrar.class);

    private final CourtStore store;
    private final Challenges challenges;
    private final PasswordHasher hasher;
    private final SignatureCheck signatures;
    private final Clock clock;

    public Registrar(
            CourtStore store, Challenges challenges, PasswordHasher hasher, SignatureCheck signatures, Clock clock) {
        this.store = store;
        this.challenges = challenges;
        this.hasher = hasher;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** Registers, or answers 422 with every violation at once (nothing stored) or 409 when registered. */
    public UserRecord register(RegistrationForm form, Locale locale) throws IOException {
        List<Problem.ProblemViolation> violations = new ArrayList<>();
        if (!Boolean.TRUE.equals(form.agreementAccepted())) {
            violations.add(violation(locale, "agreementAccepted", null, "registration.agreement.required"));
        }
        char[] password = form.password();
        if (password == null || password.length == 0) {
            violations.add(violation(locale, "password", null, "registration.password.required"));
        } else if (password.length < MIN_PASSWORD) {
            violations.add(violation(locale, "password", null, "registration.password.tooShort", MIN_PASSWORD));
        } else if (password.length > MAX_PASSWORD) {
            violations.add(violation(locale, "password", null, "registration.password.tooLong", MAX_PASSWORD));
        }
        if (form.passwordConfirmation() != null && !java.util.Arrays.equals(form.passwordConfirmation(), password)) {
            violations.add(violation(locale, "passwordConfirmation", null, "registration.password.mismatch"));
        }
        String email = form.email();
        if (email == null || email.isBlank()) {
            violations.add(violation(locale, "email", null, "registration.email.required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            violations.add(violation(locale, "email", email, "registration.email.invalid"));
        }
        Signer signer = null;
        if (form.challengeId() == null || form.challengeId().isBlank()) {
            violations.add(violation(locale, "challengeId", null, "registration.challenge.required"));
        } else if (form.signature() == null || form.signature().isBlank()) {
            challenges.consume(form.challengeId());
            violations.add(violation(locale, "signature", null, "registration.signature.required"));
        } else {
            Optional<Challenges.Challenge> challenge = challenges.consume(form.challengeId());
            byte[] cms = decodeBase64(form.signature());
            if (challenge.isEmpty()) {
                violations.add(violation(locale, "challengeId", form.challengeId(), "registration.challenge.invalid"));
            } else if (cms == null) {
                violations.add(violation(locale, "signature", null, "registration.signature.invalid"));
            } else {
                SignatureCheck.Outcome outcome =
                        signatures.verify(cms, challenge.get().bytes(), clock.instant());
                if (!outcome.valid() || outcome.signer() == null) {
                    LOG.debug("registration signature refused: {}", outcome.problems());
                    violations.add(violation(locale, "signature", null, "registration.signature.invalid"));
                } else if (!outcome.signer().identityAcceptable()) {
                    violations.add(violation(
                            locale, "signature", outcome.signer().login(), "registration.signature.identity"));
                } else {
                    signer = outcome.signer();
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
        return create(Objects.requireNonNull(signer), Objects.requireNonNull(password), Objects.requireNonNull(email));
    }

    /** Creates the account of a signer known to be genuine (the court's own test users). */
    public UserRecord create(Signer signer, String password, String email) throws IOException {
        return create(signer, password.toCharArray(), email);
    }

    private UserRecord create(Signer signer, char[] password, String email) throws IOException {
        UserRecord user = new UserRecord(
                "U-" + UUID.randomUUID(),
                signer.login(),
                signer.iin().value(),
                signer.bin() == null ? null : signer.bin().value(),
                signer.fullName(),
                signer.organisation(),
                email,
                hasher.hash(password),
                signer.testAnchor(),
                signer.certificateSerial(),
                clock.instant().toString());
        if (!store.addUser(user)) {
            throw new ProblemException(
                    409, "already_registered", "an account with login " + signer.login() + " already exists");
        }
        LOG.debug("registered {}", user.userId());
        return user;
    }

    /** Log-in by IIN/BIN and password; the same 401 for an unknown login and a wrong password. */
    public UserRecord logIn(@Nullable String login, char @Nullable [] password) {
        if (login == null || password == null) {
            throw ProblemException.badRequest("bad_request", "login and password are required");
        }
        Optional<UserRecord> user = store.userByLogin(login.trim());
        if (user.isEmpty()) {
            hasher.burn(password);
            throw wrongCredentials();
        }
        if (!hasher.matches(password, user.get().password())) {
            throw wrongCredentials();
        }
        return user.get();
    }

    /** Log-in with a challenge signed by the account holder's key (a detached CMS). */
    public UserRecord logInWithSignature(@Nullable String challengeId, @Nullable String signature) {
        return logInWithSignature(challengeId, signature, null);
    }

    /**
     * Log-in with a challenge signed by the account holder's key: its bytes as a detached CMS, or its XML ({@link
     * SigningXml#logIn}) as an enveloped XMLDSig — the live cabinet's log-in by ЭЦП.
     */
    public UserRecord logInWithSignature(
            @Nullable String challengeId, @Nullable String signature, @Nullable String signedXml) {
        if (challengeId == null || (signature == null) == (signedXml == null)) {
            throw ProblemException.badRequest(
                    "bad_request", "challengeId and one of signature (CMS) or signedXml (XMLDSig) are required");
        }
        Optional<Challenges.Challenge> challenge = challenges.consume(challengeId);
        if (challenge.isEmpty()) {
            throw ProblemException.unauthorized("challenge_invalid", "the challenge is unknown, used or expired");
        }
        byte[] signed = decodeBase64(signature != null ? signature : signedXml);
        if (signed == null) {
            throw ProblemException.unauthorized("signature_invalid", "the signature is not base64");
        }
        SignatureCheck.Outcome outcome;
        if (signedXml != null) {
            byte[] expected = SigningXml.logIn(
                    challenge.get().id(),
                    challenge.get().bytes(),
                    challenge.get().expiresAt());
            if (!SigningXml.sameContent(signed, expected)) {
                throw ProblemException.unauthorized(
                        "signature_invalid", "the signed XML is not the XML of this challenge");
            }
            outcome = signatures.verifyXml(signed, clock.instant());
        } else {
            outcome = signatures.verify(signed, challenge.get().bytes(), clock.instant());
        }
        Signer signer = outcome.signer();
        if (!outcome.valid() || signer == null) {
            LOG.debug("log-in signature refused: {}", outcome.problems());
            throw ProblemException.unauthorized("signature_invalid", "the signature does not hold");
        }
        if (!signer.identityAcceptable()) {
            throw ProblemException.unauthorized("signature_invalid", "the certificate's IIN/BIN fails the checksum");
        }
        UserRecord user = store.userByLogin(signer.login())
                .filter(account -> account.iin().equals(signer.iin().value()))
                .orElseThrow(() -> ProblemException.unauthorized(
                        "not_registered", "no account is registered for this certificate"));
        return user;
    }

    private static ProblemException wrongCredentials() {
        return ProblemException.unauthorized("wrong_credentials", "the login or the password is wrong");
    }

    static byte @Nullable [] decodeBase64(String value) {
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(value).replaceAll(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Problem.ProblemViolation violation(
            Locale locale, String path, @Nullable String rejected, String key, Object... args) {
        return new Problem.ProblemViolation(path, rejected, key, null, Messages.text(locale, key, args));
    }
}
