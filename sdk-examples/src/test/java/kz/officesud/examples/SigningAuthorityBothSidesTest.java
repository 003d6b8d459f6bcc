package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.SignerIdentity;
import kz.officesud.core.contract.SigningAuthority.Refusal;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.FilingView;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaRole;
import kz.officesud.signing.SignerIdentities;
import kz.officesud.signing.testnca.TestNca;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may sign for an account, judged by the client before sending and by the court as refusal ground 3: every
 * case runs through both, and both give the same verdict — the client refuses with the violation {@code
 * signer.<REFUSAL>} and sends nothing, the court (sent the same filing without the client's check) refuses with
 * SIGNATURE_NOT_AUTHENTIC naming the same refusal; or both accept it.
 */
class SigningAuthorityBothSidesTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PASSWORD = "Correct-Horse-7".toCharArray();

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

    /** The account's holder A (and for a legal entity, its BIN X), and who signs. */
    enum Signer {
        /** A's personal key. */
        HOLDER_PERSONAL,
        /** A's key of a legal entity: X for a legal entity's account, another for an individual's. */
        HOLDER_ORGANISATION,
        /** B's personal key. */
        ANOTHER_PERSON,
        /** C, the first head of X. */
        HEAD_OF_THE_ORGANISATION,
        /** C, an employee of X without the right of signature. */
        EMPLOYEE_OF_THE_ORGANISATION,
        /** D, the first head of another legal entity Y. */
        HEAD_OF_ANOTHER_ORGANISATION
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // an individual's account
                Arguments.of(false, Signer.HOLDER_PERSONAL, false, null),
                Arguments.of(false, Signer.HOLDER_ORGANISATION, false, Refusal.ORGANISATION_KEY_FOR_PERSONAL_ACCOUNT),
                Arguments.of(false, Signer.HOLDER_ORGANISATION, true, Refusal.ORGANISATION_KEY_FOR_PERSONAL_ACCOUNT),
                Arguments.of(false, Signer.ANOTHER_PERSON, false, Refusal.NOT_ACCOUNT_HOLDER),
                Arguments.of(false, Signer.ANOTHER_PERSON, true, null),
                Arguments.of(false, Signer.HEAD_OF_ANOTHER_ORGANISATION, true, null),
                // a legal entity's account, registered by its employee A
                Arguments.of(true, Signer.HOLDER_ORGANISATION, false, null),
                Arguments.of(true, Signer.HEAD_OF_THE_ORGANISATION, false, null),
                Arguments.of(true, Signer.EMPLOYEE_OF_THE_ORGANISATION, false, Refusal.NO_RIGHT_OF_SIGNATURE),
                Arguments.of(true, Signer.EMPLOYEE_OF_THE_ORGANISATION, true, null),
                Arguments.of(true, Signer.HEAD_OF_ANOTHER_ORGANISATION, false, Refusal.OTHER_ORGANISATION),
                Arguments.of(true, Signer.HEAD_OF_ANOTHER_ORGANISATION, true, null),
                Arguments.of(true, Signer.HOLDER_PERSONAL, false, Refusal.PERSONAL_KEY_FOR_ORGANISATION),
                Arguments.of(true, Signer.HOLDER_PERSONAL, true, null),
                Arguments.of(true, Signer.ANOTHER_PERSON, false, Refusal.NOT_ACCOUNT_HOLDER));
    }

    @ParameterizedTest(name = "legal entity {0}, {1}, power of attorney {2} -> {3}")
    @MethodSource("cases")
    void clientAndCourt_giveTheSameVerdict(
            boolean legalEntityAccount, Signer who, boolean powerOfAttorney, @Nullable Refusal expected)
            throws IOException {
        TestNca nca = court.testNca();
        Iin holder = Iin.random(RANDOM);
        Bin organisation = Bin.random(RANDOM);
        NcaKey accountKey = legalEntityAccount
                ? nca.issueLegalEntity(holder, organisation, "ТОО «Счёт»", "ДЕРЖАТЕЛЬ", "А", NcaRole.EMPLOYEE)
                : nca.issueIndividual(holder, "ДЕРЖАТЕЛЬ", "А", "");
        NcaKey signer =
                switch (who) {
                    case HOLDER_PERSONAL -> nca.issueIndividual(holder, "ДЕРЖАТЕЛЬ", "А", "");
                    case HOLDER_ORGANISATION ->
                        legalEntityAccount
                                ? accountKey
                                : nca.issueLegalEntity(
                                        holder,
                                        Bin.random(RANDOM),
                                        "ТОО «Другое»",
                                        "ДЕРЖАТЕЛЬ",
                                        "А",
                                        NcaRole.FIRST_HEAD);
                    case ANOTHER_PERSON -> nca.issueIndividual(Iin.random(RANDOM), "ДРУГОЙ", "Б", "");
                    case HEAD_OF_THE_ORGANISATION ->
                        nca.issueLegalEntity(
                                Iin.random(RANDOM),
                                organisation,
                                "ТОО «Счёт»",
                                "РУКОВОДИТЕЛЬ",
                                "В",
                                NcaRole.FIRST_HEAD);
                    case EMPLOYEE_OF_THE_ORGANISATION ->
                        nca.issueLegalEntity(
                                Iin.random(RANDOM), organisation, "ТОО «Счёт»", "СОТРУДНИК", "В", NcaRole.EMPLOYEE);
                    case HEAD_OF_ANOTHER_ORGANISATION ->
                        nca.issueLegalEntity(
                                Iin.random(RANDOM),
                                Bin.random(RANDOM),
                                "ТОО «Юристы»",
                                "ЮРИСТ",
                                "Г",
                                NcaRole.FIRST_HEAD);
                };
        office.register(accountKey, PASSWORD, "holder@example.kz", UserAgreement.ACCEPTED);
        String login = legalEntityAccount ? organisation.value() : holder.value();

        // the client, before sending
        Refusal byClient;
        try (CourtSession session = office.login(accountKey)) {
            ValidationException refused = catchThrowableOfType(
                    () -> session.file(claim(signer, powerOfAttorney, "client"), signer), ValidationException.class);
            byClient = refused == null ? null : signerRefusal(refused.report().at("signer"));
            if (refused != null) {
                assertThat(refused.report().violations())
                        .as("only the signer is wrong")
                        .hasSize(1);
                assertThat(session.myCases().list()).as("nothing is sent").isEmpty();
            }
        }

        // the court, sent the same kind of filing without the client's check
        Refusal byCourt = courtVerdict(login, signer, claim(signer, powerOfAttorney, "court"));

        assertThat(byClient).as("the client's verdict").isEqualTo(expected);
        assertThat(byCourt).as("the court's verdict").isEqualTo(expected);
    }

    private static @Nullable Refusal signerRefusal(List<Violation> atSigner) {
        assertThat(atSigner).hasSize(1);
        return Refusal.valueOf(atSigner.get(0).messageKey().substring("signer.".length()));
    }

    /** The court's verdict on a filing of {@code claim} signed by {@code signer}, sent raw. */
    private static @Nullable Refusal courtVerdict(String login, NcaKey signer, Claim claim) {
        String token = raw.token(login, PASSWORD);
        Map<String, String> uploads = raw.uploadAll(token, claim.documents());
        SignerIdentity identity = SignerIdentities.of(signer.profile()).orElseThrow();
        byte[] manifest = Manifest.of(claim, Manifest.Signer.of(identity), null, java.time.Instant.now())
                .canonicalBytes();
        FilingView filed = raw.file(token, manifest, Cms.signDetached(signer, manifest), uploads);
        FilingView decided = raw.filing(token, filed.filingId());
        if (decided.status().state() == FilingState.REGISTERED) {
            return null;
        }
        assertThat(decided.status().refusalGround()).contains(RefusalGround.SIGNATURE_NOT_AUTHENTIC);
        String note = decided.history().get(decided.history().size() - 1).note();
        return Stream.of(Refusal.values())
                .filter(r -> note != null && note.contains(r.messageKey() + ":"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the court's note names no refusal: " + note));
    }

    private static Claim claim(NcaKey signer, boolean powerOfAttorney, String variant) throws IOException {
        Path directory = Files.createTempDirectory(documents, variant);
        Claim.Builder claim = Demo.claim(
                        directory, signer.profile(), signer.profile().iin().orElseThrow())
                .toBuilder()
                .summary("Признать незаконным уведомление (" + variant + ")");
        if (powerOfAttorney) {
            claim.powerOfAttorney(SampleDocuments.docx(
                    directory.resolve("Доверенность.docx"),
                    List.of("ДОВЕРЕННОСТЬ", "Доверитель уполномочивает представителя подать исковое заявление.")));
        }
        return claim.build();
    }
}
