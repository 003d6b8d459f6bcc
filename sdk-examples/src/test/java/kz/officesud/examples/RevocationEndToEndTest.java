package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import kz.officesud.core.model.Iin;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.OkHttpPkiTransport;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.SignerReport;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.revocation.CrlSource;
import kz.officesud.signing.revocation.OcspClient;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationStatus;
import kz.officesud.transport.AuthenticationException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real OCSP, CRL and TSA round trips from the SDK's side, over the application's OkHttp client, against the
 * PKI the reference court serves for its test NCA; and a revoked key refused by the court.
 */
class RevocationEndToEndTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CONTENT = "Апелляционная жалоба".getBytes(StandardCharsets.UTF_8);
    private static EmbeddedCourt court;
    private static OkHttpClient http;
    private static CourtOffice office;

    @BeforeAll
    static void start() throws IOException {
        court = EmbeddedCourt.start(null);
        http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();
        office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .httpClient(http)
                .allowPlainHttp(true)
                .build();
    }

    @AfterAll
    static void stop() {
        office.close();
        court.close();
    }

    private static NcaKey freshKey() {
        return court.issueIndividual(Iin.random(RANDOM), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
    }

    /** Checks revocation online: OCSP at the address in the certificate, else the CRL it names. */
    private static CmsVerifier onlineVerifier() {
        OkHttpPkiTransport transport = OkHttpPkiTransport.of(http);
        return CmsVerifier.builder()
                .trustAnchors(court.testNca().trustAnchors())
                .revocation(RevocationPolicy.preferOcsp(
                        OcspClient.builder().transport(transport).build(),
                        CrlSource.downloading(transport, Clock.systemUTC())))
                .build();
    }

    @Test
    void cadesT_timestampedByTheCourtsTsa_andCheckedByItsOcsp_isValid() {
        NcaKey key = freshKey();
        CmsVerifier verifier = onlineVerifier();
        TsaClient tsa = TsaClient.builder()
                .uri(court.timestampService())
                .transport(OkHttpPkiTransport.of(http))
                .verifier(verifier)
                .build();

        byte[] cms = Cms.addTimestamp(Cms.signDetached(key, CONTENT), tsa);
        VerificationReport report = verifier.verifyDetached(cms, CONTENT);

        assertThat(report.problems()).isEmpty();
        SignerReport signer = report.signers().get(0);
        assertThat(signer.timestamp()).isPresent();
        assertThat(signer.revocation()).hasValueSatisfying(status -> {
            assertThat(status).isInstanceOf(RevocationStatus.Good.class);
            assertThat(status.source()).containsIgnoringCase("OCSP");
        });
    }

    @Test
    void revokedKey_isReportedRevokedByOcsp_andTheCourtRefusesItsLogIn() {
        NcaKey key = freshKey();
        office.register(key, "Correct-Horse-7".toCharArray(), "user@example.kz", UserAgreement.ACCEPTED);
        try (CourtSession session = office.login(key)) {
            assertThat(session).isNotNull();
        }
        byte[] cms = Cms.signDetached(key, CONTENT);

        court.revoke(key, RevocationReason.KEY_COMPROMISE);

        VerificationReport report = onlineVerifier().verifyDetached(cms, CONTENT);
        assertThat(report.problems()).extracting(VerificationProblem::code).contains(VerificationProblem.Code.REVOKED);
        assertThat(report.signers().get(0).revocation()).hasValueSatisfying(status -> assertThat(status)
                .isInstanceOfSatisfying(RevocationStatus.Revoked.class, revoked -> assertThat(revoked.reason())
                        .isEqualTo(RevocationReason.KEY_COMPROMISE)));
        assertThatThrownBy(() -> office.login(key)).isInstanceOf(AuthenticationException.class);
    }
}
