package kz.officesud.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingDetails;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.NcaKey;

/**
 * The runnable examples, and how they run. Examples come in groups, one class a section of the court office ({@link
 * CivilFilings}: «Судопроизводство»), one static method an example; a group's {@code main} runs its examples by
 * name against a court embedded in the process, each as a freshly registered user, and prints each talon and the
 * status the court gave the filing.
 *
 * <pre>
 * java -cp sdk-examples/target/officesud-demo.jar kz.officesud.examples.CivilFilings [--list] [example...]
 * </pre>
 *
 * <p>Exit status: 0 when every example's filing was registered, 1 when one failed (an {@code error:} line on
 * standard error), 2 on a usage error (an example the group does not have).
 */
public final class Examples {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Examples() {}

    /** The groups of examples, each class with its examples, in the order of the court office's sections. */
    public static Map<Class<?>, List<Example>> groups() {
        Map<Class<?>, List<Example>> groups = new LinkedHashMap<>();
        groups.put(CivilFilings.class, CivilFilings.EXAMPLES);
        groups.put(CaseDocuments.class, CaseDocuments.EXAMPLES);
        groups.put(CriminalAndOffenceFilings.class, CriminalAndOffenceFilings.EXAMPLES);
        groups.put(HearingRecordFilings.class, HearingRecordFilings.EXAMPLES);
        groups.put(OtherServices.class, OtherServices.EXAMPLES);
        return Collections.unmodifiableMap(groups);
    }

    /** Every example of every group, group by group. */
    public static List<Example> all() {
        return groups().values().stream().flatMap(List::stream).toList();
    }

    /** What an example's run ended with: the talon, and the filing as «Мои дела» shows it afterwards. */
    public record Outcome(Example example, Talon talon, FilingDetails filing) {
        public Outcome {
            Objects.requireNonNull(example, "example");
            Objects.requireNonNull(talon, "talon");
            Objects.requireNonNull(filing, "filing");
        }
    }

    /**
     * Runs {@code example} in {@code court} as a user registered now with a fresh key of the court's test NCA, as
     * an application would with its own key and office.sud.kz.
     */
    public static Outcome run(Example example, EmbeddedCourt court) throws IOException {
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(court, "court");
        Iin iin = Iin.random(RANDOM);
        NcaKey key = court.issueIndividual(iin, "АСАНОВ", "БОЛАТ", "СЕРИКОВИЧ");
        Path documents = Files.createTempDirectory("officesud-example-");
        try (CourtOffice office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true) // the embedded court listens on loopback without TLS
                .build()) {
            char[] password = newPassword();
            office.register(key, password, "examples@example.kz", UserAgreement.ACCEPTED);
            Arrays.fill(password, '\0');
            try (CourtSession session = office.login(key)) {
                ExampleUser user =
                        new ExampleUser(session, key, Party.individual(iin, "Асанов Болат Серикович"), documents);
                Talon talon = example.body().run(user);
                return new Outcome(example, talon, session.myCases().filing(talon.filingId()));
            }
        } finally {
            deleteAll(documents);
        }
    }

    /**
     * A group's {@code main}: runs the examples {@code args} name (every one when none), prints each outcome and
     * returns the exit status; {@code --list} prints the names.
     */
    static int main(String group, List<Example> examples, String[] args, PrintStream out, PrintStream err) {
        Map<String, Example> byName = new LinkedHashMap<>();
        examples.forEach(e -> byName.put(e.name(), e));
        if (args.length == 1 && ("--list".equals(args[0]) || "--help".equals(args[0]))) {
            out.println("usage: " + group + " [example...]   (none: every example)");
            examples.forEach(
                    e -> out.println("  " + e.name() + " — " + e.service().nameRu() + ": " + e.description()));
            return 0;
        }
        List<Example> chosen = new ArrayList<>();
        for (String name : args) {
            Example example = byName.get(name);
            if (example == null) {
                err.println("usage error: " + group + " has no example '" + name + "'; it has " + byName.keySet());
                return 2;
            }
            chosen.add(example);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(examples);
        }
        try (EmbeddedCourt court = EmbeddedCourt.start(null)) {
            for (Example example : chosen) {
                Outcome outcome = run(example, court);
                Talon talon = outcome.talon();
                out.println(example.name() + ": " + example.service().nameRu() + " → talon " + talon.number()
                        + " to " + talon.recipient().courtCode() + " "
                        + talon.recipient().courtName()
                        + "; status " + outcome.filing().status());
            }
            return 0;
        } catch (OfficesudException | IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** A random account password (an application would ask its user, or keep one in its vault). */
    static char[] newPassword() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }

    /** Deletes {@code directory} and everything in it. */
    static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
