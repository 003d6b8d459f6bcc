package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingBuilder;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Talon;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.Problem;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
