package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.RefusalGround;
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
import org.jspecify.annotations.Nullable;

/**
 * An embedded court with the client and the raw HTTP API beside it, to put one filing before both: the client
 * files it or refuses it before sending, and the court, sent the same filing without the client's checks, registers
 * it or refuses it with 422 and the same message keys.
 */
final class BothSides implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PASSWORD = "Correct-Horse-7".toCharArray();
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final EmbeddedCourt court;
    private final CourtOffice office;
    private final RawCourt raw;
    private final Path documents;
    private final Map<Class<? extends Filing>, Filing> samples = new ConcurrentHashMap<>();
    private @Nullable NcaKey refusalsUser;

    private BothSides(EmbeddedCourt court, Path documents) {
        this.court = court;
        this.office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .build();
        this.raw = new RawCourt(court.baseUrl());
        this.documents = documents;
    }

    /** Starts a court; the sample documents are written under {@code documents}. */
    static BothSides start(Path documents) throws IOException {
        return new BothSides(EmbeddedCourt.start(null), documents);
    }

    CourtOffice office() {
        return office;
    }

    /** A registered user with a fresh key. */
    NcaKey user() {
        NcaKey key = court.issueIndividual(Iin.random(RANDOM), "ПОДАЮЩИЙ", "ТЕСТ", "");
        office.register(key, PASSWORD, "filer@example.kz", UserAgreement.ACCEPTED);
        return key;
    }

    /**
     * The sample of {@code type}, its documents real Word files the court can read, written once a type (a filing
     * reads its files when sent, and nothing changes them).
     */
    Filing sample(Class<? extends Filing> type) throws IOException {
        try {
            return samples.computeIfAbsent(type, t -> {
                try {
                    return writeSample(t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A sample of {@code type} with documents of its own, written now: the court judges a filing whose documents are
     * byte for byte those of one registered before as sent again (ground 2), whoever sent it.
     */
    Filing freshSample(Class<? extends Filing> type) throws IOException {
        return writeSample(type);
    }

    private Filing writeSample(Class<? extends Filing> type) throws IOException {
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

    /**
     * Puts {@code filing} before both sides: the client refuses it with exactly {@code messageKeys}, each said in kk,
     * ru and en, and sends nothing; the court, sent it raw, refuses it with 422, the same keys and, in its working
     * language (Russian, asked no other), the same messages. Refusals are put as one user, whose «Мои дела» must
     * stay empty through all of them: nothing refused is stored, even half.
     */
    void refused(Filing filing, String... messageKeys) {
        NcaKey key = refusalsUser();
        List<Violation> violations = clientRefuses(key, filing, messageKeys);
        String token = raw.token(key.profile().iin().orElseThrow().value(), PASSWORD);
        Map<String, String> uploads = raw.uploadAll(token, filing.documents());
        byte[] manifest = manifest(filing, key);
        Problem problem = raw.fileRefused(token, manifest, Cms.signDetached(key, manifest), uploads, 422);
        assertThat(problem.violationsOrEmpty())
                .extracting(Problem.ProblemViolation::messageKey)
                .containsExactly(messageKeys);
        assertThat(problem.violationsOrEmpty())
                .extracting(Problem.ProblemViolation::message)
                .containsExactlyElementsOf(
                        violations.stream().map(v -> v.message(RUSSIAN)).toList());
    }

    /**
     * Puts {@code filing}, addressed to a court that does not hear its kind, before both sides: the client refuses
     * it with {@code court.notHearing} and sends nothing; the court, sent it raw, gives a talon and then refuses
     * registration on ground 4, «документ не адресован данному суду».
     */
    void refusedAsNotAddressedToTheCourt(Filing filing) {
        NcaKey key = user();
        clientRefuses(key, filing, "court.notHearing");
        String token = raw.token(key.profile().iin().orElseThrow().value(), PASSWORD);
        Map<String, String> uploads = raw.uploadAll(token, filing.documents());
        byte[] manifest = manifest(filing, key);
        FilingView filed = raw.file(token, manifest, Cms.signDetached(key, manifest), uploads);
        assertThat(raw.filing(token, filed.filingId()).status())
                .isEqualTo(FilingStatus.refused(RefusalGround.NOT_ADDRESSED_TO_COURT));
    }

    /**
     * {@code key}'s holder's client refuses {@code filing} with exactly {@code messageKeys}, each message said in kk,
     * ru and en, and files nothing; the violations.
     */
    private List<Violation> clientRefuses(NcaKey key, Filing filing, String... messageKeys) {
        try (CourtSession session = office.login(key)) {
            ValidationException refusal =
                    catchThrowableOfType(ValidationException.class, () -> session.file(filing, key));
            assertThat(refusal).as("the client refuses %s", filing).isNotNull();
            List<Violation> violations = refusal.report().violations();
            assertThat(violations).extracting(Violation::messageKey).containsExactly(messageKeys);
            assertThat(violations).allSatisfy(BothSides::saidInEveryLanguage);
            assertThat(session.myCases().list()).isEmpty();
            return violations;
        }
    }

    /** {@code violation}'s message in kk, ru and en: three texts, none blank, none the key, none unfilled. */
    static void saidInEveryLanguage(Violation violation) {
        List<String> texts = Stream.of(KAZAKH, RUSSIAN, Locale.ENGLISH)
                .map(violation::message)
                .toList();
        assertThat(texts).doesNotHaveDuplicates().allSatisfy(text -> assertThat(text)
                .isNotBlank()
                .isNotEqualTo(violation.messageKey())
                .doesNotContain("{"));
    }

    /** The user the refusals are put as, registered on first use. */
    private synchronized NcaKey refusalsUser() {
        if (refusalsUser == null) {
            refusalsUser = user();
        }
        return refusalsUser;
    }

    /** The manifest of {@code filing}, signed by {@code key}'s holder, made now. */
    private static byte[] manifest(Filing filing, NcaKey key) {
        return Manifest.of(filing, new Manifest.Signer(key.profile().iin().orElseThrow(), null), null, Instant.now())
                .canonicalBytes();
    }

    @Override
    public void close() {
        try {
            office.close();
        } finally {
            court.close();
        }
    }
}
