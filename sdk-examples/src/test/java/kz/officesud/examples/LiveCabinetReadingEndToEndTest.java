package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import kz.officesud.casesearch.CaseQuery;
import kz.officesud.casesearch.CaseSearch;
import kz.officesud.casesearch.ChallengeAnswer;
import kz.officesud.casesearch.SearchChallengeException;
import kz.officesud.core.model.ActLegitimacy;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.core.wire.SearchChallenge;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.live.LiveCabinet;
import kz.officesud.filing.live.PageChangedException;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import kz.officesud.transport.CourtIoException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an application reads of the court, the same program through the court's HTTP API and through the live
 * cabinet's web pages (the reference court's JSF facade, its element ids random per start): judicial acts listed and
 * downloaded (checked by size and SHA-256), the act legitimacy check, a court's hearing schedule, the court directory,
 * and case search with its CAPTCHA handed to the person using the application.
 */
class LiveCabinetReadingEndToEndTest {
    static final byte[] DECISION = "%PDF-1.7 РЕШЕНИЕ именем Республики Казахстан".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    @TempDir
    static Path documents;

    private static TestUser user;
    private static Talon talon;
    private static OffsetDateTime hearing;
    private static String caseNumber;

    /** The court is reset before every test: an account with a filing, its act and hearing, and the case opened. */
    @BeforeEach
    void aFilingWithAnActAHearingAndACase() throws IOException {
        court.clerk().immediate();
        user = court.users().individual();
        Path folder = Files.createDirectories(documents.resolve("claim-" + System.nanoTime()));
        try (CourtOffice office = CourtOffice.builder().baseUrl(court.baseUrl()).build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            talon = session.file(Demo.claim(folder, user.key().profile(), user.iin()), user.key());
        }
        court.clerk().event(talon.filingId(), CaseEventKind.ACCEPTED, "Иск принят к производству");
        hearing = OffsetDateTime.now(court.clock())
                .plusDays(20)
                .withHour(11)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        court.clerk().event(talon.filingId(), CaseEventKind.HEARING_SET, "Судебное заседание, зал 2", hearing);
        court.clerk()
                .issueAct(
                        talon.filingId(),
                        JudicialActKind.DECISION,
                        "Решение",
                        "Решение по делу.pdf",
                        "application/pdf",
                        DECISION);
        caseNumber = Demo.COURT_CODE + "-" + (LocalDate.now(court.clock()).getYear() % 100) + "-00-2/4711";
        court.court().observation().openCase(caseNumber, talon.filingId(), ProceedingsForm.CIVIL, CourtInstance.FIRST);
    }

    /** What the example program saw. */
    record Seen(
            List<JudicialActEntry> acts,
            byte[] downloaded,
            LegitimacyVerdict verdict,
            List<HearingView> hearings,
            Courts directory,
            List<CaseSummary> found) {}

    /**
     * The example program: the application's code, whatever the office drives. {@code person} is the human who reads
     * a CAPTCHA the court shows; the program never reads it itself.
     */
    static Seen followTheCase(
            CourtOffice office, TestUser user, Path folder, String caseNumber, Function<SearchChallenge, String> person)
            throws IOException {
        try (CourtSession session = office.login(user.login(), user.password().toCharArray())) {
            List<JudicialActEntry> acts = session.judicialActs().list();
            JudicialActEntry last = acts.get(0);
            Path file = session.judicialActs()
                    .download(last, folder.resolve(last.act().fileName()));
            LegitimacyVerdict verdict = office.checkLegitimacy(last.act().actId(), file);
            Courts directory = office.courtDirectory();
            Court court = directory.byCode(last.court().code());
            List<HearingView> hearings = office.hearings(court, hearing.toLocalDate());
            CaseSearch search = office.caseSearch();
            CaseQuery query = CaseQuery.caseNumber(CaseNumber.parse(caseNumber)).inCourt(court.code());
            List<CaseSummary> found;
            try {
                found = search.search(query);
            } catch (SearchChallengeException asked) {
                found = search.search(query, ChallengeAnswer.of(asked.challenge(), person.apply(asked.challenge())));
            }
            return new Seen(acts, Files.readAllBytes(file), verdict, hearings, directory, found);
        }
    }

    /** The person at the screen: reads the picture (here the court's test aid tells what it shows). */
    private static String person(SearchChallenge challenge) {
        try {
            assertThat(ImageIO.read(new ByteArrayInputStream(challenge.image())))
                    .isNotNull();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return court.court()
                .observation()
                .challengeAnswer(challenge.challengeId())
                .orElseThrow();
    }

    private static LiveCabinet.Builder live() {
        return LiveCabinet.builder(court.baseUrl()).pace(Duration.ZERO);
    }

    /** What a schedule says, the times as instants (JSON and the page may write another offset for the same). */
    private static List<String> said(List<HearingView> hearings) {
        return hearings.stream()
                .map(h -> h.hearingAt().toInstant() + " " + h.court().code() + " " + h.service() + " " + h.text())
                .toList();
    }

    /** The example program run with the office {@code builder} builds, its downloads in a folder of their own. */
    private Seen run(CourtOffice.Builder builder, String folder) throws IOException {
        try (CourtOffice office = builder.build()) {
            return followTheCase(
                    office,
                    user,
                    Files.createDirectories(documents.resolve(folder + "-" + System.nanoTime())),
                    caseNumber,
                    LiveCabinetReadingEndToEndTest::person);
        }
    }

    @Test
    void theSameProgram_readsTheSameThroughTheApiAndThroughThePages_byOneBuilderLine() throws IOException {
        Seen viaApi = run(CourtOffice.builder().baseUrl(court.baseUrl()), "api");
        Seen viaPages = run(CourtOffice.builder().liveCabinet(live().build()), "pages");
        assertThat(viaPages.acts()).isEqualTo(viaApi.acts()).hasSize(1);
        assertThat(viaPages.acts().get(0).act().sha256())
                .isEqualTo(viaApi.acts().get(0).act().sha256());
        assertThat(viaPages.downloaded()).isEqualTo(viaApi.downloaded()).isEqualTo(DECISION);
        assertThat(viaPages.verdict()).isEqualTo(viaApi.verdict());
        assertThat(viaPages.verdict().outcome()).isEqualTo(ActLegitimacy.GENUINE);
        assertThat(said(viaPages.hearings()))
                .isEqualTo(said(viaApi.hearings()))
                .contains(hearing.toInstant() + " " + Demo.COURT_CODE + " CLAIM Судебное заседание, зал 2");
        assertThat(viaPages.directory().all()).isEqualTo(viaApi.directory().all());
        assertThat(viaPages.found()).isEqualTo(viaApi.found());
        assertThat(viaPages.found()).singleElement().satisfies(c -> {
            assertThat(c.caseNumber()).isEqualTo(caseNumber);
            assertThat(c.courtCode()).isEqualTo(Demo.COURT_CODE);
            assertThat(c.archived()).isFalse();
        });
    }

    @Test
    void theAsyncForms_readThePagesToo_onTheClientsExecutor() throws Exception {
        try (CourtOffice office =
                CourtOffice.builder().liveCabinet(live().build()).build()) {
            assertThat(office.courtDirectoryAsync().get(1, TimeUnit.MINUTES).all())
                    .isEqualTo(Courts.standard().all());
            assertThat(said(office.hearingsAsync(Courts.standard().byCode(Demo.COURT_CODE), hearing.toLocalDate())
                            .get(1, TimeUnit.MINUTES)))
                    .contains(hearing.toInstant() + " " + Demo.COURT_CODE + " CLAIM Судебное заседание, зал 2");
            try (CourtSession session =
                    office.login(user.login(), user.password().toCharArray())) {
                JudicialActEntry entry = session.judicialActs()
                        .listAsync()
                        .get(1, TimeUnit.MINUTES)
                        .get(0);
                Path target = documents.resolve("async-" + System.nanoTime() + ".pdf");
                assertThat(session.judicialActs().downloadAsync(entry, target).get(1, TimeUnit.MINUTES))
                        .hasBinaryContent(DECISION);
                assertThat(office.checkLegitimacyAsync(entry.act().actId(), target)
                                .get(1, TimeUnit.MINUTES)
                                .outcome())
                        .isEqualTo(ActLegitimacy.GENUINE);
            }
            CaseSearch search = office.caseSearch();
            CaseQuery query = CaseQuery.caseNumber(CaseNumber.parse(caseNumber));
            ExecutionException asked = catchThrowableOfType(
                    ExecutionException.class, () -> search.searchAsync(query).get(1, TimeUnit.MINUTES));
            assertThat(asked.getCause()).isInstanceOf(SearchChallengeException.class);
            SearchChallenge challenge = ((SearchChallengeException) asked.getCause()).challenge();
            assertThat(search.searchAsync(query, ChallengeAnswer.of(challenge, person(challenge)))
                            .get(1, TimeUnit.MINUTES))
                    .extracting(CaseSummary::caseNumber)
                    .containsExactly(caseNumber);
        }
    }

    @Test
    void caseSearch_showsItsCaptchaToThePerson_aWrongAnswerBringsAFreshOne_theRightOneSearches() {
        try (CourtOffice office =
                CourtOffice.builder().liveCabinet(live().build()).build()) {
            CaseSearch search = office.caseSearch();
            CaseQuery query = CaseQuery.caseNumber(CaseNumber.parse(caseNumber));
            SearchChallengeException asked =
                    catchThrowableOfType(SearchChallengeException.class, () -> search.search(query));
            assertThat(asked.challenge().mediaType()).isEqualTo("image/png");
            assertThat(asked.retryable()).isFalse();

            SearchChallengeException again = catchThrowableOfType(
                    SearchChallengeException.class,
                    () -> search.search(query, ChallengeAnswer.of(asked.challenge(), "not what it shows")));
            assertThat(again).hasMessageContaining("Неверно введён код с картинки");
            assertThat(again.challenge().challengeId())
                    .isNotEqualTo(asked.challenge().challengeId());
            // the old challenge is used up: answering it brings a fresh one, it never searches
            String oldAnswer = "000000";
            SearchChallengeException stale = catchThrowableOfType(
                    SearchChallengeException.class,
                    () -> search.search(query, ChallengeAnswer.of(asked.challenge(), oldAnswer)));
            assertThat(stale.challenge().challengeId())
                    .isNotEqualTo(asked.challenge().challengeId());

            assertThat(search.search(query, ChallengeAnswer.of(again.challenge(), person(again.challenge()))))
                    .extracting(CaseSummary::caseNumber)
                    .containsExactly(caseNumber);
            // a search that narrows nothing: what the page said
            SearchChallengeException next =
                    catchThrowableOfType(SearchChallengeException.class, () -> search.search(query));
            assertThatThrownBy(() -> search.search(
                            CaseQuery.participantName("ab"),
                            ChallengeAnswer.of(next.challenge(), person(next.challenge()))))
                    .hasMessageContaining("ФИО участника");
        }
    }

    @Test
    void anActWhoseBytesAreNotAsListed_isRefused_andNothingIsWritten() throws IOException {
        OkHttpClient changed = ChangedSite.bytes("/form/courtActs/download", bytes -> {
            byte[] other = bytes.clone();
            other[other.length - 1] ^= 1;
            return other;
        });
        Path folder = Files.createDirectories(documents.resolve("tampered-" + System.nanoTime()));
        try (CourtOffice office = CourtOffice.builder()
                        .httpClient(changed)
                        .liveCabinet(live().build())
                        .build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            JudicialActEntry entry = session.judicialActs().list().get(0);
            Path target = folder.resolve("act.pdf");
            assertThatThrownBy(() -> session.judicialActs().download(entry, target))
                    .isInstanceOf(CourtIoException.class)
                    .hasMessageContaining("other bytes than it listed");
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).isEmpty();
            }
        } finally {
            ChangedSite.close(changed);
        }
    }

    static Stream<Arguments> changedPages() {
        return Stream.of(
                Arguments.of("/form/courtActs/index.xhtml", "<th>SHA-256</th>", "<th>Хеш</th>", "acts", "sha256"),
                Arguments.of(
                        "/new/legitimacy/index.xhtml",
                        ">Идентификатор судебного акта<",
                        ">Номер акта<",
                        "legitimacy",
                        "actId"),
                Arguments.of(
                        "/new/scheduleOfCases/index.xhtml",
                        "value=\"Показать\"",
                        "value=\"Найти\"",
                        "hearings",
                        "show"),
                Arguments.of("/gis", "rf-dt courts", "rf-dt", "gis", "table"),
                Arguments.of(
                        "/form/lawsuit/", "<div class=\"captcha\">", "<div class=\"other\">", "lawsuit", "captcha"));
    }

    @ParameterizedTest(name = "{3}.{4}")
    @MethodSource("changedPages")
    void aPageWithoutAnElement_isOneClearErrorNamingThePageAndTheElement(
            String path, String was, String now, String page, String element) {
        OkHttpClient changed = ChangedSite.text(path, html -> {
            assertThat(html).contains(was);
            return html.replace(was, now);
        });
        try (CourtOffice office = CourtOffice.builder()
                        .httpClient(changed)
                        .liveCabinet(live().build())
                        .build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            assertThatThrownBy(() -> {
                        switch (page) {
                            case "acts" -> session.judicialActs().list();
                            case "legitimacy" -> office.checkLegitimacy("ACT-1");
                            case "hearings" ->
                                office.hearings(Courts.standard().byCode(Demo.COURT_CODE), LocalDate.now());
                            case "gis" -> office.courtDirectory();
                            default -> office.caseSearch().search(CaseQuery.caseNumber(CaseNumber.parse(caseNumber)));
                        }
                    })
                    .isInstanceOfSatisfying(PageChangedException.class, e -> {
                        assertThat(e.page()).isEqualTo(page);
                        assertThat(e.element()).isEqualTo(element);
                    })
                    .hasMessageContaining("page '" + page + "'")
                    .hasMessageContaining("element '" + element + "'");
        } finally {
            ChangedSite.close(changed);
        }
    }
}
