package kz.officesud.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingDetails;
import kz.officesud.filing.RegisteredUser;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;
import kz.officesud.signing.TrustAnchors;
import org.jspecify.annotations.Nullable;

/**
 * The end-to-end demo the README runs: starts the reference court in this process, takes an NCA key (a
 * fresh key of the court's test NCA, or a {@code .p12} given on the command line), registers in the court
 * office with it, logs in by signature, files a claim (исковое заявление) with a Word statement and an
 * annex, and prints the talon (талон об отправке) and the filing's status history from «Мои дела».
 *
 * <pre>
 * java -jar sdk-examples/target/officesud-demo.jar [--p12 FILE --password PASSWORD] [--trust DIR]... [--lang kk|ru|en]
 * </pre>
 *
 * <p>Exit status: 0 when the claim was registered, 1 when something failed (one {@code error:} line on
 * standard error), 2 on a usage error.
 */
public final class Demo {
    /**
     * The court the demo files to: the Медеуский районный суд of Almaty, a district court that hears civil cases at
     * first instance, as a claim needs.
     */
    static final String COURT_CODE = "7517";

    /** «По договору подряда»: a civil category of action proceedings. */
    static final String CATEGORY = "142030001200070000";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss xxx");

    private Demo() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the demo; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if ("help".equals(e.getMessage())) {
                out.println(DemoOptions.USAGE);
                return 0;
            }
            err.println("usage error: " + e.getMessage());
            err.println(DemoOptions.USAGE);
            return 2;
        }
        try {
            return fileClaim(options, out);
        } catch (OfficesudException | IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            options.wipe();
        }
    }

    private static int fileClaim(DemoOptions options, PrintStream out) throws IOException {
        // Opening the key first: a wrong password stops the demo before any court exists or anything is filed.
        try (NcaKeyStore store = options.p12() == null ? null : NcaKeyStore.open(options.p12(), password(options));
                EmbeddedCourt court = EmbeddedCourt.start(trust(options.trust()))) {
            out.println("1. Reference court started at " + court.baseUrl());
            NcaKey key = store != null ? store.signingKey() : freshTestKey(court);
            CertificateProfile signer = key.profile();
            out.println("2. Signing key: " + signer.commonName() + ", IIN "
                    + signer.iin().map(Iin::value).orElse("—")
                    + signer.bin().map(bin -> ", BIN " + bin.value()).orElse("")
                    + " (" + key.algorithm() + ", issued by " + signer.issuer() + ")");
            Iin iin = signer.iin()
                    .orElseThrow(() -> new DemoException("the key's certificate names no IIN: it cannot sign a claim"));

            try (CourtOffice office = CourtOffice.builder()
                    .baseUrl(court.baseUrl())
                    .allowPlainHttp(true) // the embedded court listens on loopback without TLS
                    .locale(options.locale())
                    // The NCA's own test identities (IIN 123456789011) fail the checksum; accept them for test keys
                    // only.
                    .validationOptions(ValidationOptions.builder()
                            .allowUnverifiedIdentities(signer.testNca())
                            .build())
                    .build()) {
                char[] accountPassword = Examples.newPassword();
                RegisteredUser user = office.register(key, accountPassword, "demo@example.kz", UserAgreement.ACCEPTED);
                java.util.Arrays.fill(accountPassword, '\0');
                out.println("3. Registered in the court office: login " + user.login() + ", " + user.name());

                Path documents = Files.createTempDirectory("officesud-demo-");
                try (CourtSession session = office.login(key)) {
                    out.println("4. Logged in by signature as " + session.user().name());
                    Claim claim = claim(documents, signer, iin);
                    ValidationReport report = office.check(claim);
                    out.println("5. Claim checked before sending: "
                            + report.violations().size() + " violation(s)");

                    Talon talon = session.file(claim, key);
                    printTalon(out, talon);

                    FilingDetails details = session.myCases().filing(talon.filingId());
                    out.println("7. «Мои дела» — " + details.service() + " to "
                            + details.court().code() + ":");
                    for (StatusChange change : details.statusHistory()) {
                        out.println("   " + TIME.format(change.at().atZone(ZoneId.of("Asia/Almaty"))) + "  "
                                + change.status() + (change.note() == null ? "" : "  (" + change.note() + ")"));
                    }
                    if (!details.status().equals(FilingStatus.REGISTERED)) {
                        throw new DemoException("the claim was not registered: " + details.status());
                    }
                    out.println("Done: the claim is registered.");
                    return 0;
                } finally {
                    Examples.deleteAll(documents);
                }
            }
        }
    }

    private static char[] password(DemoOptions options) {
        char[] password = options.password();
        if (password == null) {
            throw new IllegalStateException("--p12 without --password passed the option check");
        }
        return password;
    }

    private static @Nullable TrustAnchors trust(List<Path> directories) {
        TrustAnchors anchors = null;
        for (Path directory : directories) {
            TrustAnchors these = TrustAnchors.fromDirectory(directory).asTest();
            anchors = anchors == null ? these : anchors.plus(these);
        }
        return anchors;
    }

    private static NcaKey freshTestKey(EmbeddedCourt court) {
        return court.issueIndividual(Iin.random(new SecureRandom()), "АСАНОВ", "БОЛАТ", "СЕРИКОВИЧ");
    }

    /**
     * A civil claim of the signer against a contractor's customer that has not paid for the works: action proceedings,
     * the category «По договору подряда», to a district court that hears civil cases; two Word documents.
     */
    static Claim claim(Path directory, CertificateProfile signer, Iin iin) throws IOException {
        String name = signer.surname().isPresent()
                ? String.join(
                                " ",
                                signer.surname().get(),
                                signer.givenName().orElse(""),
                                signer.patronymic().orElse(""))
                        .trim()
                : signer.commonName();
        Party plaintiff = Party.individual(iin, name);
        String defendant = "ТОО «Курылыс Сервис»";
        Path statement = SampleDocuments.docx(
                directory.resolve("Исковое заявление.docx"),
                List.of(
                        "В Медеуский районный суд города Алматы",
                        "Истец: " + name + ", ИИН " + iin.value(),
                        "Ответчик: " + defendant,
                        "ИСКОВОЕ ЗАЯВЛЕНИЕ о взыскании задолженности по договору подряда",
                        "Работы по договору подряда выполнены и приняты по акту, но не оплачены.",
                        "Прошу взыскать с ответчика 1 500 000 тенге."));
        Path annex = SampleDocuments.docx(
                directory.resolve("Акт выполненных работ.docx"),
                List.of("Акт выполненных работ", "Стоимость работ: 1 500 000 тенге", "Оплачено: 0 тенге"));
        return Claim.builder()
                .court(COURT_CODE)
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of(CATEGORY))
                .nature("о взыскании задолженности по договору подряда")
                .plaintiff(plaintiff)
                .defendant(Party.legalEntity(Bin.random(new SecureRandom()), defendant))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(15_000)))
                .summary("Взыскать задолженность за выполненные и принятые работы по договору подряда")
                .document(statement)
                .attachment(annex)
                .build();
    }

    private static void printTalon(PrintStream out, Talon talon) {
        out.println("6. Talon (талон об отправке / жөнелту талоны):");
        out.println("   number     " + talon.number());
        out.println("   sent at    " + TIME.format(talon.sentAt()));
        Talon.Sender sender = talon.sender();
        out.println("   sender     " + sender.name() + ", IIN " + sender.iin().value()
                + (sender.bin() == null ? "" : ", BIN " + sender.bin().value()));
        out.println("   recipient  " + talon.recipient().courtCode() + " "
                + talon.recipient().courtName());
    }

    /** The demo's own failure (not the SDK's): reported as one {@code error:} line. */
    static final class DemoException extends OfficesudException {
        private static final long serialVersionUID = 1L;

        DemoException(String message) {
            super(message);
        }
    }
}
