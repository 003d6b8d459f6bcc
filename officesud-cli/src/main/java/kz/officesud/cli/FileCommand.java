package kz.officesud.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.DetachedCmsSigner;
import kz.officesud.filing.FilingOptions;
import kz.officesud.filing.FilingProgress;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code officesud file DESCRIPTION --court URL --p12 KEY}: files a filing described in JSON or YAML (see {@link
 * FilingDescription}), signed with the key, and prints the court's talon. {@code --dry-run} checks everything the
 * court office checks before sending — the form, every document, the signature and who signs — and sends nothing.
 * {@code --save FILE} keeps the prepared, signed filing before it is submitted: a re-run of the same command after a
 * crash (or {@code --resume FILE}) submits that same filing under the same idempotency key, so it is filed once.
 */
@Command(name = "file", mixinStandardHelpOptions = true, sortOptions = false)
final class FileCommand implements Callable<Integer> {
    /** Where a dry run "sends" when no court is named: nothing is sent. */
    private static final URI COURT_OFFICE = URI.create("https://office.sud.kz");

    @Parameters(paramLabel = "DESCRIPTION", arity = "0..1", descriptionKey = "file.description")
    private @Nullable Path description;

    @Option(names = "--court", paramLabel = "URL", descriptionKey = "file.court")
    private @Nullable URI court;

    @Option(names = "--dry-run", descriptionKey = "file.dryRun")
    private boolean dryRun;

    @Option(names = "--reference", paramLabel = "TEXT", descriptionKey = "file.reference")
    private @Nullable String reference;

    @Option(names = "--idempotency-key", paramLabel = "KEY", descriptionKey = "file.idempotencyKey")
    private @Nullable String idempotencyKey;

    @Option(names = "--save", paramLabel = "FILE", descriptionKey = "file.save")
    private @Nullable Path save;

    @Option(names = "--resume", paramLabel = "FILE", descriptionKey = "file.resume")
    private @Nullable Path resume;

    @Option(names = "--accept-test-identities", descriptionKey = "file.acceptTestIdentities")
    private boolean acceptTestIdentities;

    @Option(names = "--json", descriptionKey = "file.json")
    private boolean json;

    @Mixin
    private KeyOptions key = new KeyOptions();

    private final Context context;

    FileCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path resumeFrom = resume;
        if (resumeFrom == null && save != null && Files.exists(save)) {
            context.err().println(context.t("file.resumingSaved", save));
            resumeFrom = save;
        }
        if (resumeFrom != null && dryRun) {
            throw CliException.usage(context.t("file.dryRunResume"));
        }
        if (resume != null && save != null) {
            throw CliException.usage(context.t("file.saveAndResume"));
        }
        if (resumeFrom == null && description == null) {
            throw CliException.usage(context.t("file.noDescriptionGiven"));
        }
        if (resumeFrom != null && !Files.isRegularFile(resumeFrom)) {
            throw CliException.usage(context.t("file.noSaved", resumeFrom));
        }
        if (!dryRun && court == null) {
            throw CliException.usage(context.t("file.noCourt"));
        }
        FilingOptions options = options();
        Filing filing = resumeFrom == null ? FilingDescription.read(context, description(description)) : null;
        try (NcaKeyStore store = key.open(context);
                CourtOffice office = office()) {
            NcaKey signer = key.key(store, KeyPurpose.SIGNING);
            if (dryRun) {
                return dryRun(office, filing(filing), signer, options);
            }
            Talon talon;
            try (CourtSession session = office.login(signer)) {
                if (resumeFrom != null) {
                    PreparedFiling prepared = PreparedFiling.load(resumeFrom);
                    context.err().println(context.t("file.resuming", prepared.idempotencyKey()));
                    talon = prepared.signature().isPresent()
                            ? session.submit(prepared)
                            : session.submit(prepared, signer);
                } else if (save != null) {
                    PreparedFiling prepared;
                    try (Progress progress = uploads()) {
                        prepared = session.prepare(filing(filing), options, listener(progress));
                    }
                    prepared =
                            prepared.withSignature(DetachedCmsSigner.of(signer).signDetached(prepared.dataToSign()));
                    prepared.save(save);
                    context.err().println(context.t("file.saved", save, prepared.idempotencyKey()));
                    talon = session.submit(prepared);
                } else {
                    try (Progress progress = uploads()) {
                        talon = session.file(filing(filing), signer, options, listener(progress));
                    }
                }
            }
            printTalon(talon);
            return ExitCode.OK;
        }
    }

    private static Path description(@Nullable Path path) {
        if (path == null) {
            throw new IllegalStateException("no description");
        }
        return path;
    }

    private static Filing filing(@Nullable Filing filing) {
        if (filing == null) {
            throw new IllegalStateException("no filing");
        }
        return filing;
    }

    private int dryRun(CourtOffice office, Filing filing, NcaKey signer, FilingOptions options) {
        ValidationReport report = office.check(filing, signer, options);
        if (!report.isValid()) {
            throw new ValidationException(report, context.locale());
        }
        report.warnings().forEach(w -> context.err()
                .println(context.t("warning", w.path() + ": " + w.message(context.locale()))));
        var out = context.out();
        out.println(context.t(
                "file.dryRun.ok",
                filing.service(),
                filing.court() == null ? "-" : filing.court().code()));
        for (FilingDocument d : filing.documents()) {
            out.println("  " + d.path() + ": " + d.attachment().fileName() + " ("
                    + Progress.megabytes(d.attachment().size()) + " MB)");
        }
        out.println(context.t("file.dryRun.signer", signer.profile().commonName()));
        out.println(context.t("file.dryRun.nothingSent"));
        return ExitCode.OK;
    }

    private CourtOffice office() {
        ValidationOptions validation = ValidationOptions.builder()
                .allowUnverifiedIdentities(acceptTestIdentities)
                .build();
        return CourtOffice.builder()
                .baseUrl(court != null ? court : COURT_OFFICE)
                .locale(context.locale())
                .validationOptions(validation)
                .build();
    }

    private FilingOptions options() {
        FilingOptions.Builder b = FilingOptions.builder();
        if (reference != null) {
            if (!Manifest.isValidReference(reference)) {
                throw CliException.usage(context.t("file.badReference", Manifest.MAX_REFERENCE_LENGTH));
            }
            b.reference(reference);
        }
        IdempotencyKey k = idempotencyKey();
        if (k != null) {
            b.idempotencyKey(k);
        }
        return b.build();
    }

    /**
     * The key every submission repeats: {@code --idempotency-key}; else one derived from {@code --reference} (the
     * reference itself when it is a valid key, else its SHA-256), so that a re-run with the same reference files
     * nothing twice; else none (the SDK draws one).
     */
    private @Nullable IdempotencyKey idempotencyKey() {
        if (idempotencyKey != null) {
            if (!IdempotencyKey.isValid(idempotencyKey)) {
                throw CliException.usage(context.t("file.badIdempotencyKey", IdempotencyKey.MAX_LENGTH));
            }
            return IdempotencyKey.of(idempotencyKey);
        }
        if (reference != null) {
            return IdempotencyKey.isValid(reference)
                    ? IdempotencyKey.of(reference)
                    : IdempotencyKey.of("reference-sha256-" + sha256(reference));
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private Progress uploads() {
        return Progress.start(context, context.t("file.uploading"), 0);
    }

    private static FilingProgress.Listener listener(Progress progress) {
        return p -> progress.update(p.bytesUploaded(), p.totalBytes());
    }

    private void printTalon(Talon talon) {
        if (json) {
            context.out().println(new String(OfficesudJson.write(talon), StandardCharsets.UTF_8));
            return;
        }
        var out = context.out();
        out.println(context.t("file.talon", talon.number()));
        out.println("  " + context.t("file.talon.filingId", talon.filingId().value()));
        out.println("  " + context.t("file.talon.sentAt", talon.sentAt()));
        out.println("  "
                + context.t(
                        "file.talon.sender",
                        talon.sender().name(),
                        talon.sender().iin().value()));
        out.println("  "
                + context.t(
                        "file.talon.recipient",
                        talon.recipient().courtName(),
                        talon.recipient().courtCode()));
    }
}
