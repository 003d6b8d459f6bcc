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
import java.util.regex.Pattern;
import kz.officesud.casesearch.CaseQuery;
import kz.officesud.casesearch.CaseSearch;
import kz.officesud.casesearch.CaseSearchClient;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.JudicialActs;
import kz.officesud.filing.MyCases;
import kz.officesud.signing.NcaSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/services.md} is what the code says: every {@link CourtService} with its Russian name, its type (or
 * look-up), client call, court endpoint, end-to-end test and example — or, for the services not built yet, "not
 * yet". The test fails when the committed file differs from what the code generates (write it anew with {@code
 * -Dofficesud.docs.write=true}), when a service that is not listed as not yet lacks one of those parts, when a
 * service listed as not yet is in fact built, and when the court serves an operation no service or the account claims:
 * so {@link #NOT_YET} only shrinks, and cannot rot.
 */
class ServicesDocTest {
    private static final Path DOC = Path.of("..", "docs", "services.md");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}{3}");

    /**
     * The services not built yet. Remove a service from here when its slice lands (type or operation, client call,
     * court endpoint, end-to-end test, example): this test fails until you do.
     */
    static final Set<CourtService> NOT_YET = EnumSet.noneOf(CourtService.class);

    /**
     * The services built as an operation of their own rather than a filing type: the look-ups, and what is done to a
     * filing already sent. Each with the client's method, the court's operation and the end-to-end test that drives
     * them; a service joins here when it leaves {@link #NOT_YET}.
     */
    static final Map<CourtService, Operation> OPERATIONS = Map.of(
            CourtService.STATE_FEE_TOP_UP,
            new Operation(
                    ServicesDoc.method(MyCases.class, "topUpStateFee", FilingId.class, String.class),
                    "POST /api/v1/filings/{filingId}/fee-top-ups",
                    CourtLifecycleEndToEndTest.class),
            CourtService.RECEIPT_CHECK,
            new Operation(
                    ServicesDoc.method(CourtSession.class, "checkPayment", String.class),
                    "GET /api/v1/payments/{paymentCode}",
                    CourtLifecycleEndToEndTest.class),
            CourtService.ADDITIONAL_DOCUMENTS,
            new Operation(
                    ServicesDoc.method(
                            CourtSession.class,
                            "sendAdditionalDocuments",
                            FilingId.class,
                            Filing.class,
                            NcaSigner.class),
                    "POST /api/v1/filings/{filingId}/additional-documents",
                    CabinetServicesEndToEndTest.class),
            CourtService.JUDICIAL_ACTS,
            new Operation(
                    ServicesDoc.method(JudicialActs.class, "list"),
                    "GET /api/v1/judicial-acts",
                    CabinetServicesEndToEndTest.class),
            CourtService.JUDICIAL_ACT_LEGITIMACY_CHECK,
            new Operation(
                    ServicesDoc.method(CourtOffice.class, "checkLegitimacy", String.class, Path.class),
                    "POST /api/v1/judicial-acts/legitimacy-checks",
                    CabinetServicesEndToEndTest.class),
            CourtService.CASE_SEARCH,
            new Operation(
                    ServicesDoc.method(CaseSearch.class, "search", CaseQuery.class),
                    "POST /api/v1/case-searches",
                    CaseObservationEndToEndTest.class),
            CourtService.CASE_OBSERVATION_REQUEST,
            new Operation(
                    ServicesDoc.method(CaseSearchClient.class, "requestAccess", AccessRequestForm.class),
                    "POST /api/v1/access-requests",
                    CaseObservationEndToEndTest.class));

    /**
     * The operations of case observation (ЭНП, seed 003), which is the Supreme Court's portal rather than a service of
     * the court office's catalogue: a participant follows a case by IIN and the access password the court's office
     * gave, and downloads what the category may see.
     */
    static final List<Operation> OBSERVATION_OPERATIONS = List.of(
            new Operation(
                    ServicesDoc.method(CaseSearchClient.class, "observe", String.class, char[].class),
                    "POST /api/v1/observations",
                    CaseObservationEndToEndTest.class),
            new Operation(
                    ServicesDoc.method(
                            CaseSearchClient.class,
                            "download",
                            ObservedCaseView.class,
                            CaseDocumentView.class,
                            Path.class),
                    "GET /api/v1/observations/documents/{documentId}",
                    CaseObservationEndToEndTest.class));

    /** The case search's operations for a signed-in account: its previously viewed cases (seed 000 §6). */
    static final List<Operation> SIGNED_IN_SEARCH_OPERATIONS = List.of(new Operation(
            ServicesDoc.method(CaseSearch.class, "viewedCases"),
            "GET /api/v1/viewed-cases",
            ViewedAndArchivedCasesEndToEndTest.class));

    /** The endpoints every filing goes to, its service named in the signed manifest: the CMS way and the XML way. */
    static final Set<String> FILING_OPERATIONS = Set.of("POST /api/v1/filings", "POST /api/v1/filings/xml");

    /**
     * The court's operations that belong to no one service: the account, uploads, «Мои дела» with the talon, the acts
     * and the notices, the fee calculator, the description. Every other operation of {@code /api} must be a
     * service's.
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
            "GET /api/v1/filings/{filingId}/talon.pdf",
            "GET /api/v1/filings/{filingId}/acts/{actId}",
            "GET /api/v1/notifications",
            "POST /api/v1/notifications/{notificationId}/read",
            "POST /api/v1/state-fee/calculations",
            "GET /api/v1/openapi.yaml",
            // around every filing: the court's policy per kind, a dry run, drafts («Ожидает отправки»); and the
            // courts' published hearing schedules
            "GET /api/v1/policies/{service}",
            "POST /api/v1/filings/dry-runs",
            "POST /api/v1/drafts",
            "GET /api/v1/drafts",
            "GET /api/v1/drafts/{draftId}",
            "PUT /api/v1/drafts/{draftId}",
            "DELETE /api/v1/drafts/{draftId}",
            "GET /api/v1/hearings");

    /** A service built as an operation of its own: the client's call, the court's operation, the end-to-end test. */
    record Operation(Method clientCall, String operation, Class<?> endToEndTest) {}

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
        String generated = ServicesDoc.render(NOT_YET, OPERATIONS, OBSERVATION_OPERATIONS);
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
            if (!CYRILLIC.matcher(service.nameRu()).find()) {
                problems.add(service + " has no Russian name");
            }
            boolean built = service.filingType().isPresent() || OPERATIONS.containsKey(service);
            if (NOT_YET.contains(service)) {
                if (built) {
                    problems.add(service + " is built: remove it from ServicesDocTest.NOT_YET");
                }
            } else if (!built) {
                problems.add(service + " has neither a filing type nor an operation of its own: build it, or list it"
                        + " in ServicesDocTest.NOT_YET");
            } else if (service.filingType().isPresent()) {
                problems.addAll(missingPartsOfFiling(service));
            } else {
                problems.addAll(missingPartsOfOperation(service, OPERATIONS.get(service)));
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void everyOperationOfTheCourt_isAServicesOrTheAccounts() {
        Set<String> claimed = new LinkedHashSet<>(ACCOUNT_OPERATIONS);
        claimed.addAll(FILING_OPERATIONS);
        OPERATIONS.values().forEach(o -> claimed.add(o.operation()));
        OBSERVATION_OPERATIONS.forEach(o -> claimed.add(o.operation()));
        SIGNED_IN_SEARCH_OPERATIONS.forEach(o -> claimed.add(o.operation()));
        List<String> served = operations.stream()
                .filter(op -> op.startsWith("GET /api/")
                        || op.startsWith("POST /api/")
                        || op.startsWith("PUT /api/")
                        || op.startsWith("DELETE /api/"))
                .toList();

        assertThat(served)
                .as("an operation of the court that no service claims: add it to ServicesDocTest.OPERATIONS (and take"
                        + " its service off NOT_YET), to the observation's or to the account's operations")
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
        if (!operations.containsAll(FILING_OPERATIONS)) {
            problems.add(service + ": the court does not serve " + FILING_OPERATIONS);
        }
        return problems;
    }

    private static List<String> missingPartsOfOperation(CourtService service, Operation operation) {
        return operations.contains(operation.operation())
                ? List.of()
                : List.of(service + ": the court does not serve " + operation.operation());
    }
}
