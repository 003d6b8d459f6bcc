package kz.officesud.signing;

import static kz.officesud.signing.SharedTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.NcaKeyException.Reason;
import kz.officesud.signing.internal.VerificationKey;
import org.bouncycastle.asn1.x509.Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real NCA test key files (skipped when /work/shared is absent). */
class NcaKeyStoreTest {
    private static final String INDIVIDUAL = "ncanode-go/individual/valid/individual_valid.p12";
    private static final byte[] DATA = "Судебный кабинет".getBytes(StandardCharsets.UTF_8);

    @Test
    void open_individualValid_readsTheNcaProfile() {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(INDIVIDUAL), PASSWORD)) {
            assertThat(store.keys()).hasSize(1);
            NcaKey key = store.signingKey();
            assertThat(key.alias()).isEqualTo("ec425659bd2fc6dc587b871aede1857727cf8451");
            assertThat(key.algorithm()).isEqualTo(KeyAlgorithm.GOST_2015_512);
            assertThat(key.chain()).containsExactly(key.certificate());

            CertificateProfile profile = key.profile();
            assertThat(profile.iin()).contains(Iin.ofUnverified("123456789011"));
            assertThat(profile.iin().orElseThrow().checksumValid()).isFalse();
            assertThat(profile.bin()).isEmpty();
            assertThat(profile.legalEntity()).isFalse();
            assertThat(profile.surname()).contains("ТЕСТОВ");
            assertThat(profile.givenName()).contains("ТЕСТ");
            assertThat(profile.patronymic()).contains("ТЕСТОВИЧ");
            assertThat(profile.commonName()).isEqualTo("ТЕСТОВ ТЕСТ");
            assertThat(profile.organisation()).isEmpty();
            assertThat(profile.roles()).containsExactly(NcaRole.INDIVIDUAL);
            assertThat(profile.roleOids()).containsExactly("1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.1");
            assertThat(profile.purposes()).containsExactly(KeyPurpose.SIGNING);
            assertThat(profile.testNca()).isTrue();
            assertThat(profile.issuer()).contains("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022");
            assertThat(profile.serialNumber()).isEqualTo("6c425659bd2fc6dc587b871aede1857727cf8451");
            assertThat(profile.notAfter()).isAfter(profile.notBefore());
            assertThat(profile.subject()).contains("SERIALNUMBER=IIN123456789011");
        }
    }

    @Test
    void signingKey_signaturesVerifyWithTheCertificatesPublicKey() throws Exception {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(INDIVIDUAL), PASSWORD)) {
            NcaKey key = store.signingKey();
            byte[] signature = key.sign(DATA);
            VerificationKey publicKey = VerificationKey.of(key.certificate());
            var algorithm =
                    Certificate.getInstance(key.certificate().getEncoded()).getSignatureAlgorithm();

            assertThat(signature).hasSize(128);
            assertThat(publicKey.verify(algorithm, DATA, signature)).isTrue();
            assertThat(publicKey.verify(algorithm, "other".getBytes(StandardCharsets.UTF_8), signature))
                    .isFalse();
        }
    }

    @Test
    void authenticationKey_whenTheFileHoldsOnlyASigningKey_isNoKey() {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(INDIVIDUAL), PASSWORD)) {
            assertThatThrownBy(store::authenticationKey)
                    .isInstanceOfSatisfying(
                            NcaKeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_KEY))
                    .hasMessageContaining("individual_valid.p12");
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "legal/valid/head.p12               | 123456789011 | ORGANISATION,FIRST_HEAD",
                "legal/valid/employee_signright.p12 | 123456789012 | ORGANISATION,SIGNATORY",
                "legal/valid/employee.p12           | 123456789012 | ORGANISATION,EMPLOYEE",
                "legal/valid/infosystem.p12         | 123456789012 | ORGANISATION,TREASURY_CLIENT",
                "legal/valid/treasury_client.p12    |              | ORGANISATION,INFORMATION_SYSTEM",
            })
    void open_legalEntityFiles_reportBinOrganisationAndRoles(String file, String iin, String roles) {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca("ncanode-go/" + file), PASSWORD)) {
            CertificateProfile profile = store.signingKey().profile();
            assertThat(profile.bin()).contains(Bin.ofUnverified("123456789021"));
            assertThat(profile.bin().orElseThrow().checksumValid()).isFalse();
            assertThat(profile.legalEntity()).isTrue();
            assertThat(profile.organisation()).contains("АО \"ТЕСТ\"");
            assertThat(profile.iin().map(Iin::value).orElse(null)).isEqualTo(iin);
            Set<NcaRole> expected =
                    Arrays.stream(roles.split(",")).map(NcaRole::valueOf).collect(java.util.stream.Collectors.toSet());
            assertThat(profile.roles()).isEqualTo(expected);
            assertThat(profile.purposes()).containsExactly(KeyPurpose.SIGNING);
        }
    }

    @Test
    void open_informationSystemKey_hasNoPersonButItsName() {
        Path file = SharedTestData.nca("ncanode-go/legal/valid/treasury_client.p12");
        try (NcaKeyStore store = NcaKeyStore.open(file, PASSWORD)) {
            CertificateProfile profile = store.keys().get(0).profile();
            assertThat(profile.commonName()).isEqualTo("ИС \"Тест\"");
            assertThat(profile.surname()).isEmpty();
            assertThat(profile.givenName()).isEmpty();
            assertThat(profile.roleOids()).containsExactly("1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.6");
        }
    }

    @Test
    void open_withWrongPassword_isWrongPassword_andTheMessageNamesOnlyTheFile() {
        Path file = SharedTestData.nca(INDIVIDUAL);
        assertThatThrownBy(() -> NcaKeyStore.open(file, "Qwerty13".toCharArray()))
                .isInstanceOfSatisfying(
                        NcaKeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD))
                .hasMessage("the password does not open individual_valid.p12")
                .hasMessageNotContaining("Qwerty");
    }

    @Test
    void open_truncatedFile_isCorruptFile() throws IOException {
        byte[] data = Files.readAllBytes(SharedTestData.nca(INDIVIDUAL));
        byte[] truncated = Arrays.copyOf(data, data.length / 2);
        assertThatThrownBy(() -> NcaKeyStore.open(new ByteArrayInputStream(truncated), PASSWORD, "cut.p12"))
                .isInstanceOfSatisfying(
                        NcaKeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_FILE))
                .hasMessageContaining("cut.p12");
    }

    @Test
    void open_garbageOrEmpty_isCorruptFile() {
        for (byte[] data : new byte[][] {new byte[0], "not a key".getBytes(StandardCharsets.UTF_8), new byte[4096]}) {
            assertThatThrownBy(() -> NcaKeyStore.open(new ByteArrayInputStream(data), PASSWORD, "junk.p12"))
                    .isInstanceOfSatisfying(
                            NcaKeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT_FILE));
        }
    }

    @Test
    void open_missingFile_isNotFound(@TempDir Path dir) {
        assertThatThrownBy(() -> NcaKeyStore.open(dir.resolve("none.p12"), PASSWORD))
                .isInstanceOfSatisfying(
                        NcaKeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void key_byAlias_andUnknownAlias() {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(INDIVIDUAL), PASSWORD)) {
            assertThat(store.key("EC425659BD2FC6DC587B871AEDE1857727CF8451").alias())
                    .isEqualTo("ec425659bd2fc6dc587b871aede1857727cf8451");
            assertThatThrownBy(() -> store.key("00"))
                    .isInstanceOfSatisfying(
                            NcaKeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        }
    }

    @Test
    void close_makesTheKeysUnusable() {
        NcaKey key;
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(INDIVIDUAL), PASSWORD)) {
            key = store.signingKey();
        }
        assertThatThrownBy(() -> key.sign(DATA))
                .isInstanceOfSatisfying(
                        NcaKeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLOSED));
    }

    @ParameterizedTest
    @CsvSource({
        "personal/active/RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.p12, RSA, SIGNING",
        "personal/active/AUTH_RSA256_b2c70a9ff7a5dc59de0ccc3c0ddde3437cc1f12d.p12, RSA, AUTHENTICATION",
        "organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.p12, GOST_2004, SIGNING",
        "organization/active/AUTH_RSA256_d682726b55b3e62600ea8fe1c74e75fc96f47790.p12, RSA, AUTHENTICATION",
    })
    void open_previousGenerationFiles_rsaAndGost2004(String file, KeyAlgorithm algorithm, KeyPurpose purpose)
            throws Exception {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca("legacy-rsa-gost2004/" + file), PASSWORD)) {
            NcaKey key = store.keys().get(0);
            assertThat(key.algorithm()).isEqualTo(algorithm);
            assertThat(key.profile().purposes()).containsExactly(purpose);
            assertThat(key.profile().iin()).contains(Iin.ofUnverified("123456789011"));
            assertThat(key.alias()).isEqualTo(file.replaceAll(".*_([0-9a-f]{40})\\.p12", "$1"));
            byte[] signature = key.sign(DATA);
            var algorithmId = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                    new org.bouncycastle.asn1.ASN1ObjectIdentifier(algorithm.signatureOid()));
            assertThat(VerificationKey.of(key.certificate()).verify(algorithmId, DATA, signature))
                    .isTrue();
        }
    }

    /** Every key file of the NCA's test material, with the profile its README (and certificate) gives. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ncanode-go/individual/valid/individual_valid.p12     | GOST_2015_512 | SIGNING        | 123456789011 |              | INDIVIDUAL",
                "ncanode-go/individual/revoked/individual_revoked.p12 | GOST_2015_512 | SIGNING        | 123456789011 |              | INDIVIDUAL",
                "ncanode-go/legal/valid/head.p12                      | GOST_2015_512 | SIGNING        | 123456789011 | 123456789021 | ORGANISATION,FIRST_HEAD",
                "ncanode-go/legal/valid/employee_signright.p12        | GOST_2015_512 | SIGNING        | 123456789012 | 123456789021 | ORGANISATION,SIGNATORY",
                "ncanode-go/legal/valid/employee.p12                  | GOST_2015_512 | SIGNING        | 123456789012 | 123456789021 | ORGANISATION,EMPLOYEE",
                "ncanode-go/legal/valid/infosystem.p12                | GOST_2015_512 | SIGNING        | 123456789012 | 123456789021 | ORGANISATION,TREASURY_CLIENT",
                "ncanode-go/legal/valid/treasury_client.p12           | GOST_2015_512 | SIGNING        |              | 123456789021 | ORGANISATION,INFORMATION_SYSTEM",
                "ncanode-go/legal/revoked/head.p12                    | GOST_2015_512 | SIGNING        | 123456789011 | 123456789021 | ORGANISATION,FIRST_HEAD",
                "ncanode-go/legal/revoked/employee_signright.p12      | GOST_2015_512 | SIGNING        | 123456789012 | 123456789021 | ORGANISATION,SIGNATORY",
                "ncanode-go/legal/revoked/employee.p12                | GOST_2015_512 | SIGNING        | 123456789012 | 123456789021 | ORGANISATION,EMPLOYEE",
                "ncanode-go/legal/revoked/infosystem.p12              | GOST_2015_512 | SIGNING        | 123456789012 | 123456789021 | ORGANISATION,TREASURY_CLIENT",
                "ncanode-go/legal/revoked/treasury_client.p12         | GOST_2015_512 | SIGNING        |              | 123456789021 | ORGANISATION,INFORMATION_SYSTEM",
                "legacy-rsa-gost2004/personal/active/RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.p12       | RSA       | SIGNING        | 123456789011 |              | INDIVIDUAL",
                "legacy-rsa-gost2004/personal/active/AUTH_RSA256_b2c70a9ff7a5dc59de0ccc3c0ddde3437cc1f12d.p12  | RSA       | AUTHENTICATION | 123456789011 |              | INDIVIDUAL",
                "legacy-rsa-gost2004/personal/revoked/RSA256_346a7e57c2995259140b6fc375b6ff3bba7e852f.p12      | RSA       | SIGNING        | 123456789011 |              | INDIVIDUAL",
                "legacy-rsa-gost2004/personal/revoked/AUTH_RSA256_60d5a0346dd52fb5f3b9148e6cfbcd6cf323d119.p12 | RSA       | AUTHENTICATION | 123456789011 |              | INDIVIDUAL",
                "legacy-rsa-gost2004/organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.p12     | GOST_2004 | SIGNING        | 123456789011 | 123456789021 | ORGANISATION,FIRST_HEAD",
                "legacy-rsa-gost2004/organization/active/AUTH_RSA256_d682726b55b3e62600ea8fe1c74e75fc96f47790.p12  | RSA       | AUTHENTICATION | 123456789011 | 123456789021 | ORGANISATION,FIRST_HEAD",
                "legacy-rsa-gost2004/organization/revoked/GOSTKNCA_c372b7809440fcb681051bbc89ea2f089fd2fe16.p12    | GOST_2004 | SIGNING        | 123456789011 | 123456789021 | ORGANISATION,FIRST_HEAD",
                "legacy-rsa-gost2004/organization/revoked/AUTH_RSA256_7d6d313ac5bf7367a2a69f28607a8deb80dd3ba9.p12 | RSA       | AUTHENTICATION | 123456789011 | 123456789021 | ORGANISATION,FIRST_HEAD",
            })
    void everyNcaTestKeyFile_opens_andReportsItsProfile(
            String file, KeyAlgorithm algorithm, KeyPurpose purpose, String iin, String bin, String roles) {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(file), PASSWORD)) {
            assertThat(store.keys()).hasSize(1);
            NcaKey key = store.keys().get(0);
            CertificateProfile profile = key.profile();

            assertThat(key.algorithm()).isEqualTo(algorithm);
            assertThat(profile.purposes()).containsExactly(purpose);
            assertThat(profile.iin().map(Iin::value).orElse(null)).isEqualTo(iin);
            assertThat(profile.bin().map(Bin::value).orElse(null)).isEqualTo(bin);
            assertThat(profile.legalEntity()).isEqualTo(bin != null);
            assertThat(profile.roles())
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(roles.split(","))
                            .map(NcaRole::valueOf)
                            .toList());
            assertThat(profile.testNca()).isTrue();
            assertThat(profile.issuer()).contains("TEST");
            assertThat(profile.notAfter()).isAfter(profile.notBefore());
            assertThat(key.alias()).isNotBlank();
        }
    }
}
