package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import kz.officesud.casesearch.CaseQuery;
import kz.officesud.casesearch.CaseSearchClient;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.PaymentReceipt;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.DraftView;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.core.wire.NotificationView;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.core.wire.XmlToSign;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.DetachedCmsSigner;
import kz.officesud.filing.FilingOptions;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.filing.UserAgreement;
import kz.officesud.filing.XmlSigner;
import kz.officesud.filing.live.LiveCabinet;
import kz.officesud.mockserver.CaseObservation;
import kz.officesud.mockserver.CourtFault;
import kz.officesud.mockserver.JournalEntry;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaKey;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asynchronous forms of the client's calls against the reference court: each answers what its blocking form
 * answers, and cancelling one cancels its HTTP call (OkHttp reports the call cancelled and the dispatcher runs nothing
 * while the court still sleeps on an injected delay); cancelling a chain (log-in by ЭЦП, filing signed as XML) in one
 * step runs none of the later steps (the signer is never asked, the court's journal shows nothing sent after).
 */
class AsyncCallsEndToEndTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    @TempDir
    Path documents;

    private final Calls calls = new Calls();
    private OkHttpClient http;
    private CourtOffice office;
    private TestUser user;

    @BeforeEach
    void open() {
        court.clerk().immediate();
        user = court.users().individual();
        http = new OkHttpClient.Builder().eventListener(calls).build();
        office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .httpClient(http)
                .build();
    }

    @AfterEach
    void close() {
        office.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    private Claim claim(String folder) throws IOException {
        return Demo.claim(
                Files.createDirectories(documents.resolve(folder)), user.key().profile(), user.iin());
    }

    private CourtSession login() {
        return office.login(user.login(), user.password().toCharArray());
    }

    // The same answers

    @Test
    void theOfficesCalls_answerAsTheirBlockingForms() throws Exception {
        LocalDate today = court.clock().today();
        assertThat(await(office.policyAsync(CourtService.CLAIM))).isEqualTo(office.policy(CourtService.CLAIM));
        assertThat(await(office.policyAsync(CourtService.CLAIM, today)))
                .isEqualTo(office.policy(CourtService.CLAIM, today));
        assertThat(await(office.hearingsAsync(Courts.standard().all().get(0), today)))
                .isEqualTo(office.hearings(Courts.standard().all().get(0), today));
        Claim claim = claim("fee").toBuilder().stateFee(StateFee.paidOnline()).build();
        assertThat(await(office.calculateStateFeeAsync(claim, today)))
                .isEqualTo(office.calculateStateFee(claim, today));

        kz.officesud.filing.RegisteredUser expected;
        try (CourtSession session = login()) {
            expected = session.user();
        }
        char[] password = user.password().toCharArray();
        CompletableFuture<CourtSession> byPassword = office.loginAsync(user.login(), password);
        java.util.Arrays.fill(password, '\0'); // copied before the call returned
        for (CompletableFuture<CourtSession> logIn : List.of(
                byPassword,
                office.loginAsync(user.key()),
                office.loginAsync(DetachedCmsSigner.of(user.key())),
                office.loginSigningXmlAsync(XmlSigner.of(user.key())))) {
            try (CourtSession session = await(logIn)) {
                assertThat(session.user()).isEqualTo(expected);
            }
        }

        NcaKey fresh =
                court.court().testNca().issueIndividual(Iin.random(new Random(13)), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        var registered = await(office.registerAsync(
                fresh, "Correct-Horse-7".toCharArray(), "async@example.kz", UserAgreement.ACCEPTED));
        try (CourtSession session = office.login(fresh)) {
            assertThat(session.user()).isEqualTo(registered);
        }
        assertThatThrownBy(() -> await(office.registerAsync(
                        fresh, "Correct-Horse-7".toCharArray(), "async@example.kz", UserAgreement.ACCEPTED)))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        kz.officesud.transport.CourtServiceException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(409));
    }

    @Test
    void theSessionsCalls_answerAsTheirBlockingForms() throws Exception {
        PaymentReceipt paid = court.court().paymentGateway().pay(user, Tenge.of(15_000));
        try (CourtSession session = login()) {
            Talon talon = await(session.fileAsync(
                    claim("one").toBuilder()
                            .stateFee(StateFee.paidOnline(Tenge.of(15_000), paid.paymentCode()))
                            .build(),
                    user.key(),
                    FilingOptions.defaults()));
            FilingId id = talon.filingId();
            assertThat(await(session.myCases().talonAsync(id)))
                    .isEqualTo(session.myCases().talon(id))
                    .isEqualTo(talon);
            assertThat(await(session.checkPaymentAsync(paid.paymentCode())))
                    .isEqualTo(session.checkPayment(paid.paymentCode()));
            PaymentReceipt more = court.court().paymentGateway().pay(user, Tenge.of(500));
            assertThat(await(session.myCases().topUpStateFeeAsync(id, more.paymentCode())))
                    .isEqualTo(session.myCases().filing(id));

            byte[] decision = "Решение суда".getBytes(StandardCharsets.UTF_8);
            JudicialAct act = court.clerk()
                    .issueAct(id, JudicialActKind.DECISION, "Решение", "решение.pdf", "application/pdf", decision);
            List<JudicialActEntry> acts = await(session.judicialActs().listAsync());
            assertThat(acts).isEqualTo(session.judicialActs().list()).hasSize(1);
            assertThat(await(session.judicialActs().downloadAsync(acts.get(0), documents.resolve("a.pdf"))))
                    .hasBinaryContent(decision);
            assertThat(await(session.myCases().downloadActAsync(id, act.actId(), documents.resolve("b.pdf"))))
                    .hasBinaryContent(decision);
            assertThat(await(office.checkLegitimacyAsync(act.actId()))).isEqualTo(office.checkLegitimacy(act.actId()));
            assertThat(await(office.checkLegitimacyAsync(act.actId(), documents.resolve("a.pdf"))))
                    .isEqualTo(office.checkLegitimacy(act.actId(), documents.resolve("a.pdf")));

            List<NotificationView> notices = await(session.notifications().listAsync());
            assertThat(notices).isEqualTo(session.notifications().list()).isNotEmpty();
            assertThat(await(session.notifications().unreadAsync()))
                    .isEqualTo(session.notifications().unread());
            NotificationView read =
                    await(session.notifications().markReadAsync(notices.get(0).notificationId()));
            assertThat(read.read()).isTrue();

            Claim draft = claim("draft");
            DraftView saved = await(session.drafts().saveAsync(draft));
            assertThat(await(session.drafts().getAsync(saved.draftId())))
                    .isEqualTo(session.drafts().get(saved.draftId()));
            DraftView replaced = await(session.drafts().replaceAsync(saved.draftId(), claim("draft2")));
            assertThat(await(session.drafts().listAsync()))
                    .isEqualTo(session.drafts().list())
                    .containsExactly(replaced);
            await(session.drafts().deleteAsync(saved.draftId()));
            assertThat(session.drafts().list()).isEmpty();

            Claim toCheck = claim("dry");
            assertThat(await(session.dryRunAsync(toCheck))).isEqualTo(session.dryRun(toCheck));

            PreparedFiling prepared = await(session.prepareAsync(claim("two")));
            Talon second = await(session.submitAsync(prepared, user.key()));
            String base64 = Base64.getEncoder().encodeToString(Cms.signDetached(user.key(), prepared.dataToSign()));
            assertThat(await(session.submitAsync(prepared, base64)))
                    .as("submitted again under its key: the same talon")
                    .isEqualTo(second);
            assertThat(await(session.submitAsync(prepared, DetachedCmsSigner.of(user.key()))))
                    .isEqualTo(second);

            XmlSigner xmlSigner = XmlSigner.of(user.key());
            Talon byXml = await(session.fileSigningXmlAsync(claim("three"), xmlSigner));
            assertThat(session.myCases().filing(byXml.filingId()).talon()).isEqualTo(byXml);
            PreparedFiling halves = await(session.prepareAsync(claim("four"), FilingOptions.defaults()));
            XmlToSign toSign = await(session.xmlToSignAsync(halves));
            Talon byHalves = await(session.submitSignedXmlAsync(
                    halves, xmlSigner.signXml(Base64.getDecoder().decode(toSign.xml()))));
            assertThat(byHalves.number()).isEqualTo(toSign.signingId());

            court.clerk().refuseNext(RefusalGround.MISSING_ANNEX);
            Claim refused = claim("refused");
            Talon refusedTalon = session.file(refused, user.key());
            Claim completed = refused.toBuilder()
                    .attachment(SampleDocuments.docx(
                            documents.resolve("refused").resolve("Договор подряда.docx"),
                            List.of("Договор подряда", "Стоимость работ: 1 500 000")))
                    .build();
            var again = await(session.sendAdditionalDocumentsAsync(refusedTalon.filingId(), completed, user.key()));
            assertThat(again.talon()).isEqualTo(refusedTalon);
            assertThat(again.status().state()).isEqualTo(FilingState.REGISTERED);

            await(session.logoutAsync());
            assertThatThrownBy(() -> session.myCases().list()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theCaseSearchCalls_answerAsTheirBlockingForms() throws Exception {
        String caseNumber = "7517-26-00-2/4321";
        Talon talon;
        try (CourtSession session = login()) {
            talon = session.file(claim("case"), user.key());
        }
        court.court().observation().openCase(caseNumber, talon.filingId(), ProceedingsForm.CIVIL, CourtInstance.FIRST);
        court.clerk()
                .issueAct(
                        talon.filingId(),
                        JudicialActKind.RULING,
                        "Определение",
                        "определение.pdf",
                        "application/pdf",
                        "Определение — текст".getBytes(StandardCharsets.UTF_8));
        CaseObservation.IssuedPassword password = court.court()
                .observation()
                .issuePassword(
                        caseNumber,
                        CaseObservation.Participant.person(
                                user.iin().value(),
                                user.name(),
                                ParticipantCategory.PLAINTIFF,
                                court.clock().today(),
                                "plaintiff@example.kz"));

        try (CaseSearchClient cases = CaseSearchClient.builder()
                .baseUrl(court.baseUrl())
                .httpClient(http)
                .build()) {
            CaseQuery query = CaseQuery.caseNumber(CaseNumber.parse(caseNumber));
            assertThat(await(cases.searchAsync(query)))
                    .isEqualTo(cases.search(query))
                    .hasSize(1);

            ObservedCaseView observed = await(
                    cases.observeAsync(user.iin().value(), password.password().toCharArray()));
            assertThat(observed.caseNumber()).isEqualTo(caseNumber);
            assertThat(await(cases.downloadAsync(observed, observed.documents().get(0), documents.resolve("o.pdf"))))
                    .hasContent("Определение — текст");

            AccessRequestForm unsigned = new AccessRequestForm(
                    caseNumber,
                    user.iin().value(),
                    user.name(),
                    ParticipantCategory.PLAINTIFF,
                    "online@example.kz",
                    null,
                    null,
                    List.of(),
                    null);
            String signature = Base64.getEncoder().encodeToString(Cms.signDetached(user.key(), unsigned.dataToSign()));
            assertThat(await(cases.requestAccessAsync(unsigned.signed(signature)))
                            .status())
                    .isEqualTo("PENDING");
        }
    }

    @Test
    void throughTheLiveCabinet_theSameAsyncCalls_answerAsTheBlockingOnes_andWhatThePagesLackFailsTyped()
            throws Exception {
        try (CourtOffice live = CourtOffice.builder()
                .liveCabinet(LiveCabinet.builder(court.baseUrl())
                        .pace(Duration.ZERO)
                        .sending(true)
                        .build())
                .httpClient(http)
                .build()) {
            try (CourtSession session =
                    await(live.loginAsync(user.login(), user.password().toCharArray()))) {
                Talon talon = await(session.fileAsync(claim("live"), user.key()));
                assertThat(await(session.myCases().listAsync()))
                        .isEqualTo(session.myCases().list())
                        .extracting(kz.officesud.filing.CaseSummary::talon)
                        .containsExactly(talon);
                assertThat(await(session.myCases().talonAsync(talon.filingId())))
                        .isEqualTo(talon);
                assertThatThrownBy(() -> await(session.notifications().listAsync()))
                        .isInstanceOf(ExecutionException.class)
                        .cause()
                        .isInstanceOf(UnsupportedOperationException.class);
                await(session.logoutAsync());
            }
            try (CourtSession session = await(live.loginAsync(user.key()))) {
                assertThat(session.user().iin()).isEqualTo(user.iin());
            }
        }
    }

    @Test
    void theReadmesExample_filesEveryClaimConcurrently_andCancelsTheLateOnes() throws Exception {
        try (CourtSession session = login()) {
            List<CompletableFuture<Talon>> filed =
                    AsyncFiling.fileAll(session, List.of(claim("a"), claim("b")), user.key(), Duration.ofSeconds(60));
            for (CompletableFuture<Talon> filing : filed) {
                Talon talon = await(filing);
                assertThat(session.myCases().talon(talon.filingId())).isEqualTo(talon);
            }

            court.control().inject(CourtFault.latency("POST /api/v1/uploads", Duration.ofSeconds(3)));
            List<CompletableFuture<Talon>> late =
                    AsyncFiling.fileAll(session, List.of(claim("c")), user.key(), Duration.ofMillis(200));
            waitFor(() -> late.get(0).isCancelled(), "cancelled when the time was up");
            waitFor(() -> http.dispatcher().runningCallsCount() == 0, "the call ended");
            assertThat(calls.cancelled).containsExactly("POST /api/v1/uploads");
            assertThat(session.myCases().list()).hasSize(2);
        }
    }

    // Cancelling

    @Test
    void cancellingACall_cancelsItsHttpCall_whileTheCourtStillWorks() throws Exception {
        try (CourtSession session = login()) {
            court.control().inject(CourtFault.latency("GET /api/v1/notifications", Duration.ofSeconds(5)));

            CompletableFuture<List<NotificationView>> notices =
                    session.notifications().listAsync();
            waitFor(() -> http.dispatcher().runningCallsCount() == 1, "the call in flight");
            assertThat(notices.cancel(true)).isTrue();

            waitFor(() -> http.dispatcher().runningCallsCount() == 0, "the call ended");
            assertThat(calls.cancelled).singleElement().isEqualTo("GET /api/v1/notifications");
            assertThat(journal("GET /api/v1/notifications"))
                    .as("ended before the court's delay was over")
                    .isEmpty();
            assertThatThrownBy(notices::join).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void cancellingLogInByKey_whileTheChallengeIsAsked_neverSignsNorSendsASignature() throws Exception {
        court.control().inject(CourtFault.latency("POST /api/v1/auth/challenges", Duration.ofSeconds(2)));
        AtomicInteger signed = new AtomicInteger();
        DetachedCmsSigner signer = data -> {
            signed.incrementAndGet();
            return Cms.signDetached(user.key(), data);
        };

        CompletableFuture<CourtSession> logIn = office.loginAsync(signer);
        waitFor(() -> calls.sent.contains("POST /api/v1/auth/challenges"), "the challenge asked");
        assertThat(logIn.cancel(true)).isTrue();

        waitFor(() -> http.dispatcher().runningCallsCount() == 0, "the call ended");
        assertThat(calls.cancelled).containsExactly("POST /api/v1/auth/challenges");
        // the court answers the challenge once its delay is over, to no one; nothing follows it
        waitFor(() -> !journal("POST /api/v1/auth/challenges").isEmpty(), "the court's late answer");
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(signed).hasValue(0);
        assertThat(journal("POST /api/v1/sessions/signature")).isEmpty();
    }

    @Test
    void cancellingAFilingSignedAsXml_whileTheCourtPreparesTheXml_neitherSignsNorSubmits() throws Exception {
        try (CourtSession session = login()) {
            Claim claim = claim("xml");
            court.control().inject(CourtFault.latency("POST /api/v1/filings/xml", Duration.ofSeconds(2)));
            AtomicInteger signed = new AtomicInteger();
            XmlSigner signer = xml -> {
                signed.incrementAndGet();
                return XmlSigner.of(user.key()).signXml(xml);
            };

            CompletableFuture<Talon> filing = session.fileSigningXmlAsync(claim, signer);
            waitFor(() -> calls.sent.contains("POST /api/v1/filings/xml"), "the XML asked");
            assertThat(filing.cancel(true)).isTrue();

            waitFor(() -> http.dispatcher().runningCallsCount() == 0, "the call ended");
            assertThat(calls.cancelled).containsExactly("POST /api/v1/filings/xml");
            assertThat(journal("POST /api/v1/uploads"))
                    .as("the uploads before it")
                    .hasSize(2);
            waitFor(() -> !journal("POST /api/v1/filings/xml").isEmpty(), "the court's late answer");
            TimeUnit.MILLISECONDS.sleep(300);
            assertThat(signed).hasValue(0);
            assertThat(journal("POST /api/v1/filings")).isEmpty();
            assertThat(session.myCases().list()).isEmpty();
        }
    }

    @Test
    void cancellingACaseSearch_cancelsItsHttpCall() throws Exception {
        court.control().inject(CourtFault.latency("POST /api/v1/case-searches", Duration.ofSeconds(5)));
        try (CaseSearchClient cases = CaseSearchClient.builder()
                .baseUrl(court.baseUrl())
                .httpClient(http)
                .build()) {
            CompletableFuture<?> search = cases.searchAsync(CaseQuery.caseNumber(CaseNumber.parse("7517-26-00-2/1")));
            waitFor(() -> http.dispatcher().runningCallsCount() == 1, "the search in flight");
            assertThat(search.cancel(true)).isTrue();

            waitFor(() -> http.dispatcher().runningCallsCount() == 0, "the call ended");
            assertThat(calls.cancelled).containsExactly("POST /api/v1/case-searches");
            assertThat(journal("POST /api/v1/case-searches")).isEmpty();
        }
    }

    private static List<JournalEntry> journal(String operation) {
        return court.control().journal().stream()
                .filter(e -> operation.equals(e.operation()))
                .toList();
    }

    /** Polls for up to 10 s (a wait, not a timing: the assertions come after it). */
    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /** The calls whose request OkHttp wrote whole and those it reports cancelled, as {@code METHOD /path}. */
    private static final class Calls extends EventListener {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<String> cancelled = new CopyOnWriteArrayList<>();

        @Override
        public void requestBodyEnd(Call call, long byteCount) {
            sent.add(describe(call));
        }

        @Override
        public void canceled(Call call) {
            cancelled.add(describe(call));
        }

        private static String describe(Call call) {
            return call.request().method() + " " + call.request().url().encodedPath();
        }
    }
}
