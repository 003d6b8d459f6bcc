package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Stream;
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
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
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
    @TempDir
    static Path documents;

    private static BothSides sides;
    private static CourtOffice office;

    @BeforeAll
    static void start() throws IOException {
        sides = BothSides.start(documents);
        office = sides.office();
    }

    @AfterAll
    static void stop() {
        sides.close();
    }

    @SuppressWarnings("unchecked")
    static Stream<Class<? extends Filing>> types() {
        return Arrays.stream(Filing.class.getPermittedSubclasses()).map(c -> (Class<? extends Filing>) c);
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
        if (!(sample instanceof FiledInCase inCase)) {
            return;
        }
        SampleFilings.WrongCase wrong = SampleFilings.wrongCase(inCase);
        FilingBuilder<?> builder = sample.toBuilder();
        ((FiledInCase.Builder<?>) builder).caseNumber(wrong.caseNumber());

        refusedOnBothSides(builder.build(), wrong.messageKey());
    }

    /** A registered user with a fresh key. */
    private static NcaKey user() {
        return sides.user();
    }

    /** The sample of {@code type}, its documents real Word files. */
    private static Filing sample(Class<? extends Filing> type) throws IOException {
        return sides.sample(type);
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

        sides.refusedAsNotAddressedToTheCourt(filing);
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
        sides.refused(filing, messageKey);
    }

    /** {@code sample} with its first participant replaced by {@code first}. */
    private static Filing withFirstParticipant(Filing sample, Participant first) {
        FilingBuilder<?> builder = sample.toBuilder().clearParticipants();
        builder.participant(first);
        sample.participants().stream().skip(1).forEach(builder::participant);
        return builder.build();
    }
}
