package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.officesud.core.model.ApostilleRequest;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.CriminalFiling;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingBuilder;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.HearingRecordCopyRequest;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Petition;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.RemarksOnRecord;
import kz.officesud.core.model.Talon;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.Violation;
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
 * Every filing type end to end: the client files a valid one and the court registers it; a required field left out,
 * a participant's IIN or BIN with a wrong check digit and a case number of another court are refused by the client
 * before anything is sent, and by the court (sent the same filing without the client's check) with 422 and the same
 * message keys, each message said in kk, ru and en (the bundles' test holds every key in the three).
 */
class EveryFilingTypeEndToEndTest {
    private static final Iin WRONG_IIN = Iin.ofUnverified("900101300008");
    private static final Bin WRONG_BIN = Bin.ofUnverified("000740001308");

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

    /**
     * One defect put in a type's sample, and the message keys the client (before sending) and the court (with 422)
     * refuse it with.
     *
     * @param type the filing type
     * @param kind what kind of defect
     * @param what the defect, for the test's name
     * @param change puts the defect in a sample of {@code type}
     * @param keys the keys both sides refuse it with, in order
     */
    record Defect(
            Class<? extends Filing> type, Kind kind, String what, UnaryOperator<Filing> change, List<String> keys) {
        @Override
        public String toString() {
            return type.getSimpleName() + ": " + what;
        }
    }

    /** The kinds of defect every type is put. */
    enum Kind {
        MISSING_FIELD,
        WRONG_IIN,
        WRONG_BIN,
        OTHER_COURTS_CASE
    }

    /**
     * For every filing type: a field its form requires left out (its own first, or else the filing's own document),
     * an individual participant's IIN and a legal entity's BIN with a wrong check digit, and a case number of another
     * court (for a filing naming its case by the first instance's number, a court of appeal's). Every type has the
     * first; the others wherever the type has what they break.
     */
    static Stream<Defect> defects() {
        return types().flatMap(type -> {
            Filing sample = SampleFilings.of(type);
            List<Defect> defects = new ArrayList<>();
            String field = missingField(sample);
            UnaryOperator<Filing> without = f -> SampleFilings.without(f, field);
            defects.add(new Defect(type, Kind.MISSING_FIELD, "without " + field, without, keys(without.apply(sample))));
            // the first individual's IIN; where only legal entities are named, the first becomes an individual
            int individual =
                    sample.participants().isEmpty() ? -1 : Math.max(0, indexOf(sample, Party.Individual.class));
            if (individual >= 0) {
                defects.add(new Defect(
                        type,
                        Kind.WRONG_IIN,
                        "a participant's IIN with a wrong check digit",
                        f -> withParticipant(f, individual, Party.individual(WRONG_IIN, "Ошибка В ИИН")),
                        List.of("iin.checksum")));
            }
            // the first legal entity's BIN; where only individuals are named, the last becomes a legal entity
            int entity = indexOf(sample, Party.LegalEntity.class) >= 0
                            || sample.participants().isEmpty()
                    ? indexOf(sample, Party.LegalEntity.class)
                    : sample.participants().size() - 1;
            if (entity >= 0) {
                defects.add(new Defect(
                        type,
                        Kind.WRONG_BIN,
                        "a participant's BIN with a wrong check digit",
                        f -> withParticipant(f, entity, Party.legalEntity(WRONG_BIN, "ТОО «Ошибка в БИН»")),
                        List.of("bin.checksum")));
            }
            if (sample instanceof FiledInCase inCase) {
                SampleFilings.WrongCase wrong = SampleFilings.wrongCase(inCase);
                defects.add(new Defect(
                        type,
                        Kind.OTHER_COURTS_CASE,
                        "a case number " + wrong.caseNumber().format(),
                        f -> {
                            FilingBuilder<?> builder = f.toBuilder();
                            ((FiledInCase.Builder<?>) builder).caseNumber(wrong.caseNumber());
                            return builder.build();
                        },
                        List.of(wrong.messageKey())));
            }
            return defects.stream();
        });
    }

    @ParameterizedTest
    @MethodSource("defects")
    void aDefect_isRefusedByTheClientBeforeSending_andByTheCourtWith422_withTheSameKeys(Defect defect)
            throws IOException {
        Filing defective = defect.change().apply(sample(defect.type()));

        sides.refused(defective, defect.keys().toArray(String[]::new));
    }

    /**
     * Every type is put a missing field and every type in a case another court's case; only the forms that name no
     * party by IIN or BIN (the hearing-record forms name the case's sides by name alone; a petition, letter and
     * apostille request name none) escape the wrong IIN and BIN.
     */
    @Test
    void everyTypeIsPutEachDefectItCanHave() {
        Map<Kind, Set<Class<? extends Filing>>> byKind = defects()
                .collect(Collectors.groupingBy(
                        Defect::kind,
                        () -> new EnumMap<>(Kind.class),
                        Collectors.mapping(Defect::type, Collectors.toSet())));
        Set<Class<? extends Filing>> all = types().collect(Collectors.toSet());

        assertThat(byKind.get(Kind.MISSING_FIELD)).isEqualTo(all);
        assertThat(byKind.get(Kind.OTHER_COURTS_CASE))
                .isEqualTo(types().filter(FiledInCase.class::isAssignableFrom).collect(Collectors.toSet()));
        assertThat(all)
                .filteredOn(t -> !byKind.get(Kind.WRONG_IIN).contains(t))
                .containsExactlyInAnyOrder(
                        HearingRecordCopyRequest.class,
                        RemarksOnRecord.class,
                        Petition.class,
                        Letter.class,
                        ApostilleRequest.class);
        assertThat(byKind.get(Kind.WRONG_BIN)).isEqualTo(byKind.get(Kind.WRONG_IIN));
    }

    /** The field of {@code sample}'s form left out: its own first (in the record's order), or its document. */
    private static String missingField(Filing sample) {
        Set<String> required = SampleFilings.requiredFields(sample);
        return SampleFilings.fieldsThatMayBeMissing(sample.getClass()).stream()
                .filter(required::contains)
                .filter(f ->
                        !Set.of("court", "caseNumber", "stateFee", "statement").contains(f))
                .findFirst()
                .orElse("statement");
    }

    /** The keys the rules refuse {@code filing} with. */
    private static List<String> keys(Filing filing) {
        List<String> keys = FilingValidator.standard().validate(filing).violations().stream()
                .map(Violation::messageKey)
                .toList();
        assertThat(keys).as("%s is refused", filing).isNotEmpty();
        return keys;
    }

    private static int indexOf(Filing sample, Class<? extends Party> kind) {
        List<Participant> participants = sample.participants();
        for (int i = 0; i < participants.size(); i++) {
            if (kind.isInstance(participants.get(i).party())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code sample} with its participant at {@code index} replaced by {@code party}, on the same side. */
    private static Filing withParticipant(Filing sample, int index, Party party) {
        FilingBuilder<?> builder = sample.toBuilder().clearParticipants();
        List<Participant> participants = sample.participants();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            builder.participant(i == index ? new Participant(p.side(), party) : p);
        }
        return builder.build();
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
        Filing petition = sides.freshSample(Petition.class);
        Filing letter = sides.freshSample(Letter.class);
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
}
