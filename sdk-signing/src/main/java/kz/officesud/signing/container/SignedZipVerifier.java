package kz.officesud.signing.container;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.container.ContainerProblem.Code;
import kz.officesud.signing.container.ZipReader.Entry;
import kz.officesud.signing.internal.ParserFault;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a signed ZIP container as Kalkan's {@code ZipConVerify} does, and more strictly: the archive is one
 * unambiguous ZIP within the {@link ContainerLimits}; every name is safe to extract; every file the manifest
 * lists is there and matches its digest; no file is there that the manifest does not list; and every
 * signature the manifest names holds over the manifest's bytes under the {@link CmsVerifier}'s policy (trust
 * anchors, validation time, revocation, time-stamps, purpose).
 *
 * <pre>{@code
 * SignedZipVerifier verifier = SignedZipVerifier.builder()
 *         .cmsVerifier(CmsVerifier.builder().trustAnchors(anchors).build())
 *         .build();
 * SignedZipReport report = verifier.verify(Path.of("claim.zip"));
 * }</pre>
 *
 * <p>A bad container never throws: it is a report with {@link ContainerProblem}s. Only failing to read the
 * caller's file throws ({@link OfficesudIoException}). Files are hashed while they are inflated, 64 KiB at
 * a time; only the manifest and the signatures are held in memory. Immutable and thread-safe.
 */
public final class SignedZipVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(SignedZipVerifier.class);

    private final CmsVerifier cmsVerifier;
    private final ContainerLimits limits;

    private SignedZipVerifier(Builder builder) {
        this.cmsVerifier = Objects.requireNonNull(builder.cmsVerifier, "cmsVerifier");
        this.limits = builder.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the container at {@code container}.
     *
     * @throws OfficesudIoException if the file cannot be opened or read
     */
    public SignedZipReport verify(Path container) {
        Objects.requireNonNull(container, "container");
        return read(container, limits, cmsVerifier);
    }

    CmsVerifier cmsVerifier() {
        return cmsVerifier;
    }

    /** The limits this verifier reads containers within. */
    public ContainerLimits limits() {
        return limits;
    }

    /**
     * Told of each fault the boundary of {@link #read} catches (nothing by default): the fuzz target of this reader
     * counts them, since a report, a public record, does not carry one.
     */
    static volatile Consumer<ParserFault> faults = fault -> {};

    /**
     * Opens, reads and checks a container; structural refusals become a report. The boundary: any other unchecked
     * exception of the reading (this SDK's ZIP reader's, a parser's) is a {@code MALFORMED_ZIP} report naming what
     * was thrown where, never a runaway exception.
     */
    static SignedZipReport read(Path container, ContainerLimits limits, CmsVerifier cmsVerifier) {
        try (ZipReader zip = ZipReader.open(container, limits.maxEntries())) {
            ContainerContents contents = ContainerContents.read(zip, limits);
            return report(contents, signatures(contents, cmsVerifier));
        } catch (ZipReader.Refused e) {
            LOG.debug("signed container refused: {}", e.problem());
            return new SignedZipReport(List.of(e.problem()), List.of(), List.of());
        } catch (RuntimeException e) {
            ParserFault fault = ParserFault.of("SignedZipVerifier.verify", e);
            LOG.debug("signed container refused at the boundary: {}", fault.thrown());
            faults.accept(fault);
            return new SignedZipReport(
                    List.of(new ContainerProblem(Code.MALFORMED_ZIP, "", fault.describe("the container"))),
                    List.of(),
                    List.of());
        } catch (IOException e) {
            throw new OfficesudIoException("cannot read the container " + container.getFileName(), e);
        }
    }

    /** The report on checked contents and their signatures' verdicts. */
    static SignedZipReport report(ContainerContents contents, List<ContainerSignature> signatures) {
        List<ContainerProblem> problems = new ArrayList<>(contents.problems());
        for (ContainerSignature s : signatures) {
            if (!s.report().valid()) {
                problems.add(new ContainerProblem(
                        Code.SIGNATURE_INVALID,
                        EntryNames.shown(s.entry()),
                        "the signature does not hold: " + s.report().problems()));
            }
        }
        SignedZipReport report = new SignedZipReport(problems, contents.files(), signatures);
        LOG.debug(
                "signed container checked: {} file(s), {} signer(s), problems {}",
                report.files().size(),
                report.signers().size(),
                report.problems());
        return report;
    }

    /** Each signature entry verified over the manifest's bytes. */
    static List<ContainerSignature> signatures(ContainerContents contents, CmsVerifier verifier) {
        byte @Nullable [] manifest = contents.manifest();
        List<ContainerSignature> out = new ArrayList<>();
        if (manifest == null) {
            return out;
        }
        for (Map.Entry<Entry, byte[]> s : contents.signatures().entrySet()) {
            VerificationReport report = verifier.verifyDetached(s.getValue(), manifest);
            out.add(new ContainerSignature(s.getKey().name(), report));
        }
        return out;
    }

    /** Builds a {@link SignedZipVerifier}. Not thread-safe; the verifier it builds is. */
    public static final class Builder {
        private @Nullable CmsVerifier cmsVerifier;
        private ContainerLimits limits = ContainerLimits.defaults();

        private Builder() {}

        /**
         * The verifier of the signatures over the manifest (required): its trust anchors, validation time,
         * revocation policy and required purpose apply to every signer.
         */
        public Builder cmsVerifier(CmsVerifier cmsVerifier) {
            this.cmsVerifier = Objects.requireNonNull(cmsVerifier, "cmsVerifier");
            return this;
        }

        /** The bounds on what one container may make the verifier read. Default: {@link ContainerLimits#defaults()}. */
        public Builder limits(ContainerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @throws IllegalStateException if no {@link #cmsVerifier} was given
         */
        public SignedZipVerifier build() {
            if (cmsVerifier == null) {
                throw new IllegalStateException(
                        "a SignedZipVerifier needs a CmsVerifier: its trust anchors decide whose signature holds");
            }
            return new SignedZipVerifier(this);
        }
    }
}
