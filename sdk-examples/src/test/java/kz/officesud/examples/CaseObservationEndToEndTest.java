package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import javax.net.SocketFactory;
import kz.officesud.casesearch.CaseQuery;
import kz.officesud.casesearch.CaseSearchClient;
import kz.officesud.casesearch.ChallengeAnswer;
import kz.officesud.casesearch.ObservationLockedException;
import kz.officesud.casesearch.SearchChallengeException;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.AccessRequestView;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.CaseTimelineEntry;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.mockserver.AccessAuditEntry;
import kz.officesud.mockserver.CaseObservation;
import kz.officesud.mockserver.CaseObservation.IssuedPassword;
import kz.officesud.mockserver.Clerk;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.EmailMessage;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtServiceException;
import okhttp3.OkHttpClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case observation (ЭНП) end to end, through the case-search client against the reference court: the office issues
 * a password with its card, the participant observes the case across two instances — its course and its acts oldest
 * first, a blocked act and one outside the participant's category neither listed nor downloadable — a new act comes
 * last and is mailed, wrong passwords lock by IIN and by address without telling whether the IIN exists, the public
 * search puts a challenge in front of a busy address, and every access is in the audit history.
 */
class CaseObservationEndToEndTest {
    /** Monday 2026-11-23 10:00 in Astana. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    static final String CASE = "7517-26-00-2/1234";
    static final HttpClient RAW = HttpClient.newHttpClient();
    static final String PLAINTIFF_MAIL = "plaintiff@example.kz";
    static final String THIRD_PARTY_MAIL = "third.party@example.kz";

    @RegisterExtension
    ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            b -> b.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    @TempDir
    Path dir;

    /** A case of two filings, the first instance's and the appeal's, with events and acts interleaved in time. */
    private final class Scenario {
        TestUser plaintiff;
        Iin thirdParty = Iin.random(new java.util.Random(7));
        FilingId first;
        FilingId appeal;
        JudicialAct ruling;
        JudicialAct appealDecision;
        JudicialAct letter;
        JudicialAct blocked;
        IssuedPassword plaintiffPassword;
        IssuedPassword thirdPartyPassword;

        Scenario build() throws IOException {
            plaintiff = court.users().individual();
            try (CourtOffice office = CourtOffice.builder()
                            .baseUrl(court.baseUrl())
                            .allowPlainHttp(true)
                            .build();
                    CourtSession session =
                            office.login(plaintiff.login(), plaintiff.password().toCharArray())) {
                Talon one = session.file(Demo.claim(dir, plaintiff.key().profile(), plaintiff.iin()), plaintiff.key());
                Path other = Files.createDirectories(dir.resolve("appeal"));
                Talon two =
                        session.file(Demo.claim(other, plaintiff.key().profile(), plaintiff.iin()), plaintiff.key());
                first = one.filingId();
                appeal = two.filingId();
            }
            CaseObservation enp = court.court().observation();
            enp.openCase(CASE, first, ProceedingsForm.CIVIL, CourtInstance.FIRST);
            enp.openCase(CASE, appeal, ProceedingsForm.CIVIL, CourtInstance.APPEAL);

            // interleaved: a list that put one filing's steps after the other's would not be oldest first
            later();
            court.clerk().event(first, CaseEventKind.ACCEPTED, "Иск принят к производству");
            later();
            ruling = act(first, JudicialActKind.RULING, "Определение о подготовке", "определение.pdf");
            later();
            court.clerk().event(appeal, CaseEventKind.ACCEPTED, "Апелляционная жалоба принята");
            later();
            appealDecision = act(appeal, JudicialActKind.DECISION, "Постановление апелляции", "апелляция.pdf");
            later();
            court.clerk().event(first, CaseEventKind.HEARING_SET, "Судебное заседание назначено");
            later();
            letter = act(first, JudicialActKind.OTHER, "Сопроводительное письмо", "письмо.pdf");
            later();
            blocked = act(appeal, JudicialActKind.RESOLUTION, "Постановление (закрыто)", "закрыто.pdf");
            enp.block(CASE, blocked.actId());

            plaintiffPassword = enp.issuePassword(
                    CASE,
                    CaseObservation.Participant.person(
                            plaintiff.iin().value(),
                            "Асанов Болат Серикович",
                            ParticipantCategory.PLAINTIFF,
                            LocalDate.of(2026, 11, 23),
                            PLAINTIFF_MAIL));
            thirdPartyPassword = enp.issuePassword(
                    CASE,
                    CaseObservation.Participant.person(
                            thirdParty.value(),
                            "Жумабекова Айгерим Маратовна",
                            ParticipantCategory.THIRD_PARTY,
                            LocalDate.of(2026, 11, 23),
                            THIRD_PARTY_MAIL));
            return this;
        }

        JudicialAct act(FilingId filing, JudicialActKind kind, String title, String fileName) {
            return court.clerk()
                    .issueAct(
                            filing,
                            kind,
                            title,
                            fileName,
                            "application/pdf",
                            (title + " — текст").getBytes(StandardCharsets.UTF_8));
        }

        void later() {
            court.clock().advance(Duration.ofHours(1));
        }
    }

    private CaseSearchClient client(String localAddress) throws IOException {
        InetAddress local = InetAddress.getByName(localAddress);
        OkHttpClient http = new OkHttpClient.Builder()
                .socketFactory(new BoundSocketFactory(local))
                .build();
        return CaseSearchClient.builder()
                .baseUrl(court.baseUrl())
                .httpClient(http)
                .build();
    }

    @Test
    void theOfficeIssuesAPassword_theParticipantObservesTheCase_andANewActComesLastAndIsMailed() throws Exception {
        Scenario s = new Scenario().build();

        try (PDDocument card = Loader.loadPDF(s.plaintiffPassword.card())) {
            PDRectangle page = card.getPage(0).getMediaBox();
            assertThat(page.getWidth() / 72 * 2.54).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(page.getHeight() / 72 * 2.54).isCloseTo(15.0, org.assertj.core.data.Offset.offset(0.01));
            String text = new PDFTextStripper().getText(card).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(CASE)
                    .contains(s.plaintiffPassword.password())
                    .contains("Медеуский районный суд")
                    .contains("Номер дела / Іс нөмірі")
                    .contains("Асанов Болат Серикович");
        }

        try (CaseSearchClient cases = client("127.0.0.1")) {
            ObservedCaseView observed = cases.observe(
                    s.plaintiff.iin().value(), s.plaintiffPassword.password().toCharArray());

            assertThat(observed.caseNumber()).isEqualTo(CASE);
            assertThat(observed.form()).isEqualTo(ProceedingsForm.CIVIL);
            assertThat(observed.courtCode()).isEqualTo("7517");
            assertThat(observed.category()).isEqualTo(ParticipantCategory.PLAINTIFF);
            assertThat(observed.participants())
                    .extracting(p -> p.category() + " " + p.name())
                    .containsExactly("PLAINTIFF Асанов Болат Серикович", "THIRD_PARTY Жумабекова Айгерим Маратовна");
            // the course across both instances, oldest first
            assertThat(observed.timeline())
                    .extracting(CaseTimelineEntry::instance, CaseTimelineEntry::kind)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(CourtInstance.FIRST, CaseEventKind.ACCEPTED),
                            org.assertj.core.groups.Tuple.tuple(CourtInstance.APPEAL, CaseEventKind.ACCEPTED),
                            org.assertj.core.groups.Tuple.tuple(CourtInstance.FIRST, CaseEventKind.HEARING_SET));
            assertThat(observed.timeline()).extracting(CaseTimelineEntry::at).isSorted();
            // the acts, oldest first; the blocked one never
            assertThat(observed.documents())
                    .extracting(CaseDocumentView::documentId)
                    .containsExactly(s.ruling.actId(), s.appealDecision.actId(), s.letter.actId());
            assertThat(observed.documents())
                    .extracting(CaseDocumentView::instance)
                    .containsExactly(CourtInstance.FIRST, CourtInstance.APPEAL, CourtInstance.FIRST);

            Path saved = cases.download(observed, observed.documents().get(0), dir.resolve("определение.pdf"));
            assertThat(Files.readString(saved)).isEqualTo("Определение о подготовке — текст");
            // the blocked act, asked for directly with the participant's own token: as if it did not exist
            assertThat(rawDownload(observed.accessToken(), s.blocked.actId())).isEqualTo(404);
            assertThat(rawDownload(observed.accessToken(), "no-such-document")).isEqualTo(404);
            assertThat(rawDownload("not-a-token", s.ruling.actId())).isEqualTo(401);

            // the third party's category (civil) sees no court letters: neither listed nor downloadable
            ObservedCaseView third = cases.observe(
                    s.thirdParty.value(), s.thirdPartyPassword.password().toCharArray());
            assertThat(third.category()).isEqualTo(ParticipantCategory.THIRD_PARTY);
            assertThat(third.documents())
                    .extracting(CaseDocumentView::documentId)
                    .containsExactly(s.ruling.actId(), s.appealDecision.actId());
            assertThat(rawDownload(third.accessToken(), s.letter.actId())).isEqualTo(404);
            assertThat(rawDownload(third.accessToken(), s.blocked.actId())).isEqualTo(404);

            // a new act: last in the list, and mailed to the participants whose category sees it
            int plaintiffMails = mails(PLAINTIFF_MAIL).size();
            int thirdMails = mails(THIRD_PARTY_MAIL).size();
            s.later();
            JudicialAct decision = s.act(s.first, JudicialActKind.DECISION, "Решение суда", "решение.pdf");
            s.later();
            JudicialAct letterAgain = s.act(s.first, JudicialActKind.OTHER, "Письмо сторонам", "письмо2.pdf");
            ObservedCaseView again = cases.observe(
                    s.plaintiff.iin().value(), s.plaintiffPassword.password().toCharArray());
            assertThat(again.documents())
                    .extracting(CaseDocumentView::documentId)
                    .endsWith(decision.actId(), letterAgain.actId())
                    .hasSize(5);
            assertThat(mails(PLAINTIFF_MAIL)).hasSize(plaintiffMails + 2);
            EmailMessage mail = mails(PLAINTIFF_MAIL).get(plaintiffMails);
            assertThat(mail.subject()).contains(CASE);
            assertThat(mail.body()).contains("Решение суда").doesNotContain("текст");
            assertThat(mails(THIRD_PARTY_MAIL)).hasSize(thirdMails + 1); // the decision, not the letter
        }

        List<AccessAuditEntry> audit = court.court().observation().audit(CASE);
        assertThat(audit)
                .extracting(AccessAuditEntry::action, AccessAuditEntry::iin, AccessAuditEntry::documentId)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(
                                "OBSERVE", s.plaintiff.iin().value(), null),
                        org.assertj.core.groups.Tuple.tuple(
                                "DOWNLOAD", s.plaintiff.iin().value(), s.ruling.actId()),
                        org.assertj.core.groups.Tuple.tuple(
                                "DOWNLOAD_REFUSED", s.plaintiff.iin().value(), s.blocked.actId()),
                        org.assertj.core.groups.Tuple.tuple("OBSERVE", s.thirdParty.value(), null),
                        org.assertj.core.groups.Tuple.tuple(
                                "DOWNLOAD_REFUSED", s.thirdParty.value(), s.letter.actId()));
        assertThat(audit).allSatisfy(e -> assertThat(e.address()).isEqualTo("127.0.0.1"));
        assertThat(audit).extracting(AccessAuditEntry::at).isSorted();
    }

    @Test
    void wrongPasswords_lockByIinAndByAddress_andNoAnswerTellsWhetherTheIinExists() throws Exception {
        Scenario s = new Scenario().build();
        String known = s.plaintiff.iin().value();
        String unknown = Iin.random(new java.util.Random(99)).value();
        char[] right = s.plaintiffPassword.password().toCharArray();
        char[] wrong = "WRONGPASSWRD".toCharArray();

        try (CaseSearchClient a = client("127.0.0.2");
                CaseSearchClient b = client("127.0.0.3");
                CaseSearchClient c = client("127.0.0.4")) {
            // a wrong password for a known IIN and for an unknown one: the same answer
            AuthenticationException forKnown =
                    catchThrowableOfType(AuthenticationException.class, () -> a.observe(known, wrong));
            AuthenticationException forUnknown =
                    catchThrowableOfType(AuthenticationException.class, () -> a.observe(unknown, wrong));
            assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(401);
            assertThat(forKnown.code()).isEqualTo(forUnknown.code()).isEqualTo("observation_denied");
            assertThat(forKnown.detail()).isEqualTo(forUnknown.detail());

            // by IIN: five wrong passwords from three addresses (none of them five) lock the IIN, wherever the next
            // attempt comes from
            try (CaseSearchClient g = client("127.0.0.10")) {
                for (CaseSearchClient from : List.of(a, b, b, g)) {
                    assertThatThrownBy(() -> from.observe(known, wrong)).isInstanceOf(AuthenticationException.class);
                    assertThatThrownBy(() -> from.observe(unknown, wrong)).isInstanceOf(AuthenticationException.class);
                }
            }
            ObservationLockedException lockedKnown =
                    catchThrowableOfType(ObservationLockedException.class, () -> c.observe(known, right));
            ObservationLockedException lockedUnknown =
                    catchThrowableOfType(ObservationLockedException.class, () -> c.observe(unknown, wrong));
            assertThat(lockedKnown.retryAfter())
                    .hasValueSatisfying(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
            assertThat(lockedKnown.code()).isEqualTo(lockedUnknown.code()).isEqualTo("observation_locked");
            assertThat(lockedKnown.retryable()).isFalse();
            // the third party's IIN is not locked, nor is address c
            assertThat(c.observe(
                                    s.thirdParty.value(),
                                    s.thirdPartyPassword.password().toCharArray())
                            .caseNumber())
                    .isEqualTo(CASE);

            // the lock lifts with time
            court.clock().advance(Duration.ofMinutes(16));
            assertThat(c.observe(known, right).caseNumber()).isEqualTo(CASE);
        }

        // by address: five wrong attempts from one address, each for another IIN, lock the address
        try (CaseSearchClient d = client("127.0.0.5");
                CaseSearchClient e = client("127.0.0.6")) {
            java.util.Random random = new java.util.Random(5);
            for (int i = 0; i < 5; i++) {
                String someone = Iin.random(random).value();
                assertThatThrownBy(() -> d.observe(someone, wrong)).isInstanceOf(AuthenticationException.class);
            }
            assertThatThrownBy(() -> d.observe(known, right)).isInstanceOf(ObservationLockedException.class);
            assertThat(e.observe(known, right).caseNumber()).isEqualTo(CASE);
        }

        // nothing is sent for an IIN that is not 12 digits
        try (CaseSearchClient f = client("127.0.0.7")) {
            assertThatThrownBy(() -> f.observe(" " + known.substring(1), right))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.observe(known + "0", right)).isInstanceOf(ValidationException.class);
        }

        List<AccessAuditEntry> audit = court.court().observation().audit();
        assertThat(audit)
                .extracting(AccessAuditEntry::action)
                .contains("OBSERVE_DENIED", "LOCKED_OUT_IIN", "LOCKED_OUT_ADDRESS", "OBSERVE_LOCKED", "OBSERVE");
        assertThat(audit)
                .filteredOn(entry -> entry.action().equals("LOCKED_OUT_ADDRESS"))
                .extracting(AccessAuditEntry::address)
                .contains("127.0.0.5");
        assertThat(audit)
                .noneMatch(entry ->
                        entry.action().equals("OBSERVE") && entry.address().equals("127.0.0.5"));
    }

    @Test
    void thePublicSearch_findsCases_andPutsAChallengeBeforeABusyAddress() throws Exception {
        Scenario s = new Scenario().build();

        try (CaseSearchClient cases = client("127.0.0.8")) {
            List<CaseSummary> found =
                    cases.search(CaseQuery.participant(s.plaintiff.iin().value()));
            assertThat(found).extracting(CaseSummary::caseNumber).containsExactly(CASE);
            assertThat(cases.search(CaseQuery.caseNumber(CaseNumber.parse(CASE)).registeredIn(2026)))
                    .hasSize(1);
            assertThat(cases.search(CaseQuery.participantName("жумабекова").inCourt("7517")))
                    .hasSize(1);
            assertThat(cases.search(CaseQuery.participantName("Жумабекова").registeredIn(2025)))
                    .isEmpty();
            assertThat(cases.search(CaseQuery.participantName("Жумабекова").archived(true)))
                    .isEmpty();
            // only a finished case goes to the archive: both instances closed
            court.clerk().event(s.first, CaseEventKind.CLOSED, "Производство завершено");
            court.clerk().event(s.appeal, CaseEventKind.CLOSED, "Производство завершено");
            court.court().observation().archive(CASE);
            assertThat(cases.search(CaseQuery.participantName("Жумабекова").archived(true)))
                    .singleElement()
                    .satisfies(c -> assertThat(c.archived()).isTrue());

            for (int i = 0; i < 4; i++) { // ten searches in all: the allowance
                cases.search(CaseQuery.participant(s.plaintiff.iin().value()));
            }
            SearchChallengeException asked = catchThrowableOfType(
                    SearchChallengeException.class,
                    () -> cases.search(CaseQuery.participant(s.plaintiff.iin().value())));
            assertThat(asked.statusCode()).isEqualTo(429);
            assertThat(asked.retryable()).isFalse();
            assertThat(asked.challenge().mediaType()).isEqualTo("image/png");
            assertThat(ImageIO.read(new ByteArrayInputStream(asked.challenge().image())))
                    .isNotNull();

            // a wrong answer brings a new challenge; the right one, read from the picture by a person, searches
            SearchChallengeException again = catchThrowableOfType(
                    SearchChallengeException.class,
                    () -> cases.search(
                            CaseQuery.participant(s.plaintiff.iin().value()),
                            ChallengeAnswer.of(asked.challenge(), "nonsense")));
            assertThat(again.challenge().challengeId())
                    .isNotEqualTo(asked.challenge().challengeId());
            String read = court.court()
                    .observation()
                    .challengeAnswer(again.challenge().challengeId())
                    .orElseThrow();
            assertThat(cases.search(
                            CaseQuery.participant(s.plaintiff.iin().value()),
                            ChallengeAnswer.of(again.challenge(), read)))
                    .extracting(CaseSummary::caseNumber)
                    .containsExactly(CASE);

            // another address searches on
            try (CaseSearchClient other = client("127.0.0.9")) {
                assertThat(other.search(CaseQuery.participant(s.plaintiff.iin().value())))
                        .hasSize(1);
            }
            // a search that names nothing to narrow it is refused
            assertThatThrownBy(() -> cases.search(new CaseQuery(null, "7517", 2026, null, null, null, null)))
                    .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(400));
        }
        assertThat(court.court().observation().audit())
                .extracting(AccessAuditEntry::action)
                .contains("SEARCH", "SEARCH_CHALLENGED");
    }

    @Test
    void anOnlineRequest_signedWithEcp_isApprovedOrRefused_withAnEmailEitherWay() throws Exception {
        Scenario s = new Scenario().build();
        TestUser stranger = court.users().individual();
        AccessRequestForm.Attachment power = new AccessRequestForm.Attachment(
                "доверенность.pdf", "application/pdf", "%PDF-1.7 доверенность".getBytes(StandardCharsets.UTF_8));
        AccessRequestForm unsigned = new AccessRequestForm(
                CASE,
                s.plaintiff.iin().value(),
                "Асанов Болат Серикович",
                ParticipantCategory.REPRESENTATIVE,
                "online@example.kz",
                "190440012341",
                "ТОО «Курылыс Сервис»",
                List.of(power),
                null);

        try (CaseSearchClient cases = client("127.0.0.11")) {
            AccessRequestView sent = cases.requestAccess(unsigned.signed(sign(s.plaintiff, unsigned.dataToSign())));
            assertThat(sent.status()).isEqualTo("PENDING");
            assertThat(sent.caseNumber()).isEqualTo(CASE);

            // signed by another person than the IIN named, or changed after signing: refused, nothing recorded
            assertThatThrownBy(() -> cases.requestAccess(unsigned.signed(sign(stranger, unsigned.dataToSign()))))
                    .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.code())
                            .isEqualTo("request_signature"));
            AccessRequestForm changed = new AccessRequestForm(
                    CASE,
                    s.plaintiff.iin().value(),
                    "Асанов Болат Серикович",
                    ParticipantCategory.PLAINTIFF, // not what was signed
                    "online@example.kz",
                    "190440012341",
                    "ТОО «Курылыс Сервис»",
                    List.of(power),
                    sign(s.plaintiff, unsigned.dataToSign()));
            assertThatThrownBy(() -> cases.requestAccess(changed))
                    .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.code())
                            .isEqualTo("request_signature"));
            assertThat(court.court().observation().accessRequests())
                    .extracting(AccessRequestView::requestId)
                    .containsExactly(sent.requestId());

            // approved: the password goes to the request's e-mail, and opens the case
            IssuedPassword issued = court.court().observation().approve(sent.requestId());
            EmailMessage mail = mails("online@example.kz").get(0);
            assertThat(mail.body()).contains(issued.password()).contains(CASE);
            ObservedCaseView observed =
                    cases.observe(s.plaintiff.iin().value(), issued.password().toCharArray());
            assertThat(observed.category()).isEqualTo(ParticipantCategory.REPRESENTATIVE);
            assertThat(observed.participants())
                    .extracting(p -> p.name())
                    .contains("ТОО «Курылыс Сервис» (Асанов Болат Серикович)");
            assertThat(court.court().observation().accessRequests())
                    .singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo("APPROVED"));

            // refused: the participant is told why
            AccessRequestForm second = new AccessRequestForm(
                    CASE,
                    stranger.iin().value(),
                    "Другой Человек",
                    ParticipantCategory.THIRD_PARTY,
                    "refused@example.kz",
                    null,
                    null,
                    List.of(),
                    null);
            AccessRequestView pending = cases.requestAccess(second.signed(sign(stranger, second.dataToSign())));
            AccessRequestView refused =
                    court.court().observation().refuse(pending.requestId(), "не является участником дела");
            assertThat(refused.status()).isEqualTo("REFUSED");
            assertThat(mails("refused@example.kz")).singleElement().satisfies(m -> assertThat(m.body())
                    .contains("не является участником дела"));
            assertThatThrownBy(() -> court.court().observation().approve(pending.requestId()))
                    .hasMessageContaining("REFUSED");
        }
    }

    private static String sign(TestUser user, byte[] data) {
        return java.util.Base64.getEncoder()
                .encodeToString(kz.officesud.signing.Cms.signDetached(user.key(), new ByteArrayInputStream(data)));
    }

    @Test
    void theExample_findsTheCase_printsItsTimeline_andDownloadsWhatTheParticipantMaySee() throws Exception {
        Scenario s = new Scenario().build();
        Path documents = Files.createDirectories(dir.resolve("documents"));

        ObservedCaseView observed = CaseTimeline.findAndFollow(
                court.baseUrl(),
                s.plaintiff.iin().value(),
                s.plaintiffPassword.password().toCharArray(),
                challenge -> court.court()
                        .observation()
                        .challengeAnswer(challenge.challengeId())
                        .orElseThrow(),
                documents);

        assertThat(observed.caseNumber()).isEqualTo(CASE);
        assertThat(observed.timeline()).hasSize(3);
        assertThat(documents.resolve("определение.pdf")).hasContent("Определение о подготовке — текст");
        assertThat(documents.resolve("апелляция.pdf")).exists();
        assertThat(documents.resolve("письмо.pdf")).exists();
        assertThat(documents.resolve("закрыто.pdf")).doesNotExist();
    }

    private List<EmailMessage> mails(String address) {
        return court.court().outbox().emailsTo(address);
    }

    private int rawDownload(String token, String documentId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(court.baseUrl() + "api/v1/observations/documents/" + documentId))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return RAW.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Connects from a given local address: the court counts wrong passwords and searches per address. */
    private static final class BoundSocketFactory extends SocketFactory {
        private final InetAddress local;

        BoundSocketFactory(InetAddress local) {
            this.local = local;
        }

        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(local, 0));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket socket = createSocket();
            socket.connect(new InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return new Socket(host, port, localHost, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            Socket socket = createSocket();
            socket.connect(new InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return new Socket(address, port, localAddress, localPort);
        }
    }
}
