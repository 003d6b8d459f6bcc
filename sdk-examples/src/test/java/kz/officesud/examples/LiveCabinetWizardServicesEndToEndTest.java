package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Counterclaim;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Motion;
import kz.officesud.core.model.Talon;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.live.LiveCabinet;
import kz.officesud.filing.live.LiveCabinetException;
import kz.officesud.filing.live.PageChangedException;
import kz.officesud.filing.live.SendingDisabledException;
import kz.officesud.filing.live.WizardReport;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Services other than a claim through the live cabinet's filing wizard — an appeal, a motion in an existing case, a
 * letter — by the same code as a claim, the steps each takes given as data in the page mapping: a dry run that fills
 * every step and stops before signing, then the real send that signs the court's XML and reads the talon.
 */
class LiveCabinetWizardServicesEndToEndTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    @TempDir
    Path documents;

    private static final Map<Class<? extends Filing>, List<String>> STEPS = Map.of(
            Appeal.class,
            List.of(
                    "wizard.kind",
                    "wizard.case",
                    "wizard.participants",
                    "wizard.participants",
                    "wizard.participants",
                    "wizard.payment",
                    "wizard.documents"),
            Motion.class,
            List.of("wizard.kind", "wizard.case", "wizard.participants", "wizard.participants", "wizard.documents"),
            Letter.class,
            List.of("wizard.kind", "wizard.case", "wizard.documents"));

    private Filing sample(Class<? extends Filing> type) throws IOException {
        Path directory = Files.createTempDirectory(documents, type.getSimpleName());
        return SampleFilings.of(type, title -> {
            try {
                return Attachment.of(SampleDocuments.docx(
                        directory.resolve(title + ".docx"), List.of(title, "Текст документа «" + title + "».")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static LiveCabinet.Builder live() {
        return LiveCabinet.builder(court.baseUrl()).pace(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(classes = {Appeal.class, Motion.class, Letter.class})
    void aServiceOtherThanAClaim_goesThroughTheSameWizard_aDryRunFirst_thenSentWithItsTalon(
            Class<? extends Filing> type) throws IOException {
        TestUser user = court.users().individual();
        Filing filing = sample(type);
        try (CourtOffice office =
                        CourtOffice.builder().liveCabinet(live().build()).build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            SendingDisabledException dryRun =
                    catchThrowableOfType(SendingDisabledException.class, () -> session.file(filing, user.key()));
            WizardReport report = dryRun.report().orElseThrow();
            assertThat(report.steps()).extracting(WizardReport.Step::page).isEqualTo(STEPS.get(type));
            assertThat(report.steps())
                    .allSatisfy(step -> assertThat(step.said()).isEmpty());
            assertThat(report.talonId()).isPresent();
            assertThat(session.myCases().list()).isEmpty();
        }
        try (CourtOffice office = CourtOffice.builder()
                        .liveCabinet(live().sending(true).build())
                        .build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            Talon talon = session.file(filing, user.key());
            assertThat(talon.recipient().courtCode()).isEqualTo(filing.court().code());
            assertThat(session.myCases().list()).singleElement().satisfies(c -> {
                assertThat(c.talon()).isEqualTo(talon);
                assertThat(c.service()).isEqualTo(filing.service());
            });
        }
        // the court holds it as the same filing the API would have sent: its documents, its kind
        try (CourtOffice office = CourtOffice.builder().baseUrl(court.baseUrl()).build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            CaseSummary only = session.myCases().list().get(0);
            assertThat(session.myCases().filing(only.filingId()).documents())
                    .hasSize(filing.documents().size());
            assertThat(only.service().filingType()).contains(type);
        }
    }

    @Test
    void aServiceTheMappingDoesNotLead_isNotFiledThroughThePages_andSaysSo() throws IOException {
        TestUser user = court.users().individual();
        Filing counterclaim = sample(Counterclaim.class);
        try (CourtOffice office = CourtOffice.builder()
                        .liveCabinet(live().sending(true).build())
                        .build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            assertThatThrownBy(() -> session.file(counterclaim, user.key()))
                    .isInstanceOf(LiveCabinetException.class)
                    .hasMessageContaining("APPEAL, CLAIM, LETTER, MOTION")
                    .hasMessageContaining("Встречный иск");
            assertThat(session.myCases().list()).isEmpty();
        }
    }

    @Test
    void aWizardStepWithoutAnElement_isOneClearErrorNamingThePageAndTheElement() throws IOException {
        TestUser user = court.users().individual();
        Filing appeal = sample(Appeal.class);
        // the site changed: the case step has no field for the case's number
        OkHttpClient changed = ChangedSite.text(
                "/form/proceedings/claim.xhtml", html -> html.replace(":edit-caseNumber", ":edit-number"));
        try (CourtOffice office = CourtOffice.builder()
                        .httpClient(changed)
                        .liveCabinet(live().build())
                        .build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            assertThatThrownBy(() -> session.file(appeal, user.key()))
                    .isInstanceOfSatisfying(PageChangedException.class, e -> {
                        assertThat(e.page()).isEqualTo("wizard.case");
                        assertThat(e.element()).isEqualTo("caseNumber");
                    });
        } finally {
            ChangedSite.close(changed);
        }
    }
}
