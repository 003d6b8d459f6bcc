package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CAdES-T: RFC 3161 signature timestamps, from the NCA's sample and the test NCA's TSA. */
class TimestampTest {
    private static final byte[] CONTENT = "Частная жалоба".getBytes(StandardCharsets.UTF_8);
    private static TestNca nca;
    private static NcaKey first;
    private static CmsVerifier verifier;

    @BeforeAll
    static void issue() {
        nca = TestNca.generate();
        first = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        verifier = CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build();
    }

    @Test
    void ncaSampleToken_readsAndVerifies_gost2004SignedByTheTestTsa() throws IOException {
        byte[] token = Files.readAllBytes(SharedTestData.nca("samples/ocsp-tsp-samples/tsp_token.bin"));

        Timestamp timestamp = Timestamp.parse(token);
        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/test"))
                        .asTest())
                .build()
                .verifyTimestamp(token, null);

        assertThat(timestamp.time()).isEqualTo(Instant.parse("2022-09-18T13:20:14Z"));
        assertThat(timestamp.policy()).isEqualTo("1.2.398.3.3.2.6.1");
        assertThat(timestamp.digestOid()).isEqualTo("1.3.14.3.2.26");
        assertThat(HexFormat.of().formatHex(timestamp.imprint())).isEqualTo("1465dad126d32bf7aa5d3b95a5c7c331cdff34df");
        assertThat(report.problems()).isEmpty();
        assertThat(report.signers().get(0).profile().commonName()).isEqualTo("СЕРВИС МЕТКИ ВРЕМЕНИ");
    }

    @Test
    void ncaSampleToken_overOtherData_isDigestMismatch() throws IOException {
        byte[] token = Files.readAllBytes(SharedTestData.nca("samples/ocsp-tsp-samples/tsp_token.bin"));

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/test"))
                        .asTest())
                .build()
                .verifyTimestamp(token, CONTENT);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.DIGEST_MISMATCH);
    }

    @Test
    void ncaRecordedTsaResponse_isRejected_becauseItsNonceIsNotOurs() throws IOException {
        byte[] recorded = Files.readAllBytes(SharedTestData.nca("samples/ocsp-tsp-samples/tsp_response.bin"));
        TsaClient tsa = TsaClient.builder()
                .uri(TsaClient.NCA_TEST_TSA)
                .transport(transport(request -> recorded))
                .build();

        assertThatThrownBy(() -> tsa.timestamp(CONTENT, KeyAlgorithm.GOST_2004))
                .isInstanceOf(RevocationException.class)
                .hasMessageContaining("nonce");
    }

    @Test
    void cadesT_timestampFromTheTestTsa_verifiesAndIsReported() {
        byte[] cms = Cms.signDetached(first, CONTENT);

        byte[] cadesT = Cms.addTimestamp(cms, tsa());
        VerificationReport report = verifier.verifyDetached(cadesT, CONTENT);

        assertThat(report.problems()).isEmpty();
        Timestamp timestamp = report.signers().get(0).timestamp().orElseThrow();
        assertThat(timestamp.policy()).isEqualTo("1.2.398.3.3.2.6.4");
        assertThat(timestamp.digestOid()).isEqualTo(KeyAlgorithm.GOST_2015_512.digestOid());
        assertThat(timestamp.time())
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }

    @Test
    void cadesT_withAlteredTimestamp_isTimestampInvalid() {
        byte[] cadesT = Cms.addTimestamp(Cms.signDetached(first, CONTENT), tsa());
        // the TSA's policy OID inside the signed TSTInfo: .6.4 -> .6.5
        byte[] policy = {0x06, 0x08, 0x2a, (byte) 0x83, 0x0e, 0x03, 0x03, 0x02, 0x06, 0x04};
        int at = InProcessTransport.indexOf(cadesT, policy);
        assertThat(at).isPositive();
        cadesT[at + policy.length - 1] = 0x05;

        VerificationReport report = verifier.verifyDetached(cadesT, CONTENT);

        assertThat(report.problems())
                .as(report.toString())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.TIMESTAMP_INVALID);
    }

    @Test
    void cadesT_ofAnExpiredKey_holdsWhenCheckedAtTheTimestamp() {
        MutableClock clock = new MutableClock(Instant.now());
        TestNca ncaWithClock = TestNca.generate(clock);
        NcaKey key = ncaWithClock.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        byte[] cadesT = Cms.addTimestamp(
                Cms.signDetached(key, CONTENT),
                TsaClient.builder()
                        .uri(URI.create("http://tsa.invalid/"))
                        .transport(transport(ncaWithClock::timestampResponse))
                        .build());
        Instant twoYearsLater = clock.instant().plus(Duration.ofDays(730));

        VerificationReport atNow = CmsVerifier.builder()
                .trustAnchors(ncaWithClock.trustAnchors())
                .validationTime(twoYearsLater)
                .build()
                .verifyDetached(cadesT, CONTENT);
        VerificationReport atTimestamp = CmsVerifier.builder()
                .trustAnchors(ncaWithClock.trustAnchors())
                .validationTime(twoYearsLater)
                .validateAtTimestamp()
                .build()
                .verifyDetached(cadesT, CONTENT);

        assertThat(atNow.problems()).extracting(VerificationProblem::code).containsExactly(Code.EXPIRED);
        assertThat(atTimestamp.problems()).isEmpty();
    }

    @Test
    void tsaClient_withVerifier_rejectsATokenFromAnUntrustedTsa() {
        TestNca other = TestNca.generate();
        TsaClient tsa = TsaClient.builder()
                .uri(URI.create("http://tsa.invalid/"))
                .transport(transport(other::timestampResponse))
                .verifier(verifier)
                .build();

        assertThatThrownBy(() -> tsa.timestamp(CONTENT, KeyAlgorithm.GOST_2015_512))
                .isInstanceOf(RevocationException.class)
                .hasMessageContaining("UNTRUSTED_CHAIN");
    }

    @Test
    void tsa_whenUnreachableOrGarbage_isTypedError() {
        TsaClient down = TsaClient.builder()
                .uri(URI.create("http://tsa.invalid/"))
                .transport(transport(request -> {
                    throw new IOException("connection refused");
                }))
                .build();
        TsaClient garbage = TsaClient.builder()
                .uri(URI.create("http://tsa.invalid/"))
                .transport(transport(request -> "<html>".getBytes(StandardCharsets.US_ASCII)))
                .build();

        assertThatThrownBy(() -> down.timestamp(CONTENT, KeyAlgorithm.RSA)).isInstanceOf(RevocationException.class);
        assertThatThrownBy(() -> garbage.timestamp(CONTENT, KeyAlgorithm.RSA)).isInstanceOf(RevocationException.class);
        // a token that cannot be read is a format error, not a revocation one
        assertThatThrownBy(() -> Timestamp.parse(new byte[] {1, 2}))
                .isInstanceOfSatisfying(SignatureFormatException.class, e -> assertThat(e.reason())
                        .isEqualTo(SignatureFormatException.Reason.UNKNOWN_ENCODING));
        assertThatThrownBy(() -> Timestamp.parse(Cms.signDetached(first, CONTENT)))
                .isInstanceOfSatisfying(SignatureFormatException.class, e -> assertThat(e.reason())
                        .isEqualTo(SignatureFormatException.Reason.UNEXPECTED_KIND));
    }

    private static TsaClient tsa() {
        return TsaClient.builder()
                .uri(URI.create("http://tsa.invalid/"))
                .transport(transport(nca::timestampResponse))
                .verifier(verifier)
                .build();
    }

    private static HttpTransport transport(InProcessTransport.Responder responder) {
        return new InProcessTransport("application/timestamp-query", responder);
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
