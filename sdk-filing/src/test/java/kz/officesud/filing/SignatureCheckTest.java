package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Iin;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.Violation;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The signature is checked before anything leaves the application: what the court would refuse as
 * SIGNATURE_NOT_AUTHENTIC is said at once, as violations at {@code signature}, in the office's language.
 */
class SignatureCheckTest extends CourtServerTestBase {
    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static List<String> keys(ValidationException e) {
        return e.report().violations().stream().map(Violation::messageKey).toList();
    }

    @ParameterizedTest
    @EnumSource(VerificationProblem.Code.class)
    void everyVerificationProblem_hasAMessage_inKazakhRussianAndEnglish(VerificationProblem.Code code) {
        Violation violation =
                new Violation("signature", null, "signature." + code.name(), Map.of("date", "01.02.2026"));

        String en = violation.message(Locale.ENGLISH);
        String ru = violation.message(RU);
        String kk = violation.message(KK);

        assertThat(List.of(en, ru, kk)).allSatisfy(text -> assertThat(text)
                .isNotBlank()
                .isNotEqualTo(violation.messageKey())
                .doesNotContain("{"));
        assertThat(ru).isNotEqualTo(en);
        assertThat(kk).isNotEqualTo(en).isNotEqualTo(ru);
    }

    @Test
    void file_withAnExpiredKey_isRefusedLocally_withTheDate_andNothingIsUploaded() throws Exception {
        NcaKey expired = TestNca.generate(Clock.fixed(NOW.minus(Duration.ofDays(400)), ZoneOffset.UTC))
                .issueIndividual(SIGNER_IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        Claim claim = claim();
        CourtSession session = session();

        assertThatThrownBy(() -> session.file(claim, expired)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.checkedByCourt()).isFalse();
            assertThat(keys(e)).containsExactly("signature.EXPIRED");
            Violation violation = e.report().violations().get(0);
            assertThat(violation.path()).isEqualTo("signature");
            assertThat(violation.rejectedValue())
                    .isEqualTo(expired.certificate().getSerialNumber().toString(16));
            // valid for 365 days from NOW - 400 days (10.03.2025 - 400 days = 04.02.2024)
            assertThat(violation.message(RU))
                    .isEqualTo("Срок действия сертификата истёк: он действовал до " + "03.02.2025.");
            assertThat(e.messages()).singleElement().asString().contains("03.02.2025");
        });
        assertThat(server.getRequestCount()).isEqualTo(1); // the log-in only
    }

    @Test
    void file_withAnAuthenticationOnlyKey_isWrongPurpose() throws Exception {
        NcaKey authentication = TestNca.generate(Clock.fixed(NOW, ZoneOffset.UTC))
                .request()
                .iin(SIGNER_IIN)
                .surname("ТЕСТОВ")
                .givenName("ТЕСТ")
                .authenticationOnly()
                .issue();
        Claim claim = claim();
        CourtSession session = session();

        assertThatThrownBy(() -> session.file(claim, authentication))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(keys(e)).containsExactly("signature.WRONG_PURPOSE"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void file_withAnIncompleteFormAndAnExpiredKey_saysEverythingAtOnce() throws Exception {
        NcaKey expired = TestNca.generate(Clock.fixed(NOW.minus(Duration.ofDays(400)), ZoneOffset.UTC))
                .issueIndividual(SIGNER_IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        claim();
        Claim incomplete = Claim.builder().document(statementFile).build();
        CourtSession session = session();

        assertThatThrownBy(() -> session.file(incomplete, expired))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.report().violations())
                                .extracting(Violation::path)
                                .contains("court", "proceedings", "signature"));
    }

    @Test
    void file_withAConfiguredVerifier_aRevokedKeyIsSaidBeforeAnyUpload() throws Exception {
        TestNca nca = TestNca.generate(Clock.fixed(NOW, ZoneOffset.UTC));
        NcaKey revoked = nca.issueIndividual(SIGNER_IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        nca.revoke(revoked.certificate(), RevocationReason.KEY_COMPROMISE);
        office.close();
        office = officeBuilder()
                .locale(KK)
                .signatureVerifier(CmsVerifier.builder()
                        .trustAnchors(nca.trustAnchors())
                        .validationTime(NOW)
                        .revocationSource(nca.crlSource())
                        .build())
                .build();
        Claim claim = claim();
        CourtSession session = session();

        assertThatThrownBy(() -> session.file(claim, revoked)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(keys(e)).containsExactly("signature.REVOKED");
            assertThat(e.messages()).singleElement().asString().contains("кері қайтарып алынған");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void file_withAConfiguredVerifier_aKeyOfAnotherCaIsUntrusted_andAGoodKeyFiles() throws Exception {
        office.close();
        office = officeBuilder()
                .signatureVerifier(CmsVerifier.builder()
                        .trustAnchors(TestNca.generate().trustAnchors())
                        .validationTime(NOW)
                        .build())
                .build();
        Claim claim = claim();
        CourtSession session = session();

        assertThatThrownBy(() -> session.file(claim, key()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(keys(e))
                        .containsExactly("signature.UNTRUSTED_CHAIN"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void submit_ofASignatureOverOtherBytes_isDigestMismatch_andNothingIsSent() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        PreparedFiling prepared = session.prepare(claim);
        byte[] other = prepared.dataToSign().clone();
        other[other.length - 2] ^= 1;

        assertThatThrownBy(() -> session.submit(prepared, Cms.signDetached(key(), new ByteArrayInputStream(other))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(keys(e))
                        .containsExactly("signature.DIGEST_MISMATCH"));
        assertThat(server.getRequestCount()).isEqualTo(3); // log-in and two uploads: no submission
    }

    @Test
    void submit_signedBySomeoneElse_isNotTheNamedSigner_andNothingIsSent() throws Exception {
        NcaKey someoneElse = TestNca.generate(Clock.fixed(NOW, ZoneOffset.UTC))
                .issueIndividual(Iin.ofUnverified("850304300125"), "БАСҚА", "АДАМ", "");
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        PreparedFiling prepared = session.prepare(claim);

        assertThatThrownBy(() -> session.submit(
                        prepared, Cms.signDetached(someoneElse, new ByteArrayInputStream(prepared.dataToSign()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(keys(e)).containsExactly("signer.NOT_NAMED_SIGNER");
                    assertThat(e.messages()).singleElement().asString().contains("another key than the one it names");
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void submit_ofGarbageThatLooksLikeDer_isMalformed() throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        PreparedFiling prepared = session.prepare(claim);

        assertThatThrownBy(() -> session.submit(prepared, new byte[] {0x30, 0x03, 1, 2, 3}))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(keys(e)).containsExactly("signature.MALFORMED"));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
