package kz.officesud.filing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.SignerReport;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.VerificationReport;
import org.jspecify.annotations.Nullable;

/**
 * Checks a filing's signature before it leaves the application, so that what the court would refuse
 * (SIGNATURE_NOT_AUTHENTIC) a day later is said now, as violations at {@code signature} in the user's language.
 *
 * <p>Always, with no network: the signature is readable and over exactly these bytes, its value verifies with
 * the certificate it carries, the certificate is valid now and is for signing. Who signed is judged by the
 * court office's one rule, {@link kz.officesud.core.contract.SigningAuthority}. With a {@link CourtOffice.Builder#signatureVerifier verifier} configured, also its checks: the chain to
 * its trust anchors and revocation under its policy.
 */
final class SignatureCheck {
    static final String PATH = "signature";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CmsVerifier local;
    private final @Nullable CmsVerifier configured;

    SignatureCheck(Clock clock, @Nullable CmsVerifier configured) {
        // No trust anchors: the chain is the configured verifier's business (or the court's).
        this.local = CmsVerifier.builder()
                .clock(clock)
                .requirePurpose(KeyPurpose.SIGNING)
                .build();
        this.configured = configured;
    }

    /**
     * What the check found: the violations at {@value #PATH}, and the certificate of the first signer when the
     * signature could be read.
     */
    record Result(ValidationReport report, @Nullable CertificateProfile signer) {}

    /** The violations of a detached CMS {@code signature} over {@code signed}, and who signed it. */
    Result check(byte[] signature, byte[] signed) {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(signed, "signed");
        VerificationReport report = local.verifyDetached(signature, signed);
        List<VerificationProblem> problems = new ArrayList<>();
        for (VerificationProblem p : report.problems()) {
            // No anchors here: trust in the signer's CA and in a timestamp's TSA is the configured verifier's call.
            if (p.code() != Code.UNTRUSTED_CHAIN && p.code() != Code.TIMESTAMP_UNTRUSTED) {
                problems.add(p);
            }
        }
        if (configured != null) {
            VerificationReport full = configured.verifyDetached(signature, signed);
            problems.addAll(full.problems());
            if (!full.signers().isEmpty()) {
                report = full;
            }
        }
        List<Violation> violations = new ArrayList<>();
        @Nullable
        SignerReport signer =
                report.signers().isEmpty() ? null : report.signers().get(0);
        String serial =
                signer == null ? null : signer.certificate().getSerialNumber().toString(16);
        Set<Code> said = EnumSet.noneOf(Code.class);
        for (VerificationProblem problem : problems) {
            if (said.add(problem.code())) {
                violations.add(new Violation(
                        PATH, serial, "signature." + problem.code().name(), args(problem, signer)));
            }
        }
        return new Result(new ValidationReport(violations), signer == null ? null : signer.profile());
    }

    /** {@code date}: when the certificate that is out of its validity ends (EXPIRED) or begins (NOT_YET_VALID). */
    private static Map<String, Object> args(VerificationProblem problem, @Nullable SignerReport signer) {
        if (signer == null || (problem.code() != Code.EXPIRED && problem.code() != Code.NOT_YET_VALID)) {
            return Map.of();
        }
        List<X509Certificate> path = signer.path().isEmpty() ? List.of(signer.certificate()) : signer.path();
        Instant date = problem.code() == Code.EXPIRED
                ? path.stream()
                        .map(c -> c.getNotAfter().toInstant())
                        .min(Comparator.naturalOrder())
                        .orElseThrow()
                : path.stream()
                        .map(c -> c.getNotBefore().toInstant())
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
        return Map.of("date", DATE.format(date.atZone(ALMATY)));
    }
}
