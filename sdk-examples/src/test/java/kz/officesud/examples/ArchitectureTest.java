package kz.officesud.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module boundaries, checked on the main classes of every module (this module's test class path
 * holds them all). After AWS SDK v2's {@code InternalApiBoundaryTest}.
 */
class ArchitectureTest {

    /** The library artifacts: what users embed. */
    private static final List<String> LIBRARIES =
            List.of("core", "documents", "signing", "transport", "filing", "casesearch");

    /**
     * Applications, the only classes allowed to print to the console: the examples, the reference court's launcher,
     * and the command-line tool (whose output is its whole purpose; it prints through its {@code Terminal}).
     */
    private static final String[] ENTRY_POINTS = {
        "kz.officesud.examples..", "kz.officesud.mockserver.ReferenceCourtMain", "kz.officesud.cli.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // other modules' test-jars (sdk-core's samples) are tests too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("kz.officesud");
    }

    @Test
    void everyModuleIsImported() {
        for (String root : List.of(
                "core", "documents", "signing", "transport", "filing", "casesearch", "mockserver", "examples", "cli")) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("kz.officesud." + root)))
                    .as("classes of kz.officesud.%s on the class path", root)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "documents", "signing", "filing", "casesearch", "mockserver", "examples", "cli"})
    void internalPackagesAreUsedOnlyByTheirOwnModule(String root) {
        noClasses()
                .that()
                .resideOutsideOfPackage("kz.officesud." + root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kz.officesud." + root + ".internal..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The one deliberate exception: the transport's internals are the plumbing the two clients share (retries, time
     * limits, errors, downloads), so that neither copies it. The module exports them to exactly those two, and no one
     * else may reach them.
     */
    @Test
    void theTransportsInternals_areUsedByTheTwoClientsOnly() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "kz.officesud.transport..", "kz.officesud.filing..", "kz.officesud.casesearch..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kz.officesud.transport.internal..")
                .check(classes);
    }

    @Test
    void theTransportModule_exportsItsInternals_toTheTwoClientsAlone() throws Exception {
        Path location = Path.of(kz.officesud.transport.CourtClientBuilder.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(location).findAll().stream()
                .map(ModuleReference::descriptor)
                .filter(d -> d.name().equals("kz.officesud.transport"))
                .findFirst()
                .orElseThrow();

        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)
                .containsExactlyInAnyOrder(
                        tuple("kz.officesud.transport", Set.of()),
                        tuple(
                                "kz.officesud.transport.internal",
                                Set.of("kz.officesud.filing", "kz.officesud.casesearch")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "documents", "signing", "transport", "filing", "casesearch"})
    void librariesNeverDependOnTheReferenceCourt(String root) {
        noClasses()
                .that()
                .resideInAPackage("kz.officesud." + root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kz.officesud.mockserver..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"core", "documents", "signing", "transport", "filing", "casesearch", "mockserver", "examples"})
    void nothingDependsOnTheCommandLineTool(String root) {
        noClasses()
                .that()
                .resideInAPackage("kz.officesud." + root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kz.officesud.cli..")
                .check(classes);
    }

    @Test
    void theCommandLineToolStartsTheCourtOnlyThroughItsLauncher() {
        // `officesud court` hands its options to ReferenceCourtMain and runs the court it describes; every other
        // command talks to a court over HTTP through sdk-filing only
        noClasses()
                .that()
                .resideInAPackage("kz.officesud.cli..")
                .and()
                .doNotHaveSimpleName("CourtCommand")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kz.officesud.mockserver..")
                .check(classes);
    }

    @Test
    void librariesDependOnlyDownTheLayers() {
        // core <- documents, signing, transport <- filing / casesearch: never the other way round.
        noClasses()
                .that()
                .resideInAPackage("kz.officesud.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "kz.officesud.documents..",
                        "kz.officesud.signing..",
                        "kz.officesud.transport..",
                        "kz.officesud.filing..",
                        "kz.officesud.casesearch..")
                .check(classes);
        // the document inspection and signing stand apart: a signing user carries no PDF or Word parser
        noClasses()
                .that()
                .resideInAPackage("kz.officesud.documents..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "kz.officesud.signing..",
                        "kz.officesud.transport..",
                        "kz.officesud.filing..",
                        "kz.officesud.casesearch..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("kz.officesud.signing..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "kz.officesud.documents..",
                        "kz.officesud.transport..",
                        "kz.officesud.filing..",
                        "kz.officesud.casesearch..")
                .check(classes);
        // the transport is shared by the clients and knows none of them, nor signing or the document parsers
        noClasses()
                .that()
                .resideInAPackage("kz.officesud.transport..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "kz.officesud.documents..",
                        "kz.officesud.signing..",
                        "kz.officesud.filing..",
                        "kz.officesud.casesearch..")
                .check(classes);
        // the two clients stand side by side: case search carries no signing, documents or filing
        noClasses()
                .that()
                .resideInAPackage("kz.officesud.casesearch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kz.officesud.documents..", "kz.officesud.signing..", "kz.officesud.filing..")
                .check(classes);
    }

    @Test
    void examplesStartTheCourtOnlyThroughTheEmbeddedCourtLauncher() {
        // The demo is an application that embeds the reference court, as a user's test would; its
        // filing code talks to the court over HTTP through sdk-filing only.
        noClasses()
                .that()
                .resideInAPackage("kz.officesud.examples..")
                .and()
                .doNotHaveSimpleName("EmbeddedCourt")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kz.officesud.mockserver..")
                .check(classes);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ENTRY_POINTS[0], ENTRY_POINTS[2])
                .and()
                .doNotHaveFullyQualifiedName(ENTRY_POINTS[1])
                .should(ACCESS_STANDARD_STREAMS)
                .check(classes);
    }
}
