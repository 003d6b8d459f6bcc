package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Signatures made by Kalkan, and keys issued by the NCA (skipped when ../shared is absent). */
class KalkanInteropTest {
    /** Inside the validity of the legacy keys (they expired in 2021) and of their test CAs. */
    private static final Instant LEGACY_TIME = Instant.parse("2020-10-01T00:00:00Z");

    private static final Instant GOST2022_TIME = Instant.parse("2026-09-01T00:00:00Z");

    static Stream<Path> kalkanSignatures() throws IOException {
        Path legacy = SharedTestData.nca("legacy-rsa-gost2004");
        try (Stream<Path> files = Files.walk(legacy)) {
            return files.filter(p -> p.toString().endsWith(".cms")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("kalkanSignatures")
    void kalkanCms_verifiesAgainstTheTestCas(Path file) throws IOException {
        byte[] cms = decode(Files.readAllBytes(file));
        CmsVerifier verifier = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/test"))
                        .asTest())
                .validationTime(LEGACY_TIME)
                .build();

        VerificationReport report = verifier.verifyAttached(cms);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        SignerReport signer = report.signers().get(0);
        assertThat(signer.testAnchor()).isTrue();
        assertThat(signer.profile().iin()).isPresent();
        assertThat(report.content()).isPresent();
    }

    @ParameterizedTest
    @MethodSource("kalkanSignatures")
    void kalkanCms_asItsFileHoldsIt_base64_verifies_andInspects(Path file) throws IOException {
        byte[] asWritten = Files.readAllBytes(file);

        VerificationReport report = SharedTestData.legacyVerifier().verifyAttached(asWritten);
        CmsInfo info = Cms.inspect(asWritten);

        assertThat(report.problems()).isEmpty();
        assertThat(info.attached()).isTrue();
        assertThat(info.content().orElseThrow()).isEqualTo(report.content().orElseThrow());
        assertThat(info.signers()).singleElement().satisfies(signer -> {
            assertThat(signer.certificate()).contains(report.signers().get(0).certificate());
            assertThat(signer.signatureAlgorithm().known()).isTrue();
            assertThat(signer.digestAlgorithm().known()).isTrue();
            assertThat(signer.timestamps()).isEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("kalkanSignatures")
    void kalkanCms_withChangedContent_isDigestMismatch(Path file) throws IOException {
        byte[] cms = decode(Files.readAllBytes(file));
        CmsVerifier verifier = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/test"))
                        .asTest())
                .validationTime(LEGACY_TIME)
                .build();
        byte[] content = verifier.verifyAttached(cms).content().orElseThrow();
        content[0] ^= 1;

        // the same signed attributes over other content: re-verify the signature as detached
        VerificationReport report = verifier.verifyDetached(detach(cms), content);

        assertThat(report.has(Code.DIGEST_MISMATCH)).isTrue();
    }

    @Test
    void kalkanCms_againstProductionRootsOnly_isUntrusted() throws IOException {
        Path file = kalkanSignatures().findFirst().orElseThrow();
        CmsVerifier verifier = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/prod")))
                .validationTime(LEGACY_TIME)
                .build();

        assertThat(verifier.verifyAttached(decode(Files.readAllBytes(file))).problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.UNTRUSTED_CHAIN);
    }

    static Stream<String> gost2022Keys() {
        return Stream.of(
                "individual/valid/individual_valid.p12",
                "legal/valid/head.p12",
                "legal/valid/employee_signright.p12",
                "legal/valid/treasury_client.p12");
    }

    @ParameterizedTest
    @MethodSource("gost2022Keys")
    void ncaGost2015Key_signs_andTheSignatureVerifiesToTheNcaTestRoot(String key) {
        Path p12 = SharedTestData.nca("ncanode-go/" + key);
        byte[] content = "Талап арыз".getBytes(StandardCharsets.UTF_8);
        try (NcaKeyStore store = NcaKeyStore.open(p12, SharedTestData.PASSWORD)) {
            NcaKey signing = store.keys().get(0);
            assertThat(signing.algorithm()).isEqualTo(KeyAlgorithm.GOST_2015_512);
            byte[] cms = Cms.signDetached(signing, content);

            CmsVerifier verifier = CmsVerifier.builder()
                    .trustAnchors(TrustAnchors.fromFiles(
                                    SharedTestData.nca("ncanode-go/root_test_gost_2022.cer"),
                                    SharedTestData.nca("ncanode-go/nca_gost2022_test.cer"))
                            .asTest())
                    .validationTime(GOST2022_TIME)
                    .build();
            VerificationReport report = verifier.verifyDetached(cms, content);

            assertThat(report.problems()).isEmpty();
            assertThat(report.signers().get(0).path()).hasSize(3);
            assertThat(report.signers().get(0).testAnchor()).isTrue();
        }
    }

    @Test
    void ncaIndividualKey_namesTheNcaTestIin() {
        Path p12 = SharedTestData.nca("ncanode-go/individual/valid/individual_valid.p12");
        try (NcaKeyStore store = NcaKeyStore.open(p12, SharedTestData.PASSWORD)) {
            byte[] cms = Cms.signDetached(store.keys().get(0), new byte[] {1, 2, 3});
            VerificationReport report = CmsVerifier.builder()
                    .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/test"))
                            .asTest())
                    .validationTime(GOST2022_TIME)
                    .build()
                    .verifyDetached(cms, new byte[] {1, 2, 3});
            assertThat(report.valid()).as(report.toString()).isTrue();
            assertThat(report.signers().get(0).profile().iin()).contains(Iin.ofUnverified("123456789011"));
        }
    }

    @Test
    void legacyKeys_signAndVerify_rsaAndGost2004() throws IOException {
        List<Path> keys;
        try (Stream<Path> files = Files.walk(SharedTestData.nca("legacy-rsa-gost2004"))) {
            keys = files.filter(
                            p -> p.toString().endsWith(".p12") && p.toString().contains("active"))
                    .sorted()
                    .toList();
        }
        assertThat(keys).isNotEmpty();
        CmsVerifier verifier = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/test"))
                        .asTest())
                .validationTime(LEGACY_TIME)
                .build();
        for (Path p12 : keys) {
            try (NcaKeyStore store = NcaKeyStore.open(p12, SharedTestData.PASSWORD)) {
                NcaKey key = store.keys().get(0);
                byte[] cms = Cms.signDetached(key, new byte[] {42});
                assertThat(verifier.verifyDetached(cms, new byte[] {42}).problems())
                        .as(p12.getFileName() + " " + key.algorithm())
                        .isEmpty();
            }
        }
    }

    /** The .cms files are base64 text (or DER). */
    private static byte[] decode(byte[] file) {
        if (file.length > 0 && file[0] == 0x30) {
            return file;
        }
        return Base64.getMimeDecoder().decode(new String(file, StandardCharsets.US_ASCII).trim());
    }

    /** The same SignedData without its encapsulated content. */
    private static byte[] detach(byte[] cms) throws IOException {
        var info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(cms);
        var sd = org.bouncycastle.asn1.cms.SignedData.getInstance(info.getContent());
        var detached = new org.bouncycastle.asn1.cms.SignedData(
                sd.getDigestAlgorithms(),
                new org.bouncycastle.asn1.cms.ContentInfo(
                        sd.getEncapContentInfo().getContentType(), null),
                sd.getCertificates(),
                sd.getCRLs(),
                sd.getSignerInfos());
        return new org.bouncycastle.asn1.cms.ContentInfo(info.getContentType(), detached).getEncoded("DER");
    }
}
