package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.XmlSigner;
import kz.officesud.filing.live.LiveCabinet;
import kz.officesud.filing.live.PageChangedException;
import kz.officesud.filing.live.PageMapping;
import kz.officesud.filing.live.SendingDisabledException;
import kz.officesud.filing.live.WizardReport;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import kz.officesud.transport.AuthenticationException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same client API through the court's HTTP API and through the live cabinet's web pages (the reference court's
 * JSF facade, its element ids random per start): log-in by password and by ЭЦП, a claim filed through the wizard,
 * «Мои дела», the dry run, a page that changed, a lost answer after signing.
 */
class LiveCabinetEndToEndTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    /** A second court: its pages' ids were drawn anew when it started. */
    @RegisterExtension
    static ReferenceCourtExtension another = ReferenceCourtExtension.inProcess();

    @TempDir
    Path documents;

    /** The example program: the application's code, whatever the office drives. */
    static Talon fileAClaim(CourtOffice office, TestUser user, Claim claim) {
        try (CourtSession session = office.login(user.login(), user.password().toCharArray())) {
            Talon talon = session.file(claim, user.key());
            assertThat(session.myCases().list()).extracting(CaseSummary::talon).contains(talon);
            return talon;
        }
    }

    private Claim claim(TestUser user) throws IOException {
        return Demo.claim(documents, user.key().profile(), user.iin());
    }

    private static LiveCabinet.Builder live(ReferenceCourtExtension at) {
        return LiveCabinet.builder(at.baseUrl()).pace(Duration.ZERO);
    }

    @Test
    void theSameProgram_filesThroughTheApiAndThroughTheLiveCabinet_byOneBuilderLine() throws IOException {
        TestUser user = court.users().individual();
        Talon viaApi;
        try (CourtOffice office = CourtOffice.builder().baseUrl(court.baseUrl()).build()) {
            viaApi = fileAClaim(office, user, claim(user));
        }
        Talon viaPages;
        try (CourtOffice office = CourtOffice.builder()
                .liveCabinet(live(court).sending(true).build())
                .build()) {
            viaPages = fileAClaim(office, user, claim(user));
        }
        assertThat(viaPages.filingId()).isNotEqualTo(viaApi.filingId());
        assertThat(viaPages.sender()).isEqualTo(viaApi.sender());
        assertThat(viaPages.recipient()).isEqualTo(viaApi.recipient());
        // the court registered both as the same claim of the same account: the API lists the one filed by pages
        try (CourtOffice office = CourtOffice.builder().baseUrl(court.baseUrl()).build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            List<CaseSummary> cases = session.myCases().list();
            assertThat(cases).extracting(CaseSummary::talon).containsExactlyInAnyOrder(viaApi, viaPages);
            assertThat(cases).allSatisfy(c -> {
                assertThat(c.service()).isEqualTo(CourtService.CLAIM);
                assertThat(c.status()).isEqualTo(FilingStatus.SENT);
            });
            assertThat(session.myCases().filing(viaPages.filingId()).documents())
                    .hasSize(2);
        }
    }

    @Test
    void logIn_byEcp_signsTheCabinetsXml_andOpensTheAccountsSession() {
        TestUser user = court.users().individual();
        try (CourtOffice office =
                CourtOffice.builder().liveCabinet(live(court).build()).build()) {
            try (CourtSession session = office.loginSigningXml(XmlSigner.of(user.key()))) {
                assertThat(session.user().iin()).isEqualTo(user.iin());
                assertThat(session.myCases().list()).isEmpty();
            }
            try (CourtSession session = office.login(user.key())) {
                assertThat(session.user().name()).isEqualTo(user.name());
            }
        }
    }

    @Test
    void aWrongPassword_isRefusedWithWhatTheLogInPageSaid() {
        TestUser user = court.users().individual();
        try (CourtOffice office =
                CourtOffice.builder().liveCabinet(live(court).build()).build()) {
            assertThatThrownBy(() -> office.login(user.login(), "not the password".toCharArray()))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("Неверный ИИН/БИН или пароль");
        }
    }

    @Test
    void byDefault_filingIsADryRun_everyStepCheckedByThePages_nothingSigned_nothingSent() throws IOException {
        TestUser user = court.users().individual();
        try (CourtOffice office =
                        CourtOffice.builder().liveCabinet(court.baseUrl()).build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            assertThat(office.liveCabinet())
                    .hasValueSatisfying(c -> assertThat(c.sending()).isFalse());
            Claim claim = claim(user);
            assertThatThrownBy(() -> session.file(claim, user.key()))
                    .isInstanceOfSatisfying(SendingDisabledException.class, dryRun -> {
                        WizardReport report = dryRun.report().orElseThrow();
                        assertThat(report.steps())
                                .extracting(WizardReport.Step::page)
                                .containsExactly(
                                        "wizard.kind",
                                        "wizard.case",
                                        "wizard.participants",
                                        "wizard.participants",
                                        "wizard.participants",
                                        "wizard.payment",
                                        "wizard.documents");
                        assertThat(report.steps())
                                .allSatisfy(step -> assertThat(step.said()).isEmpty());
                        assertThat(report.steps().get(5).filled()).contains("totalSum", "duty");
                        assertThat(report.steps().get(6).filled()).contains("claimFile", "attachments");
                        assertThat(report.talonId()).isPresent();
                    });
            assertThat(session.myCases().list()).isEmpty();
        }
    }

    @Test
    void aClaimTheCourtWouldRefuse_isRefusedLocally_beforeAnyPageIsFilled() throws IOException {
        TestUser user = court.users().individual();
        AtomicInteger wizardRequests = new AtomicInteger();
        OkHttpClient counting = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    if (chain.request().url().encodedPath().contains("claim.xhtml")) {
                        wizardRequests.incrementAndGet();
                    }
                    return chain.proceed(chain.request());
                })
                .build();
        try (CourtOffice office = CourtOffice.builder()
                        .httpClient(counting)
                        .liveCabinet(live(court).sending(true).build())
                        .build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            Claim noParticipants = claim(user).toBuilder().clearParticipants().build();
            assertThatThrownBy(() -> session.file(noParticipants, user.key())).isInstanceOf(ValidationException.class);
            assertThat(wizardRequests).hasValue(0);
        } finally {
            counting.dispatcher().executorService().shutdown();
            counting.connectionPool().evictAll();
        }
    }

    @Test
    void elementIds_areDrawnAnewPerStart_andTheClientFindsTheElementsByWhatTheyAre() throws IOException {
        assertThat(loginFormIds(court)).doesNotContainAnyElementsOf(loginFormIds(another));
        TestUser user = another.users().individual();
        try (CourtOffice office = CourtOffice.builder()
                .liveCabinet(live(another).sending(true).build())
                .build()) {
            Talon talon = fileAClaim(office, user, claim(user));
            assertThat(talon.recipient().courtCode()).isEqualTo(Demo.COURT_CODE);
        }
    }

    private static List<String> loginFormIds(ReferenceCourtExtension at) throws IOException {
        OkHttpClient http = new OkHttpClient();
        try (Response response = http.newCall(new Request.Builder()
                        .url(at.baseUrl().resolve("index.xhtml").toString())
                        .build())
                .execute()) {
            Document page = Jsoup.parse(response.body().string());
            return page.select("form").eachAttr("id");
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Test
    void aPageWithoutAnElement_isOneClearErrorNamingThePageAndTheElement() {
        TestUser user = court.users().individual();
        // the site changed: the log-in page's password field is gone
        OkHttpClient changed =
                ChangedSite.text("/index.xhtml", html -> html.replace("type=\"password\"", "type=\"text\""));
        try (CourtOffice office = CourtOffice.builder()
                .httpClient(changed)
                .liveCabinet(live(court).build())
                .build()) {
            assertThatThrownBy(() -> office.login(user.login(), user.password().toCharArray()))
                    .isInstanceOfSatisfying(PageChangedException.class, e -> {
                        assertThat(e.page()).isEqualTo("login");
                        assertThat(e.element()).isEqualTo("password");
                    })
                    .hasMessageContaining("page 'login'")
                    .hasMessageContaining("element 'password'");
        } finally {
            ChangedSite.close(changed);
        }
    }

    @Test
    void whenTheSiteChanges_anUpdatedMappingFile_putsItRight_withoutARelease() throws IOException {
        TestUser user = court.users().individual();
        // the site changed: the log-in button says «Кіру»
        OkHttpClient changed =
                ChangedSite.text("/index.xhtml", html -> html.replace("value=\"Войти\"", "value=\"Кіру\""));
        Path mapping = documents.resolve("cabinet-pages.json");
        try (var in = PageMapping.class.getResourceAsStream("cabinet-pages.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(mapping, text.replace("{\"button\": \"Войти\"}", "{\"button\": \"Кіру\"}"));
        }
        try (CourtOffice stale = CourtOffice.builder()
                        .httpClient(changed)
                        .liveCabinet(live(court).build())
                        .build();
                CourtOffice updated = CourtOffice.builder()
                        .httpClient(changed)
                        .liveCabinet(
                                live(court).mapping(PageMapping.load(mapping)).build())
                        .build()) {
            assertThatThrownBy(() -> stale.login(user.login(), user.password().toCharArray()))
                    .isInstanceOfSatisfying(PageChangedException.class, e -> assertThat(e.element())
                            .isEqualTo("submit"));
            try (CourtSession session =
                    updated.login(user.login(), user.password().toCharArray())) {
                assertThat(session.user().iin()).isEqualTo(user.iin());
            }
        } finally {
            ChangedSite.close(changed);
        }
    }

    @Test
    void aLostAnswerAfterSigning_isNotPostedAgain_theTalonIsFoundInMyCases() throws IOException {
        TestUser user = court.users().individual();
        AtomicInteger signedPosts = new AtomicInteger();
        OkHttpClient dropping = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    Request request = chain.request();
                    if (request.body() instanceof FormBody form && hasSignedXml(form)) {
                        signedPosts.incrementAndGet();
                        chain.proceed(request).close(); // the court files it; the answer never arrives
                        throw new IOException("connection reset");
                    }
                    return chain.proceed(request);
                })
                .build();
        try (CourtOffice office = CourtOffice.builder()
                        .httpClient(dropping)
                        .liveCabinet(live(court).sending(true).build())
                        .build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            Talon talon = session.file(claim(user), user.key());
            assertThat(signedPosts).hasValue(1);
            assertThat(session.myCases().list()).singleElement().satisfies(c -> assertThat(c.talon())
                    .isEqualTo(talon));
        } finally {
            ChangedSite.close(dropping);
        }
    }

    private static boolean hasSignedXml(FormBody form) {
        for (int i = 0; i < form.size(); i++) {
            if (form.name(i).endsWith(":signedXml") && !form.value(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
