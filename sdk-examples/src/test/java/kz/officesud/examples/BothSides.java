package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/**
 * An embedded court with the client and the raw HTTP API beside it, to put one filing before both: the client
 * files it or refuses it before sending, and the court, sent the same filing without the client's checks, registers
 * it or refuses it with 422 and the same message keys.
 */
final class BothSides implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PASSWORD = "Correct-Horse-7".toCharArray();

    private final EmbeddedCourt court;
    private final CourtOffice office;
    private final RawCourt raw;
    private final Path documents;

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

    /** The sample of {@code type}, its documents real Word files the court can read. */
    Filing sample(Class<? extends Filing> type) throws IOException {
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
     * Puts {@code filing} before both sides: the client refuses it with exactly {@code messageKeys} and sends
     * nothing; the court, sent it raw, refuses it with 422 and the same keys.
     */
    void refused(Filing filing, String... messageKeys) {
        NcaKey key = clientRefuses(filing, messageKeys);
        String token = raw.token(key.profile().iin().orElseThrow().value(), PASSWORD);
        Map<String, String> uploads = raw.uploadAll(token, filing.documents());
        byte[] manifest = manifest(filing, key);
        Problem problem = raw.fileRefused(token, manifest, Cms.signDetached(key, manifest), uploads, 422);
        assertThat(problem.violationsOrEmpty())
                .extracting(Problem.ProblemViolation::messageKey)
                .containsExactly(messageKeys);
    }

    /**
     * Puts {@code filing}, addressed to a court that does not hear its kind, before both sides: the client refuses
     * it with {@code court.notHearing} and sends nothing; the court, sent it raw, gives a talon and then refuses
     * registration on ground 4, «документ не адресован данному суду».
     */
    void refusedAsNotAddressedToTheCourt(Filing filing) {
        NcaKey key = clientRefuses(filing, "court.notHearing");
        String token = raw.token(key.profile().iin().orElseThrow().value(), PASSWORD);
        Map<String, String> uploads = raw.uploadAll(token, filing.documents());
        byte[] manifest = manifest(filing, key);
        FilingView filed = raw.file(token, manifest, Cms.signDetached(key, manifest), uploads);
        assertThat(raw.filing(token, filed.filingId()).status())
                .isEqualTo(FilingStatus.refused(RefusalGround.NOT_ADDRESSED_TO_COURT));
    }

    /** A new user's client refuses {@code filing} with exactly {@code messageKeys} and files nothing; the user. */
    private NcaKey clientRefuses(Filing filing, String... messageKeys) {
        NcaKey key = user();
        try (CourtSession session = office.login(key)) {
            assertThatThrownBy(() -> session.file(filing, key))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                                    e.report().violations())
                            .extracting(Violation::messageKey)
                            .containsExactly(messageKeys));
            assertThat(session.myCases().list()).isEmpty();
        }
        return key;
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
