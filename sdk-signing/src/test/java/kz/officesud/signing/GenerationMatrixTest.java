package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.revocation.Crl;
import kz.officesud.signing.revocation.CrlSource;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationSource;
import kz.officesud.signing.revocation.RevocationStatus;
import kz.officesud.signing.testnca.TestNca;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #3's acceptance matrix, once per NCA key generation (GOST-2015, GOST-2004, RSA) and per source of keys:
 * the keys the NCA itself issued (its real test material in {@code ../shared/testdata/nca}, skipped when it is
 * absent) and the project's own {@link TestNca} made in that generation. Sign, then verify attached and
 * detached; two co-signers; a precomputed digest and the two-step form; XMLDSig; and each fault rejected with
 * its own reason: changed content, a key that is not the certificate's, expired, revoked, untrusted root, an
 * authentication-only key used to sign.
 *
 * <p>The real material does not hold every case for every generation (no CRL for the 2004 and RSA CAs, no
 * authentication-only GOST key): those cells are skipped with the reason; the own test NCA fills all of them.
 */
class GenerationMatrixTest {
    private static final byte[] CONTENT =
            "Исковое заявление о взыскании задолженности".getBytes(StandardCharsets.UTF_8);
    private static final Map<Keys, Material> MATERIAL = new EnumMap<>(Keys.class);
    private static final List<NcaKeyStore> STORES = new ArrayList<>();

    /** Where a generation's keys come from. */
    enum Keys {
        NCA_GOST_2015(KeyAlgorithm.GOST_2015_512) {
            @Override
            Material load() {
                return new Material(
                        algorithm,
                        key("ncanode-go/individual/valid/individual_valid.p12"),
                        key("ncanode-go/legal/valid/head.p12"),
                        null,
                        key("ncanode-go/individual/revoked/individual_revoked.p12"),
                        CrlSource.of(Crl.read(SharedTestData.nca("ncanode-go/nca_gost2022_test.crl"))),
                        TrustAnchors.fromFiles(
                                        SharedTestData.nca("ca-certs/test/root_test_gost_2022.cer"),
                                        SharedTestData.nca("ca-certs/test/nca_gost2022_test.cer"))
                                .asTest(),
                        TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/prod")),
                        Instant.parse("2026-09-01T00:00:00Z"));
            }
        },
        NCA_GOST_2004(KeyAlgorithm.GOST_2004) {
            @Override
            Material load() {
                return new Material(
                        algorithm,
                        key(
                                "legacy-rsa-gost2004/organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.p12"),
                        key(
                                "legacy-rsa-gost2004/organization/revoked/GOSTKNCA_c372b7809440fcb681051bbc89ea2f089fd2fe16.p12"),
                        null,
                        null,
                        null,
                        TrustAnchors.fromFiles(
                                        SharedTestData.nca("ca-certs/test/root_gost_test.cer"),
                                        SharedTestData.nca("ca-certs/test/nca_gost_test.cer"))
                                .asTest(),
                        TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/prod")),
                        Instant.parse("2020-10-01T00:00:00Z"));
            }
        },
        NCA_RSA(KeyAlgorithm.RSA) {
            @Override
            Material load() {
                return new Material(
                        algorithm,
                        key("legacy-rsa-gost2004/personal/active/RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.p12"),
                        key("legacy-rsa-gost2004/personal/revoked/RSA256_346a7e57c2995259140b6fc375b6ff3bba7e852f.p12"),
                        key(
                                "legacy-rsa-gost2004/personal/active/AUTH_RSA256_b2c70a9ff7a5dc59de0ccc3c0ddde3437cc1f12d.p12"),
                        null,
                        null,
                        TrustAnchors.fromFiles(
                                        SharedTestData.nca("ca-certs/test/root_rsa_test.cer"),
                                        SharedTestData.nca("ca-certs/test/nca_rsa_test.cer"))
                                .asTest(),
                        TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/prod")),
                        Instant.parse("2020-10-01T00:00:00Z"));
            }
        },
        OWN_GOST_2015(KeyAlgorithm.GOST_2015_512),
        OWN_GOST_2004(KeyAlgorithm.GOST_2004),
        OWN_RSA(KeyAlgorithm.RSA);

        final KeyAlgorithm algorithm;

        Keys(KeyAlgorithm algorithm) {
            this.algorithm = algorithm;
        }

        /**
         * The project's own test NCA in this generation, on a clock fixed at a whole second (so that a
         * revocation and the validation instant coincide exactly): an individual and an organisation's first
         * head, an authentication-only key, and a key revoked for key compromise. Overridden by the real
         * material.
         */
        Material load() {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            TestNca nca = TestNca.generate(algorithm, Clock.fixed(now, ZoneOffset.UTC));
            NcaKey revoked = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ОТОЗВАНОВ", "ТЕСТ", "ТЕСТОВИЧ");
            nca.revoke(revoked.certificate(), RevocationReason.KEY_COMPROMISE);
            return new Material(
                    algorithm,
                    nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ"),
                    nca.issueLegalEntity(
                            Iin.ofUnverified("123456789012"),
                            Bin.ofUnverified("123456789021"),
                            "АО \"ТЕСТ\"",
                            "ДИРЕКТОРОВ",
                            "ДИРЕКТОР",
                            NcaRole.FIRST_HEAD),
                    nca.request()
                            .iin(Iin.ofUnverified("123456789011"))
                            .surname("ТЕСТОВ")
                            .givenName("ТЕСТ")
                            .authenticationOnly()
                            .issue(),
                    revoked,
                    nca.crlSource(),
                    nca.trustAnchors(),
                    TestNca.generate(algorithm).trustAnchors(),
                    now);
        }

        /** The only key of a real test PKCS#12, its store kept open until the class is done. */
        static NcaKey key(String relative) {
            NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(relative), SharedTestData.PASSWORD);
            STORES.add(store);
            assertThat(store.keys()).hasSize(1);
            return store.keys().get(0);
        }

        boolean real() {
            return name().startsWith("NCA_");
        }
    }

    /**
     * One generation's keys: a signer and a co-signer (both signing keys), an authentication-only key and a
     * revoked key with the revocation source that knows it (when the material has them), the anchors the
     * keys chain to and some that they do not, and an instant inside every certificate's validity.
     */
    record Material(
            KeyAlgorithm algorithm,
            NcaKey signer,
            NcaKey coSigner,
            @Nullable NcaKey authenticationOnly,
            @Nullable NcaKey revoked,
            @Nullable RevocationSource revocations,
            TrustAnchors anchors,
            TrustAnchors foreignAnchors,
            Instant at) {

        CmsVerifier verifier() {
            return CmsVerifier.builder()
                    .trustAnchors(anchors)
                    .validationTime(at)
                    .requirePurpose(KeyPurpose.SIGNING)
                    .build();
        }
    }

    static synchronized Material material(Keys keys) {
        if (keys.real()) {
            SharedTestData.nca();
        }
        return MATERIAL.computeIfAbsent(keys, Keys::load);
    }

    @AfterAll
    static void closeStores() {
        STORES.forEach(NcaKeyStore::close);
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void keys_areOfTheirGeneration_andForSigning(Keys generation) {
        Material m = material(generation);

        assertThat(List.of(m.signer(), m.coSigner())).allSatisfy(key -> {
            assertThat(key.algorithm()).isEqualTo(generation.algorithm);
            assertThat(key.profile().purposes()).contains(KeyPurpose.SIGNING);
            assertThat(key.profile().testNca()).isTrue();
        });
        assertThat(m.signer().certificate()).isNotEqualTo(m.coSigner().certificate());
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void detached_signedAndVerified(Keys generation) {
        Material m = material(generation);

        VerificationReport report = m.verifier().verifyDetached(Cms.signDetached(m.signer(), CONTENT), CONTENT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signers()).singleElement().satisfies(signer -> {
            assertThat(signer.certificate()).isEqualTo(m.signer().certificate());
            assertThat(signer.path()).hasSize(3);
            assertThat(signer.testAnchor()).isTrue();
        });
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void attached_signedAndVerified_returnsTheContent(Keys generation) {
        Material m = material(generation);

        VerificationReport report = m.verifier().verifyAttached(Cms.signAttached(m.signer(), CONTENT));

        assertThat(report.problems()).isEmpty();
        assertThat(report.content())
                .hasValueSatisfying(content -> assertThat(content).isEqualTo(CONTENT));
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void twoCoSigners_bothVerify_andTheFirstSignerIsUntouched(Keys generation) throws Exception {
        Material m = material(generation);
        byte[] one = Cms.signDetached(m.signer(), CONTENT);

        byte[] two = Cms.addSigner(one, m.coSigner(), new ByteArrayInputStream(CONTENT));

        VerificationReport report = m.verifier().verifyDetached(two, CONTENT);
        assertThat(report.problems()).isEmpty();
        assertThat(report.signers())
                .extracting(SignerReport::certificate)
                .containsExactly(m.signer().certificate(), m.coSigner().certificate());
        assertThat(signerInfo(two, 0)).isEqualTo(signerInfo(one, 0));

        byte[] attached = Cms.addSigner(Cms.signAttached(m.signer(), CONTENT), m.coSigner());
        VerificationReport attachedReport = m.verifier().verifyAttached(attached);
        assertThat(attachedReport.problems()).isEmpty();
        assertThat(attachedReport.signers()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void precomputedDigest_andTheTwoStepForm_verifyAsDetached(Keys generation) {
        Material m = material(generation);

        byte[] fromDigest = Cms.signDigest(m.signer(), Cms.digest(m.algorithm(), new ByteArrayInputStream(CONTENT)));
        PreparedSignature prepared = Cms.prepareDetached(m.signer().certificate(), new ByteArrayInputStream(CONTENT));
        byte[] twoStep = prepared.complete(m.signer().sign(prepared.dataToSign()));

        assertThat(m.verifier().verifyDetached(fromDigest, CONTENT).problems()).isEmpty();
        assertThat(m.verifier().verifyDetached(twoStep, CONTENT).problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void xmlDsig_signedAndVerified(Keys generation) {
        Material m = material(generation);
        byte[] xml = "<claim court=\"7594\"><text>Прошу взыскать</text></claim>".getBytes(StandardCharsets.UTF_8);

        VerificationReport report = m.verifier().verifyXml(XmlDsig.signEnveloped(m.signer(), xml));

        assertThat(report.problems()).isEmpty();
        assertThat(report.signers()).singleElement().satisfies(signer -> assertThat(signer.certificate())
                .isEqualTo(m.signer().certificate()));
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void changedContent_isDigestMismatch(Keys generation) {
        Material m = material(generation);
        byte[] cms = Cms.signDetached(m.signer(), CONTENT);
        byte[] changed = CONTENT.clone();
        changed[changed.length - 1] ^= 1;

        assertThat(codes(m.verifier().verifyDetached(cms, changed))).containsExactly(Code.DIGEST_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void signedWithAnotherKey_thanTheCertificatesOne_isSignatureInvalid(Keys generation) {
        Material m = material(generation);
        NcaSigner impostor = new NcaSigner() {
            @Override
            public X509Certificate certificate() {
                return m.coSigner().certificate();
            }

            @Override
            public List<X509Certificate> chain() {
                return m.coSigner().chain();
            }

            @Override
            public KeyAlgorithm algorithm() {
                return m.coSigner().algorithm();
            }

            @Override
            public byte[] sign(byte[] data) {
                return m.signer().sign(data);
            }
        };

        assertThat(codes(m.verifier().verifyDetached(Cms.signDetached(impostor, CONTENT), CONTENT)))
                .containsExactly(Code.SIGNATURE_INVALID);
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void verifiedAfterTheCertificateExpired_isExpired(Keys generation) {
        Material m = material(generation);
        byte[] cms = Cms.signDetached(m.signer(), CONTENT);
        Instant dayAfter = m.signer().certificate().getNotAfter().toInstant().plus(Duration.ofDays(1));

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(m.anchors())
                .validationTime(dayAfter)
                .build()
                .verifyDetached(cms, CONTENT);

        assertThat(codes(report)).containsExactly(Code.EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void revokedSigner_isRevoked_withTheReasonTheCaGave(Keys generation) {
        Material m = material(generation);
        assumeTrue(m.revoked() != null, "the NCA's test material has no CRL listing a " + generation + " key");
        byte[] cms = Cms.signDetached(m.revoked(), CONTENT);
        CmsVerifier checkingRevocation = CmsVerifier.builder()
                .trustAnchors(m.anchors())
                .validationTime(m.at())
                .revocationSource(m.revocations())
                .build();

        VerificationReport report = checkingRevocation.verifyDetached(cms, CONTENT);

        assertThat(codes(report)).containsExactly(Code.REVOKED);
        assertThat(report.signers().get(0).revocation())
                .hasValueSatisfying(status -> assertThat(status).isInstanceOf(RevocationStatus.Revoked.class));
        VerificationReport good = checkingRevocation.verifyDetached(Cms.signDetached(m.signer(), CONTENT), CONTENT);
        assertThat(good.problems()).isEmpty();
        assertThat(good.signers().get(0).revocation())
                .hasValueSatisfying(status -> assertThat(status).isInstanceOf(RevocationStatus.Good.class));
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void anchoredInOtherRoots_isUntrusted(Keys generation) {
        Material m = material(generation);
        CmsVerifier foreign = CmsVerifier.builder()
                .trustAnchors(m.foreignAnchors())
                .validationTime(m.at())
                .build();

        assertThat(codes(foreign.verifyDetached(Cms.signDetached(m.signer(), CONTENT), CONTENT)))
                .containsExactly(Code.UNTRUSTED_CHAIN);
    }

    @ParameterizedTest
    @EnumSource(Keys.class)
    void authenticationOnlyKey_usedToSign_isWrongPurpose(Keys generation) {
        Material m = material(generation);
        assumeTrue(
                m.authenticationOnly() != null,
                "the NCA's test material has no authentication-only " + generation + " key");
        assertThat(m.authenticationOnly().profile().purposes()).containsExactly(KeyPurpose.AUTHENTICATION);

        VerificationReport report =
                m.verifier().verifyDetached(Cms.signDetached(m.authenticationOnly(), CONTENT), CONTENT);

        assertThat(codes(report)).containsExactly(Code.WRONG_PURPOSE);
    }

    private static List<Code> codes(VerificationReport report) {
        return report.problems().stream().map(VerificationProblem::code).toList();
    }

    private static byte[] signerInfo(byte[] cms, int index) throws Exception {
        SignedData sd = SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
        return sd.getSignerInfos().getObjectAt(index).toASN1Primitive().getEncoded("DER");
    }
}
