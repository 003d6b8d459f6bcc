package kz.officesud.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.DetachedCmsSigner;
import kz.officesud.filing.FilingOptions;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;

/**
 * An unattended batch: files every claim of a folder and reports each talon, and is safe to run again after a crash
 * — nothing is filed twice.
 *
 * <p>Each sub-folder of the claims folder is one filing: {@code filing.json}, the filing as the SDK writes it
 * ({@link OfficesudJson}: its documents by name, size and SHA-256), with the documents beside it under those names.
 * For each, in the order of the folders' names, the batch keeps its state in the state folder:
 *
 * <ol>
 *   <li>it prepares the filing (uploads its documents), signs it, and saves the prepared, signed filing ({@link
 *       PreparedFiling#save}) — with its idempotency key — <em>before</em> submitting it;
 *   <li>it submits the saved filing and writes its talon.
 * </ol>
 *
 * <p>Run again, a filing with a talon is reported as filed before; a filing saved but without a talon (the crash
 * came while it was being submitted) is submitted again from its saved form, under the same idempotency key, so the
 * court answers the talon of the first submission if it arrived, and files it once if it did not; a filing not yet
 * saved had sent nothing the court would file, and is prepared afresh.
 *
 * <pre>{@code
 * OFFICESUD_KEY_PASSWORD=... java kz.officesud.examples.BatchFiling https://office.sud.kz key.p12 claims/ state/
 * }</pre>
 */
public final class BatchFiling {
    private static final ObjectMapper JSON = OfficesudJson.newMapper();
    private static final String DESCRIPTION = "filing.json";

    private final CourtSession session;
    private final DetachedCmsSigner signer;
    private final Path state;

    /** What became of one filing of the folder. */
    public record Result(String name, Talon talon, Outcome outcome) {
        public Result {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(talon, "talon");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** How a filing got its talon in this run. */
    public enum Outcome {
        /** Prepared, signed and submitted now. */
        FILED,
        /** Submitted again from its saved form after an earlier run stopped while submitting it. */
        RESUMED,
        /** Its talon was written by an earlier run; nothing was sent. */
        FILED_BEFORE
    }

    /**
     * @param session the logged-in account the filings are filed from
     * @param signer who signs each filing (a key, or NCALayer)
     * @param state where the batch keeps what it prepared and the talons it got; created when missing
     */
    public BatchFiling(CourtSession session, DetachedCmsSigner signer, Path state) {
        this.session = Objects.requireNonNull(session, "session");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.state = Objects.requireNonNull(state, "state");
    }

    /** Files every filing of {@code claims} that has no talon yet, in the order of their folders' names. */
    public List<Result> fileAll(Path claims) throws IOException {
        Files.createDirectories(state);
        List<Path> folders;
        try (Stream<Path> listed = Files.list(claims)) {
            folders = listed.filter(p -> Files.isRegularFile(p.resolve(DESCRIPTION)))
                    .sorted()
                    .toList();
        }
        List<Result> results = new ArrayList<>();
        for (Path folder : folders) {
            results.add(file(folder));
        }
        return results;
    }

    private Result file(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        Path talonFile = state.resolve(name + ".talon.json");
        Path preparedFile = state.resolve(name + ".prepared.json");
        if (Files.exists(talonFile)) {
            return new Result(name, JSON.readValue(talonFile.toFile(), Talon.class), Outcome.FILED_BEFORE);
        }
        Outcome outcome;
        PreparedFiling prepared;
        if (Files.exists(preparedFile)) {
            prepared = PreparedFiling.load(preparedFile);
            outcome = Outcome.RESUMED;
        } else {
            Filing filing = read(folder);
            // README:BEGIN
            FilingOptions options = FilingOptions.builder().reference(name).build();
            prepared = session.prepare(filing, options);
            prepared = prepared.withSignature(signer.signDetached(prepared.dataToSign()));
            prepared.save(preparedFile); // from here on, a re-run submits this same filing under this same key
            // README:END
            outcome = Outcome.FILED;
        }
        Talon talon = session.submit(prepared);
        writeAtomically(talonFile, JSON.writeValueAsBytes(talon));
        return new Result(name, talon, outcome);
    }

    /** The folder's filing, its documents bound to the files beside its description. */
    static Filing read(Path folder) throws IOException {
        Filing filing = JSON.readValue(folder.resolve(DESCRIPTION).toFile(), Filing.class);
        return filing.withDocuments(a -> a.withContent(ContentSource.ofPath(folder.resolve(a.fileName()))));
    }

    /** Writes the folder's filing as {@link #fileAll} reads it: {@code filing.json} beside its documents. */
    public static void write(Filing filing, Path folder) throws IOException {
        Files.createDirectories(folder);
        filing.documents().forEach(d -> {
            Path target = folder.resolve(d.attachment().fileName());
            if (!Files.exists(target)) {
                try (var in = d.attachment().content().open()) {
                    Files.copy(in, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        writeAtomically(folder.resolve(DESCRIPTION), JSON.writeValueAsBytes(filing));
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".batch-", ".part");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * {@code BatchFiling COURT_URL KEY.p12 CLAIMS_FOLDER STATE_FOLDER}, the key's password in {@code
     * OFFICESUD_KEY_PASSWORD}: files the folder and prints a line per filing ({@code name talon-number filing-id
     * outcome}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: BatchFiling COURT_URL KEY.p12 CLAIMS_FOLDER STATE_FOLDER"
                    + " (the key's password in OFFICESUD_KEY_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv("OFFICESUD_KEY_PASSWORD");
        if (password == null) {
            System.err.println("set OFFICESUD_KEY_PASSWORD to the key's password");
            System.exit(2);
        }
        URI court = URI.create(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (NcaKeyStore store = NcaKeyStore.open(Path.of(args[1]), password.toCharArray());
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(court)
                        .allowPlainHttp(court.getHost().equals("127.0.0.1")
                                || court.getHost().equals("localhost"))
                        .build()) {
            NcaKey key = store.signingKey();
            try (CourtSession session = office.login(key)) {
                for (Result r : new BatchFiling(session, DetachedCmsSigner.of(key), Path.of(args[3]))
                        .fileAll(Path.of(args[2]))) {
                    out.println(r.name() + " " + r.talon().number() + " "
                            + r.talon().filingId().value() + " " + r.outcome());
                }
            }
        }
    }
}
