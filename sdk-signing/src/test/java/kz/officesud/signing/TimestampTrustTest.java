package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Time-stamp trust of its own: the NCA's test TSA chains to the production GOST 2022 root, not to the test
 * root the test environment's signers chain to. Here a "test" NCA issues the signer and a "production" NCA
 * runs the TSA.
 */
class TimestampTrustTest {
    private static final byte[] CONTENT = "Кассационная жалоба".getBytes(StandardCharsets.UTF_8);

    private static TestNca signers;
    private static TestNca production;
    private static NcaKey key;
    private static byte[] cadesT;

    @BeforeAll
    static void sign() {
        signers = TestNca.generate();
        production = TestNca.generate();
        key = signers.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        cadesT = Cms.addTimestamp(Cms.signDetached(key, CONTENT), tsaOf(production));
    }

    @Test
    void cadesT_whoseTsaChainsToAnotherRoot_verifiesWithTsaAnchors() {
        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(signers.trustAnchors())
                .tsaTrustAnchors(production.trustAnchors())
                .build()
                .verifyDetached(cadesT, CONTENT);

        assertThat(report.problems()).isEmpty();
        SignerReport signer = report.signers().get(0);
        assertThat(signer.timestampVerified()).isTrue();
        assertThat(signer.timestamp().orElseThrow().time())
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }

    @Test
    void cadesT_whoseTsaIsNotTrusted_reportsItsTime_withTheProblem() {
        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(signers.trustAnchors())
                .build()
                .verifyDetached(cadesT, CONTENT);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.TIMESTAMP_UNTRUSTED);
            assertThat(p.signerIndex()).isZero();
            assertThat(p.message()).contains("СЕРВИС МЕТКИ ВРЕМЕНИ", "does not chain to a trusted TSA anchor");
        });
        SignerReport signer = report.signers().get(0);
        Timestamp timestamp = signer.timestamp().orElseThrow();
        assertThat(signer.timestampVerified()).isFalse();
        assertThat(timestamp.time())
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        assertThat(timestamp.policy()).isEqualTo("1.2.398.3.3.2.6.4");
        assertThat(timestamp.tsaCertificate()).contains(production.tsa());
        assertThat(report.problems().get(0).message()).contains(timestamp.time().toString());
    }

    @Test
    void untrustedTimestamp_doesNotMoveTheValidationTime() {
        Instant twoYearsLater = Instant.now().plus(Duration.ofDays(730));

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(signers.trustAnchors())
                .validationTime(twoYearsLater)
                .validateAtTimestamp()
                .build()
                .verifyDetached(cadesT, CONTENT);
        VerificationReport trusted = CmsVerifier.builder()
                .trustAnchors(signers.trustAnchors())
                .tsaTrustAnchors(production.trustAnchors())
                .validationTime(twoYearsLater)
                .validateAtTimestamp()
                .build()
                .verifyDetached(cadesT, CONTENT);

        assertThat(report.problems())
                .extracting(VerificationProblem::code)
                .containsExactlyInAnyOrder(Code.TIMESTAMP_UNTRUSTED, Code.EXPIRED);
        assertThat(trusted.problems()).isEmpty();
    }

    @Test
    void tsaAnchors_areApartFromTheSignerAnchors() {
        // trusting only the production NCA for TSAs: the signer's own NCA's TSA is no longer trusted
        byte[] ownTsa = Cms.addTimestamp(Cms.signDetached(key, CONTENT), tsaOf(signers));

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(signers.trustAnchors())
                .tsaTrustAnchors(production.trustAnchors())
                .build()
                .verifyDetached(ownTsa, CONTENT);
        VerificationReport byDefault = CmsVerifier.builder()
                .trustAnchors(signers.trustAnchors())
                .build()
                .verifyDetached(ownTsa, CONTENT);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.TIMESTAMP_UNTRUSTED);
        assertThat(byDefault.problems())
                .as("by default the signer anchors vouch for TSAs too")
                .isEmpty();
    }

    @Test
    void requiredTimestamp_whenMissing_isAProblem_andWhenVerified_isNot() {
        CmsVerifier verifier = CmsVerifier.builder()
                .trustAnchors(signers.trustAnchors())
                .tsaTrustAnchors(production.trustAnchors())
                .timestamps(TimestampPolicy.REQUIRED)
                .build();

        VerificationReport without = verifier.verifyDetached(Cms.signDetached(key, CONTENT), CONTENT);
        VerificationReport with = verifier.verifyDetached(cadesT, CONTENT);

        assertThat(without.problems()).extracting(VerificationProblem::code).containsExactly(Code.TIMESTAMP_MISSING);
        assertThat(with.problems()).isEmpty();
    }

    @Test
    void pinnedNcaRoots_knowTheProductionAndTestRootsByFingerprint() {
        X509Certificate productionRoot = SharedTestData.certificate("ca-certs/prod/root_gost_2022.cer");
        X509Certificate testRoot = SharedTestData.certificate("ca-certs/test/root_test_gost_2022.cer");
        X509Certificate legacyTestRoot = SharedTestData.certificate("ca-certs/test/root_gost_test.cer");
        TrustAnchors pinned = TrustAnchors.pinnedNcaRoots();

        assertThat(pinned.isRoot(productionRoot)).isTrue();
        assertThat(pinned.isTest(productionRoot)).isFalse();
        assertThat(pinned.isRoot(testRoot)).isTrue();
        assertThat(pinned.isTest(testRoot)).isTrue();
        assertThat(pinned.isRoot(legacyTestRoot)).isTrue();
        assertThat(pinned.isRoot(SharedTestData.certificate("ca-certs/prod/nca_gost_2022.cer")))
                .as("an issuing CA is not a root")
                .isFalse();
        assertThat(pinned.isRoot(signers.root())).isFalse();
        assertThat(pinned.roots())
                .as("known by fingerprint, no certificate carried")
                .isEmpty();
    }

    /**
     * The NCA's recorded test TSA token (2022): its TSA's issuing CA and root are not in the token. With
     * them among the TSA anchors only as certificates to build a path with, the pinned fingerprint makes the
     * root trusted.
     */
    @Test
    void ncaSampleToken_verifiesThroughThePinnedRoot() throws IOException {
        byte[] token = Files.readAllBytes(SharedTestData.nca("samples/ocsp-tsp-samples/tsp_token.bin"));
        TrustAnchors pathOnly = TrustAnchors.of(
                List.of(),
                List.of(
                        SharedTestData.certificate("ca-certs/test/nca_gost_test.cer"),
                        SharedTestData.certificate("ca-certs/test/root_gost_test.cer")));
        TrustAnchors gost2022Test = TrustAnchors.fromFiles(
                        SharedTestData.nca("ncanode-go/root_test_gost_2022.cer"),
                        SharedTestData.nca("ncanode-go/nca_gost2022_test.cer"))
                .asTest();

        VerificationReport pinned = CmsVerifier.builder()
                .trustAnchors(gost2022Test)
                .tsaTrustAnchors(pathOnly.plus(TrustAnchors.pinnedNcaRoots()))
                .build()
                .verifyTimestamp(token, null);
        VerificationReport notPinned = CmsVerifier.builder()
                .trustAnchors(gost2022Test)
                .tsaTrustAnchors(pathOnly)
                .build()
                .verifyTimestamp(token, null);
        VerificationReport signerAnchorsOnly =
                CmsVerifier.builder().trustAnchors(gost2022Test).build().verifyTimestamp(token, null);

        assertThat(pinned.problems()).isEmpty();
        assertThat(pinned.signers().get(0).testAnchor()).isTrue();
        assertThat(notPinned.problems()).extracting(VerificationProblem::code).containsExactly(Code.UNTRUSTED_CHAIN);
        assertThat(signerAnchorsOnly.problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.UNTRUSTED_CHAIN);
    }

    private static TsaClient tsaOf(TestNca nca) {
        return TsaClient.builder()
                .uri(URI.create("http://tsa.invalid/"))
                .transport(new InProcessTransport("application/timestamp-query", nca::timestampResponse))
                .build();
    }
}
