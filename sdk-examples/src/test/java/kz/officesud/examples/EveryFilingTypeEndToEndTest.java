package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.CriminalFiling;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingBuilder;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Petition;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.RemarksOnRecord;
import kz.officesud.core.model.Talon;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.FilingView;
import kz.officesud.core.wire.Problem;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filing type end to end: the client files a valid one and the court registers it; a participant with a
 * wrong IIN and a case of another court are refused by the client before anything is sent, and by the court
 * (sent the same filing without the client's check) with 422 and the same message key.
 */
class EveryFilingTypeEndToEndTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PASSWORD = "Correct-Horse-7".toCharArray();
    private static final CaseNumber OTHER_COURTS_CASE = CaseNumber.parse("7594-26-00-4/99");

    private static EmbeddedCourt court;
    private static CourtOffice office;
    private static RawCourt raw;

    @TempDir
    static Path documents;

    @BeforeAll
    static void start() throws IOException {
        court = EmbeddedCourt.start(null);
        office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .build();
        raw = new RawCourt(court.baseUrl());
    }

    @AfterAll
    static void stop() {
        office.close();
        court.close();
    }

    @SuppressWarnings("unchecked")
    static Stream<Class<? extends Filing>> types() {
        return Arrays.stream(Filing.class.getPermittedSubclasses()).map(c -> (Class<? extends Filing>) c);
    }

    /** A registered user with a fresh key. */
    private static NcaKey user() {
        NcaKey key = court.issueIndividual(Iin.random(RANDOM), "ПОДАЮЩИЙ", "ТЕСТ", "");
        office.register(key, PASSWORD, "filer@example.kz", UserAgreement.ACCEPTED);
        return key;
    }

    /** The sample of {@code type}, its documents real Word files. */
    private static Filing sample(Class<? extends Filing> type) throws IOException {
        Path directory = Files.createTempDirectory(documents, type.getSimpleName());
        Function<String, Attachment> file = title -> {
            try {
                return Attachment.of(SampleDocuments.docx(
                        directory.resolve(title + ".docx"), List.of(title, "Текст документа «" + title + "».")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return SampleFilings.of(type, file);
    }

    @ParameterizedTest
    @MethodSource("types")
    void aValidFiling_isFiled_andRegistered(Class<? extends Filing> type) throws IOException {
        NcaKey key = user();
        try (CourtSession session = office.login(key)) {
            Talon talon = session.file(sample(type), key);

            var details = session.myCases().filing(talon.filingId());
            assertThat(details.service().filingType()).contains(type);
            assertThat(details.status().state()).isEqualTo(FilingState.REGISTERED);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void aWrongIin_isRefusedByTheClientAndByTheCourt(Class<? extends Filing> type) throws IOException {
        Filing sample = sample(type);
        if (sample.participants().isEmpty()) {
            return;
        }
        Participant first = sample.participants().get(0);
        Filing wrong = withFirstParticipant(
                sample,
                new Participant(first.side(), Party.individual(Iin.ofUnverified("900101300008"), "Ошибка В ИИН")));

        refusedOnBothSides(wrong, "iin.checksum");
    }

    @ParameterizedTest
    @MethodSource("types")
    void aCaseOfAnotherCourt_isRefusedByTheClientAndByTheCourt(Class<? extends Filing> type) throws IOException {
        Filing sample = sample(type);
        if (!(sample instanceof FiledInCase)) {
            return;
        }
        FilingBuilder<?> builder = sample.toBuilder();
        ((FiledInCase.Builder<?>) builder).caseNumber(OTHER_COURTS_CASE);

        refusedOnBothSides(builder.build(), "caseNumber.otherCourt");
    }

    /**
     * A criminal filing at the first instance addressed to the city court, which hears criminal cases on appeal only:
     * the client refuses it before sending, by the jurisdiction rule; the court, sent it raw, gives a talon and
     * refuses it on ground 4 by the same rule.
     */
    @Test
    void aCriminalFilingToACourtNotHearingItAtTheChosenInstance_isRefusedByTheClient_andOnGround4ByTheCourt()
            throws IOException {
        Filing filing = ((CriminalFiling) sample(CriminalFiling.class))
                .toBuilder().instance(CourtInstance.FIRST).build();
        NcaKey key = user();
        try (CourtSession session = office.login(key)) {
            assertThatThrownBy(() -> session.file(filing, key))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                                    e.report().violations())
                            .extracting(Violation::messageKey)
                            .containsExactly("court.notHearing"));
        }

        String token = raw.token(key.profile().iin().orElseThrow().value(), PASSWORD);
        Map<String, String> uploads = raw.uploadAll(token, filing.documents());
        byte[] manifest = Manifest.of(
                        filing, new Manifest.Signer(key.profile().iin().orElseThrow(), null), null, Instant.now())
                .canonicalBytes();
        FilingView filed = raw.file(token, manifest, Cms.signDetached(key, manifest), uploads);

        assertThat(raw.filing(token, filed.filingId()).status())
                .isEqualTo(FilingStatus.refused(RefusalGround.NOT_ADDRESSED_TO_COURT));
    }

    @Test
    void remarksOnARecordDatedAfterTheFiling_areRefusedByTheClientAndByTheCourt() throws IOException {
        RemarksOnRecord remarks = ((RemarksOnRecord) sample(RemarksOnRecord.class))
                .toBuilder()
                        .recordDate(LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(7))
                        .build();

        refusedOnBothSides(remarks, "date.afterFiling");
    }

    /** Ground 2 spares petitions under the АППК: one sent again is registered again; a letter sent again is not. */
    @Test
    void aPetitionSentAgain_isRegisteredAgain_aLetterSentAgainIsRefusedAsADuplicate() throws IOException {
        NcaKey key = user();
        Filing petition = sample(Petition.class);
        Filing letter = sample(Letter.class);
        try (CourtSession session = office.login(key)) {
            Talon firstPetition = session.file(petition, key);
            Talon againPetition = session.file(petition, key);
            Talon firstLetter = session.file(letter, key);
            Talon againLetter = session.file(letter, key);

            assertThat(againPetition.filingId()).isNotEqualTo(firstPetition.filingId());
            assertThat(Stream.of(firstPetition, againPetition, firstLetter)
                            .map(talon ->
                                    session.myCases().filing(talon.filingId()).status()))
                    .containsOnly(FilingStatus.REGISTERED);
            assertThat(session.myCases().filing(againLetter.filingId()).status())
                    .isEqualTo(FilingStatus.refused(RefusalGround.DUPLICATE));
        }
    }

    private static void refusedOnBothSides(Filing filing, String messageKey) {
        NcaKey key = user();
        try (CourtSession session = office.login(key)) {
            assertThatThrownBy(() -> session.file(filing, key))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                                    e.report().violations())
                            .extracting(Violation::messageKey)
                            .containsExactly(messageKey));
            assertThat(session.myCases().list()).isEmpty();
        }
        String token = raw.token(key.profile().iin().orElseThrow().value(), PASSWORD);
        Map<String, String> uploads = raw.uploadAll(token, filing.documents());
        byte[] manifest = Manifest.of(
                        filing, new Manifest.Signer(key.profile().iin().orElseThrow(), null), null, Instant.now())
                .canonicalBytes();
        Problem problem = raw.fileRefused(token, manifest, Cms.signDetached(key, manifest), uploads, 422);
        assertThat(problem.violationsOrEmpty())
                .extracting(Problem.ProblemViolation::messageKey)
                .containsExactly(messageKey);
    }

    /** {@code sample} with its first participant replaced by {@code first}. */
    private static Filing withFirstParticipant(Filing sample, Participant first) {
        FilingBuilder<?> builder = sample.toBuilder().clearParticipants();
        builder.participant(first);
        sample.participants().stream().skip(1).forEach(builder::participant);
        return builder.build();
    }
}
