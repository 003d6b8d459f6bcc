package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.officesud.casesearch.CaseQuery;
import kz.officesud.casesearch.CaseSearchClient;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.core.wire.ViewedCase;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.mockserver.CaseObservation;
import kz.officesud.mockserver.Clerk;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.ReferenceCourtException;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import kz.officesud.transport.AuthenticationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following cases as a signed-in cabinet user, through the two clients against the reference court: the filing
 * client's session hands its account to the case-search client, whose observations and look-ups by number make the
 * account's list of previously viewed cases (the most recent first, each once; another account never sees it; an
 * anonymous caller gets 401); and an archived case — only once finished — is found as archived, its scanned
 * documents listed oldest first by the dates they bear and downloaded with their bytes, a blocked scan neither listed
 * nor downloadable.
 */
class ViewedAndArchivedCasesEndToEndTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");
    static final String FIRST_CASE = "7517-26-00-2/3101";
    static final String SECOND_CASE = "7517-26-00-2/3102";

    @RegisterExtension
    ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            b -> b.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    @TempDir
    Path dir;

    private CourtOffice office() {
        return CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .build();
    }

    private CaseSearchClient cases() {
        return CaseSearchClient.builder().baseUrl(court.baseUrl()).build();
    }

    private FilingId file(CourtSession session, TestUser user, String name) throws IOException {
        Path directory = Files.createDirectories(dir.resolve(name));
        return session.file(Demo.claim(directory, user.key().profile(), user.iin()), user.key())
                .filingId();
    }

    private CaseObservation.IssuedPassword password(String caseNumber, TestUser user, ParticipantCategory category) {
        return court.court()
                .observation()
                .issuePassword(
                        caseNumber,
                        CaseObservation.Participant.person(
                                user.iin().value(),
                                "Асанов Болат Серикович",
                                category,
                                LocalDate.of(2026, 11, 23),
                                "participant@example.kz"));
    }

    @Test
    void theCasesASignedInUserOpens_areTheirs_mostRecentFirst_andEachOnce() throws Exception {
        TestUser alice = court.users().individual();
        TestUser bob = court.users().individual();
        try (CourtOffice office = office();
                CourtSession aliceSession =
                        office.login(alice.login(), alice.password().toCharArray());
                CourtSession bobSession =
                        office.login(bob.login(), bob.password().toCharArray());
                CaseSearchClient anonymous = cases();
                CaseSearchClient asAlice = anonymous.signedIn(aliceSession.accountToken());
                CaseSearchClient asBob = anonymous.signedIn(bobSession.accountToken())) {
            FilingId one = file(aliceSession, alice, "one");
            FilingId two = file(aliceSession, alice, "two");
            court.court().observation().openCase(FIRST_CASE, one, ProceedingsForm.CIVIL, CourtInstance.FIRST);
            court.court().observation().openCase(SECOND_CASE, two, ProceedingsForm.CIVIL, CourtInstance.FIRST);
            String password =
                    password(FIRST_CASE, alice, ParticipantCategory.PLAINTIFF).password();

            // an anonymous caller has no list: a typed 401
            AuthenticationException anonymousList =
                    catchThrowableOfType(AuthenticationException.class, anonymous::viewedCases);
            assertThat(anonymousList.statusCode()).isEqualTo(401);
            // what an anonymous client opens goes into no one's list
            anonymous.observe(alice.iin().value(), password.toCharArray());

            // alice observes the first case, looks the second up by its number, then observes the first again
            court.clock().advance(Duration.ofMinutes(1));
            asAlice.observe(alice.iin().value(), password.toCharArray());
            court.clock().advance(Duration.ofMinutes(1));
            assertThat(asAlice.search(CaseQuery.caseNumber(CaseNumber.parse(SECOND_CASE))))
                    .hasSize(1);
            assertThat(asAlice.viewedCases())
                    .extracting(v -> v.summary().caseNumber())
                    .containsExactly(SECOND_CASE, FIRST_CASE);
            court.clock().advance(Duration.ofMinutes(1));
            asAlice.observeAsync(alice.iin().value(), password.toCharArray()).get(30, TimeUnit.SECONDS);

            List<ViewedCase> viewed = asAlice.viewedCasesAsync().get(30, TimeUnit.SECONDS);
            assertThat(viewed).extracting(v -> v.summary().caseNumber()).containsExactly(FIRST_CASE, SECOND_CASE);
            assertThat(viewed)
                    .extracting(ViewedCase::viewedAt)
                    .containsExactly(MONDAY_10.plus(Duration.ofMinutes(3)), MONDAY_10.plus(Duration.ofMinutes(2)));
            assertThat(viewed.get(0).summary().courtCode()).isEqualTo("7517");

            // bob has seen nothing
            assertThat(asBob.viewedCases()).isEmpty();
        }
        // a session that has logged out: its token no longer names an account
        try (CourtOffice office = office();
                CaseSearchClient anonymous = cases()) {
            CourtSession session = office.login(alice.login(), alice.password().toCharArray());
            var token = session.accountToken();
            session.close();
            try (CaseSearchClient stale = anonymous.signedIn(token)) {
                assertThatThrownBy(stale::viewedCases).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void anArchivedCase_isFoundAsArchived_andItsScansAreListedOldestFirstAndDownloaded() throws Exception {
        TestUser plaintiff = court.users().individual();
        FilingId filing;
        try (CourtOffice office = office();
                CourtSession session =
                        office.login(plaintiff.login(), plaintiff.password().toCharArray())) {
            filing = file(session, plaintiff, "archived");
        }
        CaseObservation enp = court.court().observation();
        enp.openCase(FIRST_CASE, filing, ProceedingsForm.CIVIL, CourtInstance.FIRST);
        court.clerk().event(filing, CaseEventKind.ACCEPTED, "Иск принят к производству");
        court.clock().advance(Duration.ofHours(1));
        JudicialAct ruling = court.clerk()
                .issueAct(
                        filing,
                        JudicialActKind.RULING,
                        "Определение о подготовке",
                        "определение.pdf",
                        "application/pdf",
                        scannedPdf("Определение", 1));

        // in proceedings: neither archived nor given scans
        ReferenceCourtException notFinished =
                catchThrowableOfType(ReferenceCourtException.class, () -> enp.archive(FIRST_CASE));
        assertThat(notFinished.reason()).isEqualTo(ReferenceCourtException.Reason.CONFLICT);
        assertThat(notFinished.getMessage()).contains("case_not_finished");
        assertThatThrownBy(() -> scan(
                        enp,
                        JudicialActKind.DECISION,
                        "Решение",
                        "решение.pdf",
                        LocalDate.of(2026, 12, 1),
                        scannedPdf("Решение", 2)))
                .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                        .isEqualTo(ReferenceCourtException.Reason.CONFLICT));

        court.clerk().event(filing, CaseEventKind.CLOSED, "Производство завершено");
        enp.archive(FIRST_CASE);
        byte[] decision = scannedPdf("Решение суда", 3);
        byte[] protocol = scannedPdf("Протокол судебного заседания", 2);
        JudicialAct decisionScan = scan(
                enp,
                JudicialActKind.DECISION,
                "Решение суда",
                "решение-скан.pdf",
                LocalDate.of(2026, 12, 10),
                decision);
        JudicialAct protocolScan = scan(
                enp,
                JudicialActKind.OTHER,
                "Протокол судебного заседания",
                "протокол-скан.pdf",
                LocalDate.of(2026, 11, 1),
                protocol);
        JudicialAct blockedScan = scan(
                enp,
                JudicialActKind.RESOLUTION,
                "Постановление (закрыто)",
                "закрыто-скан.pdf",
                LocalDate.of(2026, 11, 30),
                scannedPdf("Закрыто", 1));
        enp.block(FIRST_CASE, blockedScan.actId());
        assertThatThrownBy(() -> scan(
                        enp,
                        JudicialActKind.DECISION,
                        "Не скан",
                        "не-скан.pdf",
                        LocalDate.of(2026, 12, 1),
                        "PK\u0003\u0004".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(ReferenceCourtException.class, e -> assertThat(e.reason())
                        .isEqualTo(ReferenceCourtException.Reason.INVALID));

        String password =
                password(FIRST_CASE, plaintiff, ParticipantCategory.PLAINTIFF).password();
        try (CaseSearchClient cases = cases()) {
            // found the same way as a current case, and marked archived
            assertThat(cases.search(CaseQuery.participant(plaintiff.iin().value())))
                    .singleElement()
                    .satisfies(c -> assertThat(c.archived()).isTrue());
            assertThat(cases.search(
                            CaseQuery.caseNumber(CaseNumber.parse(FIRST_CASE)).archived(true)))
                    .extracting(CaseSummary::caseNumber)
                    .containsExactly(FIRST_CASE);
            assertThat(cases.search(
                            CaseQuery.caseNumber(CaseNumber.parse(FIRST_CASE)).archived(false)))
                    .isEmpty();

            ObservedCaseView observed = cases.observe(plaintiff.iin().value(), password.toCharArray());
            assertThat(observed.archived()).isTrue();
            // oldest first by the dates the documents bear: the protocol (1 Nov), the ruling issued live (23 Nov), the
            // decision (10 Dec); the blocked scan never
            assertThat(observed.documents())
                    .extracting(CaseDocumentView::documentId)
                    .containsExactly(protocolScan.actId(), ruling.actId(), decisionScan.actId());
            assertThat(observed.documents()).extracting(CaseDocumentView::scan).containsExactly(true, false, true);
            assertThat(observed.documents()).extracting(CaseDocumentView::date).isSorted();

            CaseDocumentView listed = observed.documents().get(2);
            assertThat(listed.mediaType()).isEqualTo("application/pdf");
            Path saved = cases.download(observed, listed, dir.resolve("решение.pdf"));
            assertThat(saved).hasBinaryContent(decision);
            assertThat(sha256(Files.readAllBytes(saved)))
                    .isEqualTo(listed.sha256().hex());
            Path savedAsync = cases.downloadAsync(observed, observed.documents().get(0), dir.resolve("протокол.pdf"))
                    .get(30, TimeUnit.SECONDS);
            assertThat(savedAsync).hasBinaryContent(protocol);

            // the blocked scan, asked for directly with the participant's token: as if it did not exist
            HttpResponse<byte[]> direct = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(court.baseUrl() + "api/v1/observations/documents/"
                                                    + blockedScan.actId())
                                            .normalize())
                                    .header("Authorization", "Bearer " + observed.accessToken())
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(direct.statusCode()).isEqualTo(404);
        }
        assertThat(court.court().observation().audit(FIRST_CASE))
                .extracting(e -> e.action() + " " + e.documentId())
                .contains("DOWNLOAD " + decisionScan.actId(), "DOWNLOAD_REFUSED " + blockedScan.actId());
    }

    /** Attaches a scan of the first instance's file to the archived case. */
    private static JudicialAct scan(
            CaseObservation enp, JudicialActKind kind, String title, String fileName, LocalDate date, byte[] pdf) {
        return enp.attachScan(FIRST_CASE, kind, title, fileName, date, CourtInstance.FIRST, pdf);
    }

    /**
     * A PDF as a document scanner writes one: each page an A4 JPEG image of the paper (grey, with lines of "text"),
     * nothing but the image on the page.
     */
    static byte[] scannedPdf(String title, int pages) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                BufferedImage paper = new BufferedImage(620, 877, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = paper.createGraphics();
                g.setColor(new Color(236, 236, 232));
                g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
                g.setColor(Color.DARK_GRAY);
                g.drawString(title + " — " + (p + 1), 60, 80);
                for (int line = 0; line < 40; line++) {
                    g.fillRect(60, 120 + line * 18, 420 + (line * 37 % 80), 3);
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = JPEGFactory.createFromImage(document, paper, 0.6f, 150);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.getDocumentInformation().setProducer("Scanner driver");
            document.save(out);
            return out.toByteArray();
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
