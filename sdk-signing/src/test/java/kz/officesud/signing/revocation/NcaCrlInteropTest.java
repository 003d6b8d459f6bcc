package kz.officesud.signing.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.stream.Stream;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.NcaKeyStore;
import kz.officesud.signing.SharedTestData;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The NCA's own test CRLs: statuses of the ncanode-go keys (skipped when ../shared is absent). */
class NcaCrlInteropTest {
    private static final Instant AT = Instant.parse("2026-09-01T00:00:00Z");

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("individual/valid/individual_valid.p12", null, null),
                Arguments.of(
                        "individual/revoked/individual_revoked.p12",
                        RevocationReason.CERTIFICATE_HOLD,
                        "2026-05-08T14:57:29Z"),
                Arguments.of("legal/valid/head.p12", null, null),
                Arguments.of("legal/valid/employee_signright.p12", null, null),
                Arguments.of("legal/valid/employee.p12", RevocationReason.SUPERSEDED, "2026-06-02T11:39:09Z"),
                Arguments.of("legal/valid/infosystem.p12", RevocationReason.SUPERSEDED, "2026-06-02T11:25:49Z"),
                Arguments.of("legal/valid/treasury_client.p12", null, null),
                Arguments.of("legal/revoked/head.p12", RevocationReason.CERTIFICATE_HOLD, "2026-05-08T14:59:06Z"),
                Arguments.of("legal/revoked/employee.p12", RevocationReason.CERTIFICATE_HOLD, "2026-05-08T15:02:58Z"),
                Arguments.of(
                        "legal/revoked/employee_signright.p12",
                        RevocationReason.CERTIFICATE_HOLD,
                        "2026-05-08T15:01:09Z"),
                Arguments.of("legal/revoked/infosystem.p12", RevocationReason.CERTIFICATE_HOLD, "2026-05-08T15:04:42Z"),
                Arguments.of(
                        "legal/revoked/treasury_client.p12",
                        RevocationReason.CERTIFICATE_HOLD,
                        "2026-05-08T16:30:57Z"));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void shippedCrl_givesEachNcanodeKeyItsStatus(String file, RevocationReason reason, String date) {
        Crl crl = Crl.read(SharedTestData.nca("ncanode-go/nca_gost2022_test.crl"));
        X509Certificate issuer = SharedTestData.certificate("ncanode-go/nca_gost2022_test.cer");
        X509Certificate certificate = certificate(file);

        RevocationStatus status = CrlSource.of(crl).status(certificate, issuer, AT);

        if (reason == null) {
            assertThat(status).isInstanceOf(RevocationStatus.Good.class);
        } else {
            assertThat(status).isInstanceOfSatisfying(RevocationStatus.Revoked.class, r -> {
                assertThat(r.reason()).isEqualTo(reason);
                assertThat(r.revokedAt()).isEqualTo(Instant.parse(date));
            });
        }
    }

    @Test
    void shippedCrl_isGostSignedByTheTestIntermediate_andIndexed() {
        Crl crl = Crl.read(SharedTestData.nca("ncanode-go/nca_gost2022_test.crl"));

        assertThat(crl.signedBy(SharedTestData.certificate("ncanode-go/nca_gost2022_test.cer")))
                .isTrue();
        assertThat(crl.signedBy(SharedTestData.certificate("ncanode-go/root_test_gost_2022.cer")))
                .isFalse();
        assertThat(crl.size()).isEqualTo(195);
        assertThat(crl.number()).contains(BigInteger.valueOf(166));
        assertThat(crl.thisUpdate()).isEqualTo(Instant.parse("2026-08-11T03:49:19Z"));
        assertThat(crl.nextUpdate()).contains(Instant.parse("2027-02-07T03:49:19Z"));
        assertThat(crl.isDelta()).isFalse();
    }

    @Test
    void olderSampleCrls_areSignedByTheirIssuers_gost2015AndGost2004() {
        assertThat(Crl.read(SharedTestData.nca("samples/nca_gost2022_test.crl"))
                        .signedBy(SharedTestData.certificate("ncanode-go/nca_gost2022_test.cer")))
                .isTrue();
        assertThat(Crl.read(SharedTestData.nca("samples/nca_gost_test.crl"))
                        .signedBy(SharedTestData.certificate("ca-certs/test/nca_gost_test.cer")))
                .isTrue();
    }

    @Test
    void olderCrl_afterItsNextUpdate_givesUnknown() {
        Crl old = Crl.read(SharedTestData.nca("samples/nca_gost2022_test.crl"));
        X509Certificate issuer = SharedTestData.certificate("ncanode-go/nca_gost2022_test.cer");

        RevocationStatus status =
                CrlSource.of(old).status(certificate("individual/valid/individual_valid.p12"), issuer, AT);

        assertThat(status).isInstanceOf(RevocationStatus.Unknown.class);
    }

    @Test
    void signatureByRevokedKey_isRejectedAsRevoked_withReasonAndDate() {
        Path p12 = SharedTestData.nca("ncanode-go/legal/valid/employee.p12");
        byte[] content = "Талап арыз".getBytes(StandardCharsets.UTF_8);
        try (NcaKeyStore store = NcaKeyStore.open(p12, SharedTestData.PASSWORD)) {
            byte[] cms = Cms.signDetached(store.keys().get(0), content);

            VerificationReport report = verifier().verifyDetached(cms, content);

            assertThat(report.valid()).isFalse();
            assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOKED);
            assertThat(report.problems().get(0).message()).contains("2026-06-02T11:39:09Z", "superseded");
        }
    }

    @Test
    void signatureByGoodKey_withCrlCheck_isValid_andReportsGood() {
        Path p12 = SharedTestData.nca("ncanode-go/legal/valid/head.p12");
        byte[] content = "Талап арыз".getBytes(StandardCharsets.UTF_8);
        try (NcaKeyStore store = NcaKeyStore.open(p12, SharedTestData.PASSWORD)) {
            byte[] cms = Cms.signDetached(store.keys().get(0), content);

            VerificationReport report = verifier().verifyDetached(cms, content);

            assertThat(report.problems()).isEmpty();
            assertThat(report.signers().get(0).revocation()).get().isInstanceOf(RevocationStatus.Good.class);
        }
    }

    private static CmsVerifier verifier() {
        return CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromFiles(
                                SharedTestData.nca("ncanode-go/root_test_gost_2022.cer"),
                                SharedTestData.nca("ncanode-go/nca_gost2022_test.cer"))
                        .asTest())
                .validationTime(AT)
                .revocation(RevocationPolicy.crlOnly(
                        CrlSource.of(Crl.read(SharedTestData.nca("ncanode-go/nca_gost2022_test.crl")))))
                .build();
    }

    private static X509Certificate certificate(String file) {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca("ncanode-go/" + file), SharedTestData.PASSWORD)) {
            return store.keys().get(0).certificate();
        }
    }
}
