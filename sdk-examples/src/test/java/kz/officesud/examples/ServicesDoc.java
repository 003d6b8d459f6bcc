package kz.officesud.examples;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Filing;
import kz.officesud.filing.CourtSession;
import kz.officesud.signing.NcaSigner;

/** Writes {@code docs/services.md} from the code: the catalogue of services, what is built of each, what is not. */
final class ServicesDoc {
    /** The client call every filing goes through. */
    static final Method FILE = method(CourtSession.class, "file", Filing.class, NcaSigner.class);

    private static final Map<CourtService.Group, String> TITLES = titles();

    private ServicesDoc() {}

    private static Map<CourtService.Group, String> titles() {
        Map<CourtService.Group, String> titles = new EnumMap<>(CourtService.Group.class);
        titles.put(CourtService.Group.CIVIL_PROCEEDINGS, "Civil proceedings («Судопроизводство»)");
        titles.put(CourtService.Group.CASE_DOCUMENTS, "Documents in an existing case («Документы по делу»)");
        titles.put(CourtService.Group.AFTER_SENDING, "After sending");
        titles.put(
                CourtService.Group.CRIMINAL_AND_ADMINISTRATIVE_OFFENCE,
                "Criminal and administrative-offence proceedings");
        titles.put(CourtService.Group.HEARING_RECORD, "The hearing record");
        titles.put(CourtService.Group.OTHER, "Other services");
        titles.put(CourtService.Group.LOOKUP, "Look-ups");
        if (titles.size() != CourtService.Group.values().length) {
            throw new IllegalStateException("a CourtService.Group without a title in ServicesDoc");
        }
        return titles;
    }

    static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the client has no " + type.getSimpleName() + "." + name, e);
        }
    }

    /** The examples that use {@code service}. */
    static List<Example> examples(CourtService service) {
        return Examples.all().stream().filter(e -> e.service() == service).toList();
    }

    /** The whole document. */
    static String render(
            Set<CourtService> notYet,
            Map<CourtService, ServicesDocTest.Operation> operations,
            List<ServicesDocTest.Operation> observation) {
        long built = Arrays.stream(CourtService.values())
                .filter(s -> !notYet.contains(s))
                .count();
        StringBuilder doc = new StringBuilder();
        doc.append("# The services of «Судебный кабинет»\n\n")
                .append(
                        "<!-- Generated from the code by ServicesDocTest (sdk-examples); do not edit. To write it anew,")
                .append(" run that test with -Dofficesud.docs.write=true. -->\n\n")
                .append("Every service of the court office, as `CourtService` lists it, and what the SDK and the")
                .append(" reference court offer for it: ")
                .append(built)
                .append(" of ")
                .append(CourtService.values().length)
                .append(" are built; the others say *not yet*.\n\n")
                .append(
                        "- **Filings** are records in `kz.officesud.core.model`, one a service, each checked by the same")
                .append(" rules on both sides (`FilingValidator`). The client files any of them with `")
                .append(call(FILE))
                .append(
                        "` (or `prepare` it, have it signed elsewhere, and `submit` it); the court takes every filing at")
                .append(
                        " `POST /api/v1/filings` (or, signed as XML the live cabinet's way, `POST /api/v1/filings/xml`), the")
                .append(" service named in the signed manifest, and answers with a talon.\n")
                .append(
                        "- **Operations**: a look-up, or what is done to a filing already sent, has a client method and a")
                .append(" court operation of its own.\n")
                .append(
                        "- **End-to-end tests** (`sdk-examples`): `EveryFilingTypeEndToEndTest` files every filing type")
                .append(" into the reference court, and puts before the client and the court a field the form requires")
                .append(" left out, an IIN and a BIN with a wrong check digit and a case number of another court: the")
                .append(" client refuses each before sending, in kk, ru and en, the court with 422 and the same keys;")
                .append(" `ExamplesTest` runs every example.\n")
                .append("- **Examples** run with `java -cp sdk-examples/target/officesud-demo.jar")
                .append(
                        " kz.officesud.examples.<Group> <example>` against a court embedded in the process, and end with")
                .append(" the talon.\n");
        for (CourtService.Group group : CourtService.Group.values()) {
            doc.append("\n## ").append(TITLES.get(group)).append("\n\n");
            doc.append("| service | Russian name | type | state fee | client call | court endpoint | end-to-end test")
                    .append(" | example |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (CourtService service : CourtService.values()) {
                if (service.group() == group) {
                    doc.append(row(service, notYet.contains(service), operations.get(service)));
                }
            }
        }
        doc.append("\n## Case observation (ЭНП)\n\n")
                .append(
                        "The Supreme Court's portal, not a service of the court office: a participant follows a case by")
                .append(" IIN and the access password the court's office handed out, and downloads its acts and")
                .append(" documents that the participant's category may see.\n\n")
                .append("| client call | court endpoint | end-to-end test |\n")
                .append("|---|---|---|\n");
        for (ServicesDocTest.Operation operation : observation) {
            doc.append(cells(
                    code(call(operation.clientCall())),
                    code(operation.operation()),
                    code(operation.endToEndTest().getSimpleName())));
        }
        doc.append("\n## Case search as a signed-in user\n\n")
                .append("The case search's tab «Просмотренные дела»: the cases the signed-in account opened through")
                .append(" case search (found by their number) or observation, the most recent first, each once; the")
                .append(" case-search client acts as the account with the filing session's token")
                .append(" (`CaseSearchClient.signedIn(CourtSession.accountToken())`).\n\n")
                .append("| client call | court endpoint | end-to-end test |\n")
                .append("|---|---|---|\n");
        for (ServicesDocTest.Operation operation : ServicesDocTest.SIGNED_IN_SEARCH_OPERATIONS) {
            doc.append(cells(
                    code(call(operation.clientCall())),
                    code(operation.operation()),
                    code(operation.endToEndTest().getSimpleName())));
        }
        return doc.toString();
    }

    private static String row(CourtService service, boolean notYet, ServicesDocTest.Operation operation) {
        String fee = service.mayTakeStateFee() ? "yes" : "—";
        if (notYet) {
            return cells(code(service.name()), service.nameRu(), "*not yet*", fee, "—", "—", "—", "—");
        }
        String examples = examples(service).stream()
                .map(e -> code(groupOf(e) + " " + e.name()))
                .collect(Collectors.joining(", "));
        if (service.filingType().isPresent()) {
            String type = service.filingType().orElseThrow().getSimpleName();
            return cells(
                    code(service.name()),
                    service.nameRu(),
                    code(type),
                    fee,
                    code(FILE.getDeclaringClass().getSimpleName() + "." + FILE.getName() + "(" + type + ", "
                            + FILE.getParameterTypes()[1].getSimpleName() + ")"),
                    code("POST /api/v1/filings"),
                    code("EveryFilingTypeEndToEndTest") + (examples.isEmpty() ? "" : ", " + code("ExamplesTest")),
                    examples.isEmpty() ? "*not yet*" : examples);
        }
        return cells(
                code(service.name()),
                service.nameRu(),
                service.isFiling() ? "on a sent filing" : "look-up",
                fee,
                code(call(operation.clientCall())),
                code(operation.operation()),
                code(operation.endToEndTest().getSimpleName()),
                examples.isEmpty() ? "—" : examples);
    }

    private static String groupOf(Example example) {
        return Examples.groups().entrySet().stream()
                .filter(g -> g.getValue().contains(example))
                .map(g -> g.getKey().getSimpleName())
                .findFirst()
                .orElseThrow();
    }

    private static String call(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static String cells(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String code(String text) {
        return "`" + text + "`";
    }
}
