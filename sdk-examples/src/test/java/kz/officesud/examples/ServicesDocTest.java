package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Filing;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.filing.CourtSession;
import kz.officesud.signing.NcaSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/services.md} is what the code says: every {@link CourtService} with its Russian name, its type (or
 * look-up), client call, court endpoint, end-to-end test and example — or, for the services not built yet, "not
 * yet". The test fails when the committed file differs from what the code generates (write it anew with {@code
 * -Dofficesud.docs.write=true}), when a service that is not listed as not yet lacks one of those parts, and when a
 * service listed as not yet is in fact built: so {@link #NOT_YET} only shrinks, and cannot rot.
 */
class ServicesDocTest {
    private static final Path DOC = Path.of("..", "docs", "services.md");

    /**
     * The services not built yet. Remove a service from here when its slice lands (type, client call, court
     * endpoint, end-to-end test, example): this test fails until you do.
     */
    static final Set<CourtService> NOT_YET = EnumSet.of(
            // the eleven documents in an existing case
            CourtService.RESPONSE,
            CourtService.COUNTERCLAIM,
            CourtService.MOTION,
            CourtService.SECURE_CLAIM,
            CourtService.REMARKS_ON_RECORD,
            CourtService.COPIES_OF_JUDICIAL_ACTS,
            CourtService.RESTORE_MISSED_DEADLINE,
            CourtService.DUPLICATE_WRIT_OF_EXECUTION,
            CourtService.WRIT_TO_JUSTICE_BODIES,
            CourtService.REPEATED_COPIES_OF_JUDICIAL_ACTS,
            CourtService.WRIT_FOR_ARBITRAL_OR_FOREIGN_DECISION,
            // after sending: additional documents, the fee top-up
            CourtService.ADDITIONAL_DOCUMENTS,
            CourtService.STATE_FEE_TOP_UP,
            // criminal and administrative-offence proceedings
            CourtService.CRIMINAL_FILING,
            CourtService.ADMINISTRATIVE_OFFENCE_FILING,
            // the hearing record, petitions, letters, apostille, case observation (ЭНП)
            CourtService.HEARING_RECORD_COPY_REQUEST,
            CourtService.PETITION,
            CourtService.LETTER,
            CourtService.APOSTILLE_REQUEST,
            CourtService.CASE_OBSERVATION_REQUEST,
            // look-ups
            CourtService.RECEIPT_CHECK,
            CourtService.CASE_SEARCH,
            CourtService.JUDICIAL_ACTS,
            CourtService.JUDICIAL_ACT_LEGITIMACY_CHECK);

    /**
     * The look-ups built: the client's method, the court's operation and the end-to-end test of each. A look-up
     * joins here when it leaves {@link #NOT_YET}.
     */
    static final Map<CourtService, Lookup> LOOKUPS = Map.of();

    /** The one endpoint every filing goes to, its service named in the signed manifest. */
    static final String FILING_OPERATION = "POST /api/v1/filings";

    /**
     * The court's operations that belong to no one service: the account, uploads, «Мои дела» and the talon, the
     * description, and the reference court's own controls. Every other operation must be a service's.
     */
    static final Set<String> ACCOUNT_OPERATIONS = Set.of(
            "POST /api/v1/auth/challenges",
            "POST /api/v1/users",
            "POST /api/v1/sessions",
            "POST /api/v1/sessions/signature",
            "DELETE /api/v1/sessions/current",
            "POST /api/v1/uploads",
            "GET /api/v1/filings",
            "GET /api/v1/filings/{filingId}",
            "GET /api/v1/filings/{filingId}/talon",
            "GET /api/v1/openapi.yaml");

    /** A look-up service's parts. */
    record Lookup(Method clientCall, String operation, Class<?> endToEndTest) {}

    private static EmbeddedCourt court;
    private static List<String> operations;

    @BeforeAll
    static void start() throws IOException {
        court = EmbeddedCourt.start(null);
        operations = court.operations();
    }

    @AfterAll
    static void stop() {
        court.close();
    }

    @Test
    void servicesMd_isWhatTheCodeGenerates() throws IOException {
        String generated = ServicesDoc.render(NOT_YET, LOOKUPS);
        if (Boolean.getBoolean("officesud.docs.write")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";

        assertThat(committed)
                .as("docs/services.md differs from what the code generates: run ServicesDocTest with"
                        + " -Dofficesud.docs.write=true and commit the file")
                .isEqualTo(generated);
    }

    @Test
    void everyServiceIsBuiltWholeOrListedAsNotYet_andNoListedServiceIsBuilt() {
        List<String> problems = new ArrayList<>();
        for (CourtService service : CourtService.values()) {
            boolean built = service.isFiling() ? service.filingType().isPresent() : LOOKUPS.containsKey(service);
            if (NOT_YET.contains(service)) {
                if (built) {
                    problems.add(service + " is built: remove it from ServicesDocTest.NOT_YET");
                }
            } else if (!built) {
                problems.add(service + " has no " + (service.isFiling() ? "filing type" : "look-up")
                        + ": build it, or list it in ServicesDocTest.NOT_YET");
            } else if (service.isFiling()) {
                problems.addAll(missingPartsOfFiling(service));
            } else {
                problems.addAll(missingPartsOfLookup(service, LOOKUPS.get(service)));
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void everyOperationOfTheCourt_isAServicesOrTheAccounts() {
        Set<String> claimed = new LinkedHashSet<>(ACCOUNT_OPERATIONS);
        claimed.add(FILING_OPERATION);
        LOOKUPS.values().forEach(l -> claimed.add(l.operation()));
        List<String> served = operations.stream()
                .filter(op -> op.startsWith("GET /api/")
                        || op.startsWith("POST /api/")
                        || op.startsWith("PUT /api/")
                        || op.startsWith("DELETE /api/"))
                .toList();

        assertThat(served)
                .as("an operation of the court that no service claims: add its look-up to"
                        + " ServicesDocTest.LOOKUPS (and take the service off NOT_YET)")
                .isSubsetOf(claimed);
        assertThat(served).containsAll(claimed);
    }

    @Test
    void theClientCallOfAFiling_takesAnyFiling() {
        assertThat(ServicesDoc.FILE.getDeclaringClass()).isEqualTo(CourtSession.class);
        assertThat(ServicesDoc.FILE.getParameterTypes()).containsExactly(Filing.class, NcaSigner.class);
    }

    private static List<String> missingPartsOfFiling(CourtService service) {
        Class<? extends Filing> type = service.filingType().orElseThrow();
        List<String> problems = new ArrayList<>();
        if (!Arrays.asList(Filing.class.getPermittedSubclasses()).contains(type)) {
            problems.add(service + ": " + type.getSimpleName() + " is not one of Filing's permitted types");
        }
        if (!SampleFilings.has(type)) {
            problems.add(service + ": no sample in SampleFilings, so EveryFilingTypeEndToEndTest does not file it");
        }
        if (EveryFilingTypeEndToEndTest.types().noneMatch(type::equals)) {
            problems.add(service + ": EveryFilingTypeEndToEndTest does not run " + type.getSimpleName());
        }
        if (ServicesDoc.examples(service).isEmpty()) {
            problems.add(service + ": no runnable example (Examples.all())");
        }
        if (!operations.contains(FILING_OPERATION)) {
            problems.add(service + ": the court does not serve " + FILING_OPERATION);
        }
        return problems;
    }

    private static List<String> missingPartsOfLookup(CourtService service, Lookup lookup) {
        List<String> problems = new ArrayList<>();
        if (!operations.contains(lookup.operation())) {
            problems.add(service + ": the court does not serve " + lookup.operation());
        }
        if (ServicesDoc.examples(service).isEmpty()) {
            problems.add(service + ": no runnable example (Examples.all())");
        }
        return problems;
    }
}
