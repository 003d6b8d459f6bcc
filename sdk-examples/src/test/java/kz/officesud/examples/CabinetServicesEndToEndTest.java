package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.officesud.core.model.ActLegitimacy;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.DraftView;
import kz.officesud.core.wire.FilingPolicy;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.documents.FilingPolicies;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingDetails;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import kz.officesud.transport.CourtServiceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cabinet's services around a filing, through the client against the reference court: the court's policy per
 * filing kind, the dry run of a whole filing (each case judged locally and by the court, the same verdict), the
 * account's judicial acts downloaded to files, the public check of an act's legitimacy, hearing schedules, and drafts.
 */
class CabinetServicesEndToEndTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    @TempDir
    static Path documents;

    private static TestUser user;

    /** The court is reset before every test: a user of its own, and the clerk who decides at once. */
    @BeforeEach
    void user() {
        court.clerk().immediate();
        user = court.users().individual();
    }

    /** An office that judges the court's test user's own IIN as the court does (it chains to a test NCA). */
    private static CourtOffice office(boolean strictLayout) {
        return CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .validationOptions(ValidationOptions.builder()
                        .acceptUnverifiedIdentity(user.iin().value())
                        .strictLayout(strictLayout)
                        .build())
                .build();
    }

    private static CourtSession login(CourtOffice office) {
        return office.login(user.login(), user.password().toCharArray());
    }

    private static Claim claim(String folder) throws IOException {
        return Demo.claim(
                Files.createDirectories(documents.resolve(folder)), user.key().profile(), user.iin());
    }

    // The court's policy

    static Stream<CourtService> filingKinds() {
        return Stream.of(CourtService.values()).filter(s -> s.filingType().isPresent());
    }

    @ParameterizedTest
    @MethodSource("filingKinds")
    void policy_servedByTheCourt_isTheOneTheClientComputes(CourtService service) {
        try (CourtOffice office = office(false)) {
            FilingPolicy served = office.policy(service);

            assertThat(served)
                    .isEqualTo(FilingPolicies.of(service, court.clock().today()));
            assertThat(served.requiredFields()).contains("court", "statement");
            assertThat(served.stateFee()).isEqualTo(served.documentRoles().contains(DocumentRole.FEE_RECEIPT));
        }
    }

    @Test
    void policy_ofAClaimToday_isTheAmended2018Rules_andOfA2016Letter_the2014Instruction() {
        try (CourtOffice office = office(false)) {
            FilingPolicy claim = office.policy(CourtService.CLAIM);
            assertThat(claim.formats()).extracting(f -> f.code()).contains("pdf", "docx", "xlsx");
            assertThat(claim.maxFileSize()).isEqualTo(20L * 1024 * 1024);
            assertThat(claim.layout()).isNotNull();
            assertThat(claim.layout().fontFamily()).isEqualTo("Times New Roman");
            assertThat(claim.layout().fontSizePoints()).isEqualTo(14);
            assertThat(claim.layoutRefuses()).isFalse();
            assertThat(claim.stateFee()).isTrue();
            assertThat(claim.requiredFields()).contains("proceedings", "category", "participants", "stateFee");

            FilingPolicy letter = office.policy(CourtService.LETTER, java.time.LocalDate.of(2016, 5, 4));
            assertThat(letter.maxFileSize()).isEqualTo(10L * 1024 * 1024);
            assertThat(letter.formats()).extracting(f -> f.code()).doesNotContain("xlsx");
            assertThat(letter.stateFee()).isFalse();
            assertThat(letter.documentRoles()).doesNotContain(DocumentRole.FEE_RECEIPT);
        }
    }

    @Test
    void policy_ofALookUp_isNotFound() {
        try (CourtOffice office = office(false)) {
            assertThatThrownBy(() -> office.policy(CourtService.CASE_SEARCH))
                    .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(404));
        }
    }

    // The dry run: every case judged by the client and by the court, the same verdict

    static Stream<Arguments> dryRuns() {
        Map<String, Function<Claim, Filing>> cases = new java.util.LinkedHashMap<>();
        cases.put("a valid claim", claim -> claim);
        cases.put("a defendant with a wrong IIN", claim -> claim.toBuilder()
                .clearParticipants()
                .participant(claim.participants().get(0))
                .participant(new Participant(
                        PartySide.DEFENDANT, Party.individual(Iin.ofUnverified("900101300008"), "Ошибка В ИИН")))
                .build());
        cases.put(
                "a letter with nothing but its court",
                claim -> Letter.builder().court(claim.court()).build());
        cases.put("an annex that is text named .pdf, and one in a format not accepted", claim -> claim.toBuilder()
                .attachment(Attachment.of(
                        "Расчёт.pdf", ContentSource.ofBytes("это не PDF".getBytes(StandardCharsets.UTF_8))))
                .attachment(
                        Attachment.of("Заметки.txt", ContentSource.ofBytes("заметки".getBytes(StandardCharsets.UTF_8))))
                .build());
        cases.put(
                "a statement set in Arial",
                claim -> claim.toBuilder().statement(arial(claim.statement())).build());
        return cases.entrySet().stream()
                .flatMap(e -> Stream.of(
                        Arguments.of(e.getKey(), e.getValue(), false), Arguments.of(e.getKey(), e.getValue(), true)));
    }

    @ParameterizedTest(name = "{0}, strict layout {2}")
    @MethodSource("dryRuns")
    void aDryRun_atTheCourt_givesTheVerdictOfTheLocalCheck(
            String name, Function<Claim, Filing> make, boolean strictLayout) throws IOException {
        Filing filing = make.apply(claim(name.replace(' ', '-') + "-" + strictLayout));
        try (CourtOffice office = office(strictLayout);
                CourtSession session = login(office)) {
            int filed = session.myCases().list().size();
            ValidationReport local = office.check(filing);
            ValidationReport atCourt = session.dryRun(filing);

            assertThat(keys(atCourt.violations())).isEqualTo(keys(local.violations()));
            assertThat(keys(atCourt.warnings())).isEqualTo(keys(local.warnings()));
            assertThat(session.myCases().list())
                    .as("a dry run registers nothing")
                    .hasSize(filed);
            if (!name.equals("a valid claim") && !(name.contains("Arial") && !strictLayout)) {
                assertThat(atCourt.isValid()).as("the case is a violation").isFalse();
            }
            if (name.contains("Arial")) {
                assertThat(strictLayout ? atCourt.violations() : atCourt.warnings())
                        .extracting(Violation::path)
                        .contains("statement");
            }
        }
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.path() + " " + v.messageKey() + " " + v.rejectedValue())
                .toList();
    }

    /** The same Word document with its default font changed to Arial: a layout finding, not a ground of refusal. */
    private static Attachment arial(Attachment statement) {
        try (InputStream in = statement.content().open();
                ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream copy = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    byte[] bytes = zip.readAllBytes();
                    if (entry.getName().equals("word/styles.xml")) {
                        bytes = new String(bytes, StandardCharsets.UTF_8)
                                .replace("Times New Roman", "Arial")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    copy.putNextEntry(new ZipEntry(entry.getName()));
                    copy.write(bytes);
                    copy.closeEntry();
                }
            }
            return Attachment.of(statement.fileName(), ContentSource.ofBytes(out.toByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // Judicial acts, their legitimacy, the hearing schedule

    @Test
    void aJudicialAct_isListed_downloadedToAFile_andCheckedForLegitimacy() throws IOException {
        byte[] pdf = "%PDF-1.7 РЕШЕНИЕ именем Республики Казахстан".getBytes(StandardCharsets.UTF_8);
        try (CourtOffice office = office(false);
                CourtSession session = login(office)) {
            Talon talon = session.file(claim("act"), user.key());
            court.clerk().event(talon.filingId(), CaseEventKind.ACCEPTED, "Иск принят к производству");
            JudicialAct act = court.clerk()
                    .issueAct(
                            talon.filingId(),
                            JudicialActKind.DECISION,
                            "Решение",
                            "Решение.pdf",
                            "application/pdf",
                            pdf);

            List<JudicialActEntry> acts = session.judicialActs().list();
            assertThat(acts).hasSize(1);
            JudicialActEntry entry = acts.get(0);
            assertThat(entry.act()).isEqualTo(act);
            assertThat(entry.filingId()).isEqualTo(talon.filingId());
            assertThat(entry.court().code()).isEqualTo(talon.recipient().courtCode());

            Path target = documents.resolve("downloaded-decision.pdf");
            Files.writeString(target, "an older file, replaced whole");
            assertThat(session.judicialActs().download(entry, target)).isEqualTo(target);
            assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
            assertThat(session.myCases().downloadAct(talon.filingId(), act.actId(), documents.resolve("again.pdf")))
                    .hasBinaryContent(pdf);
            try (Stream<Path> left = Files.list(documents)) {
                assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
            }

            LegitimacyVerdict genuine = office.checkLegitimacy(act.actId(), target);
            assertThat(genuine.outcome()).isEqualTo(ActLegitimacy.GENUINE);
            assertThat(genuine.title()).isEqualTo("Решение");
            assertThat(genuine.court()).isEqualTo(entry.court());
            assertThat(genuine.sha256()).isEqualTo(act.sha256());

            Path forged = Files.write(
                    documents.resolve("forged.pdf"), "%PDF-1.7 РЕШЕНИЕ подделка".getBytes(StandardCharsets.UTF_8));
            assertThat(office.checkLegitimacy(act.actId(), forged).outcome()).isEqualTo(ActLegitimacy.CONTENT_DIFFERS);
            assertThat(office.checkLegitimacy(act.actId()).outcome()).isEqualTo(ActLegitimacy.GENUINE);
            LegitimacyVerdict unknown = office.checkLegitimacy("ACT-no-such-act");
            assertThat(unknown.outcome()).isEqualTo(ActLegitimacy.NOT_FOUND);
            assertThat(unknown.title()).isNull();
        }
    }

    @Test
    void aHearingSetAndMoved_isOnTheCourtsScheduleOfItsNewDay_withNoPartyNamed() throws IOException {
        try (CourtOffice office = office(false);
                CourtSession session = login(office)) {
            Talon talon = session.file(claim("hearing"), user.key());
            court.clerk().event(talon.filingId(), CaseEventKind.ACCEPTED, "Иск принят к производству");
            OffsetDateTime first =
                    OffsetDateTime.now(court.clock()).plusDays(30).withHour(10).withMinute(0);
            OffsetDateTime moved = first.plusDays(7).withHour(15);
            court.clerk().event(talon.filingId(), CaseEventKind.HEARING_SET, "Судебное заседание, зал 3", first);
            court.clerk().event(talon.filingId(), CaseEventKind.HEARING_MOVED, "Отложено, зал 5", moved);
            var courtOfFiling = Courts.standard().byCode(talon.recipient().courtCode());

            List<HearingView> onMovedDay = office.hearings(courtOfFiling, moved.toLocalDate());
            assertThat(onMovedDay)
                    .filteredOn(h -> h.hearingAt().isEqual(moved))
                    .singleElement()
                    .satisfies(h -> {
                        assertThat(h.service()).isEqualTo(CourtService.CLAIM);
                        assertThat(h.text()).isEqualTo("Отложено, зал 5");
                        assertThat(h.toString())
                                .doesNotContain(user.name())
                                .doesNotContain(user.iin().value());
                    });
            assertThat(office.hearings(courtOfFiling, first.toLocalDate()))
                    .noneMatch(h -> h.hearingAt().isEqual(first));
        }
    }

    // Drafts

    @Test
    void aDraft_isSavedListedResumedFiledAndDeleted_andIsItsOwnersOnly() throws IOException {
        Path folder = Files.createDirectories(documents.resolve("draft"));
        Claim claim = Demo.claim(folder, user.key().profile(), user.iin());
        Claim incomplete = claim.toBuilder().clearParticipants().build();
        try (CourtOffice office = office(false);
                CourtSession session = login(office)) {
            DraftView saved = session.drafts().save(incomplete);
            assertThat(saved.service()).isEqualTo(CourtService.CLAIM);
            DraftView replaced = session.drafts().replace(saved.draftId(), claim);
            assertThat(session.drafts().list()).extracting(DraftView::draftId).containsExactly(saved.draftId());

            Filing resumed = session.drafts()
                    .get(saved.draftId())
                    .filing()
                    .withDocuments(a -> a.withContent(ContentSource.ofPath(folder.resolve(a.fileName()))));
            assertThat(resumed)
                    .isEqualTo(claim.withDocuments(
                            a -> a.withContent(ContentSource.ofPath(folder.resolve(a.fileName())))));
            assertThat(replaced.filing().documents()).hasSameSizeAs(claim.documents());

            TestUser other = court.users().individual();
            try (CourtSession stranger =
                    office.login(other.login(), other.password().toCharArray())) {
                assertThat(stranger.drafts().list()).isEmpty();
                assertThatThrownBy(() -> stranger.drafts().get(saved.draftId()))
                        .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.statusCode())
                                .isEqualTo(404));
                assertThatThrownBy(() -> stranger.drafts().delete(saved.draftId()))
                        .isInstanceOf(CourtServiceException.class);
            }

            Talon talon = session.file(resumed, user.key());
            assertThat(session.myCases().filing(talon.filingId()).status().state())
                    .isEqualTo(FilingState.REGISTERED);
            session.drafts().delete(saved.draftId());
            assertThat(session.drafts().list()).isEmpty();
            assertThatThrownBy(() -> session.drafts().delete(saved.draftId()))
                    .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(404));
        }
    }

    // Additional documents after a refusal

    @Test
    void aRefusedFiling_takesAdditionalDocuments_andIsRegisteredUnderTheSameTalon() throws IOException {
        Path folder = Files.createDirectories(documents.resolve("refused"));
        Claim claim = Demo.claim(folder, user.key().profile(), user.iin());
        Path contract = SampleDocuments.docx(
                folder.resolve("Договор подряда.docx"), List.of("Договор подряда", "Стоимость работ: 1 500 000"));
        Claim completed = claim.toBuilder().attachment(contract).build();
        try (CourtOffice office = office(false);
                CourtSession session = login(office)) {
            court.clerk().refuseNext(RefusalGround.MISSING_ANNEX);
            Talon talon = session.file(claim, user.key());
            assertThat(session.myCases().filing(talon.filingId()).status())
                    .isEqualTo(FilingStatus.refused(RefusalGround.MISSING_ANNEX));

            FilingDetails again = session.sendAdditionalDocuments(talon.filingId(), completed, user.key());

            assertThat(again.talon()).isEqualTo(talon);
            assertThat(again.status().state()).as("%s", again.statusHistory()).isEqualTo(FilingState.REGISTERED);
            assertThat(again.statusHistory())
                    .extracting(change -> change.status().state())
                    .containsExactly(FilingState.SENT, FilingState.REFUSED, FilingState.SENT, FilingState.REGISTERED);
            assertThat(again.documents()).extracting(d -> d.fileName()).contains("Договор подряда.docx");
            assertThat(session.myCases().list())
                    .filteredOn(c -> c.filingId().equals(talon.filingId()))
                    .hasSize(1);

            // the same again (a retry) answers the filing as it stands; other content is a conflict
            assertThat(session.sendAdditionalDocuments(talon.filingId(), completed, user.key())
                            .status()
                            .state())
                    .isEqualTo(FilingState.REGISTERED);
            assertThatThrownBy(() -> session.sendAdditionalDocuments(talon.filingId(), claim, user.key()))
                    .isInstanceOfSatisfying(CourtServiceException.class, e -> assertThat(e.code())
                            .isEqualTo("invalid_transition"));
        }
    }

    @Test
    void additionalDocuments_ofAnotherService_areRefusedByTheCourt_andAnInvalidFilingByTheClient() throws IOException {
        Path folder = Files.createDirectories(documents.resolve("refused-other"));
        Claim claim = Demo.claim(folder, user.key().profile(), user.iin());
        try (CourtOffice office = office(false);
                CourtSession session = login(office)) {
            court.clerk().refuseNext(RefusalGround.UNREADABLE_ATTACHMENT);
            Talon talon = session.file(claim, user.key());

            Filing letter = Letter.builder()
                    .court(claim.court())
                    .subject("О деле")
                    .statement(claim.statement())
                    .build();
            assertThatThrownBy(() -> session.sendAdditionalDocuments(talon.filingId(), letter, user.key()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                                    e.report().violations())
                            .extracting(Violation::messageKey)
                            .containsExactly("filing.additional.otherFiling"));
            Claim broken = claim.toBuilder()
                    .clearParticipants()
                    .participant(claim.participants().get(0))
                    .build();
            assertThatThrownBy(() -> session.sendAdditionalDocuments(talon.filingId(), broken, user.key()))
                    .isInstanceOf(ValidationException.class);
            assertThat(session.myCases().filing(talon.filingId()).status().state())
                    .isEqualTo(FilingState.REFUSED);
        }
    }

    // The README's example

    @Test
    void theExampleAroundAFiling_filesTheClaim_andChecksItsActs() throws IOException {
        Path folder = Files.createDirectories(documents.resolve("example"));
        Claim claim = Demo.claim(folder, user.key().profile(), user.iin());
        try (CourtOffice office = office(false);
                CourtSession session = login(office)) {
            Talon talon = AroundAFiling.fileCarefully(office, session, claim, user.key(), folder);
            assertThat(session.drafts().list()).isEmpty();
            court.clerk().event(talon.filingId(), CaseEventKind.ACCEPTED, "Иск принят к производству");
            court.clerk()
                    .issueAct(
                            talon.filingId(),
                            JudicialActKind.DECISION,
                            "Решение",
                            "Решение-" + talon.number() + ".pdf",
                            "application/pdf",
                            ("%PDF-1.7 " + talon.number()).getBytes(StandardCharsets.UTF_8));

            Path acts = Files.createDirectories(documents.resolve("example-acts"));
            assertThat(AroundAFiling.downloadActs(office, session, acts))
                    .isNotEmpty()
                    .allSatisfy(verdict -> assertThat(verdict.outcome()).isEqualTo(ActLegitimacy.GENUINE));
            assertThat(acts.resolve("Решение-" + talon.number() + ".pdf")).exists();
        }
    }
}
