package kz.officesud.signing;

import java.util.List;
import java.util.Optional;
import kz.officesud.signing.internal.ParserFault;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a CMS: valid only when there is at least one signer and nothing is wrong.
 * A verification never throws for a bad signature: every defect is a {@link VerificationProblem}.
 */
public final class VerificationReport {
    private final List<VerificationProblem> problems;
    private final List<SignerReport> signers;
    private final byte @Nullable [] content;
    private final @Nullable ParserFault fault;

    VerificationReport(List<VerificationProblem> problems, List<SignerReport> signers, byte @Nullable [] content) {
        this(problems, signers, content, null);
    }

    private VerificationReport(
            List<VerificationProblem> problems,
            List<SignerReport> signers,
            byte @Nullable [] content,
            @Nullable ParserFault fault) {
        this.problems = List.copyOf(problems);
        this.signers = List.copyOf(signers);
        this.content = content == null ? null : content.clone();
        this.fault = fault;
    }

    /**
     * The report on bytes that broke a reader in a way no check foresaw: one {@link VerificationProblem.Code#MALFORMED}
     * problem saying what could not be read, no signer, and the fault for a developer ({@link #fault()}).
     */
    static VerificationReport malformed(String what, ParserFault fault) {
        return new VerificationReport(
                List.of(new VerificationProblem(VerificationProblem.Code.MALFORMED, fault.describe(what), -1)),
                List.of(),
                null,
                fault);
    }

    /**
     * Why the report is {@link VerificationProblem.Code#MALFORMED} when the bytes broke a reader (Bouncy Castle's
     * ASN.1 or key parsers, the XML parser, the SDK's own) in a way none of the verifier's checks foresaw: the
     * exception as thrown is its cause, for a bug report. Empty when the verifier's own checks found every problem.
     * Such bytes are never valid; the report says no more about them than that they cannot be read.
     */
    public Optional<RuntimeException> fault() {
        return Optional.ofNullable(fault);
    }

    public boolean valid() {
        return problems.isEmpty() && !signers.isEmpty();
    }

    public List<VerificationProblem> problems() {
        return problems;
    }

    /** Whether some problem has this code. */
    public boolean has(VerificationProblem.Code code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }

    public List<SignerReport> signers() {
        return signers;
    }

    /**
     * The signed content (a copy): of an attached CMS; of a WS-Security message, the SOAP body as it was
     * signed (exclusive canonical XML: read the message from these bytes, not from the envelope). Empty for a
     * detached CMS and an enveloped XMLDSig document.
     */
    public Optional<byte[]> content() {
        return content == null ? Optional.empty() : Optional.of(content.clone());
    }

    /**
     * This report if valid.
     *
     * @throws SignatureVerificationException listing the problems otherwise
     */
    public VerificationReport orThrow() {
        if (!valid()) {
            throw new SignatureVerificationException(this);
        }
        return this;
    }

    @Override
    public String toString() {
        return "VerificationReport[" + (valid() ? "valid" : "invalid " + problems) + ", " + signers + "]";
    }
}
