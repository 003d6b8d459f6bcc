package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.officesud.signing.VerificationProblem.Code;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #3's acceptance matrix, once per NCA key generation, on keys the NCA itself issued (the real test
 * material in {@code ../shared/testdata/nca}; skipped when it is absent): sign, then verify attached and
 * detached; two co-signers; a precomputed digest and the two-step form; XMLDSig; and each fault rejected with
 * its own reason (changed content, a key that is not the certificate's, expired, revoked, untrusted root, an
 * authentication-only key used to sign).
 *
 * <p>The real material does not hold every case for every generation (no CRL for the 2004 and RSA CAs, no
 * authentication-only GOST key): those cells are skipped here, with the reason, and covered for all three
 * generations by {@code OwnNcaGenerationMatrixTest} on the project's own test NCA.
 */
class GenerationMatrixTest {
    private static final byte[] CONTENT =
            "Исковое заявление о взыскании задолженности".getBytes(StandardCharsets.UTF_8);
    private static final Map<Generation, Material> MATERIAL = new EnumMap<>(Generation.class);
    private static final List<NcaKeyStore> STORES = new ArrayList<>();

    /** The NCA's key generations and the real test keys of each. */
    enum Generation {
        GOST_2015(KeyAlgorithm.GOST_2015_512) {
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
                        Instant.parse("2026-09-01T00:00:00Z"));
            }
        },
        GOST_2004(KeyAlgorithm.GOST_2004) {
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
                        Instant.parse("2020-10-01T00:00:00Z"));
            }
        },
        RSA(KeyAlgorithm.RSA) {
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
                        Instant.parse("2020-10-01T00:00:00Z"));
            }
        };

        final KeyAlgorithm algorithm;

        Generation(KeyAlgorithm algorithm) {
            this.algorithm = algorithm;
        }

        abstract Material load();

        /** The only key of a real test PKCS#12, its store kept open until the class is done. */
        static NcaKey key(String relative) {
            NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(relative), SharedTestData.PASSWORD);
            STORES.add(store);
            assertThat(store.keys()).hasSize(1);
            return store.keys().get(0);
        }
    }

    /**
     * One generation's keys: a signer and a co-signer (both signing keys), an authentication-only key and a
     * revoked key with the revocation source that knows it (when the material has them), the anchors the
     * keys chain to, and an instant inside every certificate's validity.
     */
    record Material(
            KeyAlgorithm algorithm,
            NcaKey signer,
            NcaKey coSigner,
            @Nullable NcaKey authenticationOnly,
            @Nullable NcaKey revoked,
            @Nullable RevocationSource revocations,
            TrustAnchors anchors,
            Instant at) {

        CmsVerifier verifier() {
            return CmsVerifier.builder()
                    .trustAnchors(anchors)
                    .validationTime(at)
                    .requirePurpose(KeyPurpose.SIGNING)
                    .build();
        }
    }

    static Material material(Generation generation) {
        SharedTestData.nca();
        return MATERIAL.computeIfAbsent(generation, Generation::load);
    }

    @AfterAll
    static void closeStores() {
        STORES.forEach(NcaKeyStore::close);
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void keys_areOfTheirGeneration_andForSigning(Generation generation) {
        Material m = material(generation);

        assertThat(List.of(m.signer(), m.coSigner())).allSatisfy(key -> {
            assertThat(key.algorithm()).isEqualTo(generation.algorithm);
            assertThat(key.profile().purposes()).contains(KeyPurpose.SIGNING);
            assertThat(key.profile().testNca()).isTrue();
        });
        assertThat(m.signer().certificate()).isNotEqualTo(m.coSigner().certificate());
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void detached_signedAndVerified(Generation generation) {
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
    @EnumSource(Generation.class)
    void attached_signedAndVerified_returnsTheContent(Generation generation) {
        Material m = material(generation);

        VerificationReport report = m.verifier().verifyAttached(Cms.signAttached(m.signer(), CONTENT));

        assertThat(report.problems()).isEmpty();
        assertThat(report.content())
                .hasValueSatisfying(content -> assertThat(content).isEqualTo(CONTENT));
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void twoCoSigners_bothVerify_andTheFirstSignerIsUntouched(Generation generation) throws Exception {
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
    @EnumSource(Generation.class)
    void precomputedDigest_andTheTwoStepForm_verifyAsDetached(Generation generation) {
        Material m = material(generation);

        byte[] fromDigest = Cms.signDigest(m.signer(), Cms.digest(m.algorithm(), new ByteArrayInputStream(CONTENT)));
        PreparedSignature prepared = Cms.prepareDetached(m.signer().certificate(), new ByteArrayInputStream(CONTENT));
        byte[] twoStep = prepared.complete(m.signer().sign(prepared.dataToSign()));

        assertThat(m.verifier().verifyDetached(fromDigest, CONTENT).problems()).isEmpty();
        assertThat(m.verifier().verifyDetached(twoStep, CONTENT).problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void xmlDsig_signedAndVerified(Generation generation) {
        Material m = material(generation);
        byte[] xml = "<claim court=\"7594\"><text>Прошу взыскать</text></claim>".getBytes(StandardCharsets.UTF_8);

        VerificationReport report = m.verifier().verifyXml(XmlDsig.signEnveloped(m.signer(), xml));

        assertThat(report.problems()).isEmpty();
        assertThat(report.signers()).singleElement().satisfies(signer -> assertThat(signer.certificate())
                .isEqualTo(m.signer().certificate()));
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void changedContent_isDigestMismatch(Generation generation) {
        Material m = material(generation);
        byte[] cms = Cms.signDetached(m.signer(), CONTENT);
        byte[] changed = CONTENT.clone();
        changed[changed.length - 1] ^= 1;

        assertThat(codes(m.verifier().verifyDetached(cms, changed))).containsExactly(Code.DIGEST_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void signedWithAnotherKey_thanTheCertificatesOne_isSignatureInvalid(Generation generation) {
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
    @EnumSource(Generation.class)
    void verifiedAfterTheCertificateExpired_isExpired(Generation generation) {
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
    @EnumSource(Generation.class)
    void revokedSigner_isRevoked_withTheReasonTheCaGave(Generation generation) {
        Material m = material(generation);
        assumeTrue(m.revoked() != null, "the NCA's test material has no CRL listing a " + generation + " key");
        byte[] cms = Cms.signDetached(m.revoked(), CONTENT);

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(m.anchors())
                .validationTime(m.at())
                .revocationSource(m.revocations())
                .build()
                .verifyDetached(cms, CONTENT);

        assertThat(codes(report)).containsExactly(Code.REVOKED);
        assertThat(report.signers().get(0).revocation())
                .hasValueSatisfying(status -> assertThat(status).isInstanceOf(RevocationStatus.Revoked.class));
        VerificationReport good = CmsVerifier.builder()
                .trustAnchors(m.anchors())
                .validationTime(m.at())
                .revocationSource(m.revocations())
                .build()
                .verifyDetached(Cms.signDetached(m.signer(), CONTENT), CONTENT);
        assertThat(good.problems()).isEmpty();
        assertThat(good.signers().get(0).revocation())
                .hasValueSatisfying(status -> assertThat(status).isInstanceOf(RevocationStatus.Good.class));
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void anchoredOnlyInTheProductionRoots_isUntrusted(Generation generation) {
        Material m = material(generation);
        CmsVerifier production = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/prod")))
                .validationTime(m.at())
                .build();

        assertThat(codes(production.verifyDetached(Cms.signDetached(m.signer(), CONTENT), CONTENT)))
                .containsExactly(Code.UNTRUSTED_CHAIN);
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void authenticationOnlyKey_usedToSign_isWrongPurpose(Generation generation) {
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
