package kz.officesud.signing.container;

import java.util.List;
import java.util.Objects;
import kz.officesud.signing.SignerReport;
import kz.officesud.signing.VerificationProblem;

/**
 * The outcome of checking a signed ZIP container: valid only when nothing is wrong with the archive, every
 * file it holds is listed in the manifest and matches its digest, every listed file is there, and every
 * signature over the manifest holds with at least one signer. Checking never throws for a bad container:
 * every defect is a {@link ContainerProblem}.
 *
 * @param problems what is wrong with the archive, the manifest, the files and the signatures
 * @param files the listed files whose bytes match the manifest, in the manifest's order
 * @param signatures each signature entry and its CMS report, in the manifest's order
 */
public record SignedZipReport(
        List<ContainerProblem> problems, List<ContainerFile> files, List<ContainerSignature> signatures) {

    public SignedZipReport {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
        signatures = List.copyOf(signatures);
    }

    /** Whether the container holds: no problem at all, and at least one signer. */
    public boolean valid() {
        return problems.isEmpty() && !signers().isEmpty();
    }

    /** Whether some problem of the container has this code. */
    public boolean has(ContainerProblem.Code code) {
        Objects.requireNonNull(code, "code");
        return problems.stream().anyMatch(p -> p.code() == code);
    }

    /** Whether some signature's report has a problem with this code (e.g. {@code UNTRUSTED_CHAIN}). */
    public boolean has(VerificationProblem.Code code) {
        Objects.requireNonNull(code, "code");
        return signatures.stream().anyMatch(s -> s.report().has(code));
    }

    /** Every signer of every signature entry, in order. */
    public List<SignerReport> signers() {
        return signatures.stream().flatMap(s -> s.report().signers().stream()).toList();
    }

    /**
     * This report if valid.
     *
     * @throws SignedZipException listing the problems otherwise
     */
    public SignedZipReport orThrow() {
        if (!valid()) {
            throw new SignedZipException("the signed container does not hold", this);
        }
        return this;
    }

    @Override
    public String toString() {
        return "SignedZipReport[" + (valid() ? "valid" : "invalid " + problems) + ", " + files.size() + " file(s), "
                + signers() + "]";
    }
}
