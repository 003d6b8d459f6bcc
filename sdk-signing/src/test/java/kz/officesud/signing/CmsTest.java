package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.testnca.TestNca;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CmsTest {
    private static final byte[] CONTENT = "Исковое заявление / Талап арыз".getBytes(StandardCharsets.UTF_8);
    private static TestNca nca;
    private static NcaKey key;
    private static CmsVerifier verifier;

    @BeforeAll
    static void issue() {
        nca = TestNca.generate();
        key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        verifier = CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build();
    }

    @Test
    void detached_signedAndVerified_isValidAndNamesTheSigner() {
        Instant signingTime = Instant.parse("2026-11-23T10:15:30Z");
        byte[] cms = Cms.signDetached(key, new ByteArrayInputStream(CONTENT), signingTime);

        VerificationReport report = verifier.verifyDetached(cms, CONTENT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signers()).hasSize(1);
        SignerReport signer = report.signers().get(0);
        assertThat(signer.profile().iin()).contains(Iin.ofUnverified("123456789011"));
        assertThat(signer.signingTime()).contains(signingTime);
        assertThat(signer.testAnchor()).isTrue();
        assertThat(signer.path()).containsExactly(key.certificate(), nca.intermediate(), nca.root());
        assertThat(report.content()).isEmpty();
    }

    @Test
    void detached_carriesKalkansSignedAttributesInKalkansOrder() throws Exception {
        byte[] cms = Cms.signDetached(key, CONTENT);
        SignedData signedData =
                SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
        SignerInfo signer = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
        List<String> types = new ArrayList<>();
        for (ASN1Encodable a : signer.getAuthenticatedAttributes()) {
            types.add(Attribute.getInstance(a).getAttrType().getId());
        }
        // contentType, signingTime, signingCertificateV2, messageDigest (DER sorts the SET by encoding)
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "1.2.840.113549.1.9.3",
                        "1.2.840.113549.1.9.5",
                        "1.2.840.113549.1.9.16.2.47",
                        "1.2.840.113549.1.9.4");
        assertThat(signedData.getVersion().intValueExact()).isEqualTo(1);
        assertThat(signedData.getEncapContentInfo().getContent()).isNull();
        assertThat(signer.getDigestAlgorithm().getAlgorithm())
                .isEqualTo(new ASN1ObjectIdentifier("1.2.398.3.10.1.3.3"));
        assertThat(signer.getDigestEncryptionAlgorithm().getAlgorithm())
                .isEqualTo(new ASN1ObjectIdentifier("1.2.398.3.10.1.1.2.3.2"));
    }

    @Test
    void detached_overChangedContent_isDigestMismatch() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        byte[] changed = CONTENT.clone();
        changed[3] ^= 1;

        VerificationReport report = verifier.verifyDetached(cms, changed);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.DIGEST_MISMATCH);
        assertThat(report.signers().get(0).valid()).isFalse();
    }

    @Test
    void detached_withAlteredSignatureValue_isSignatureInvalid() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        cms[cms.length - 5] ^= 0x10; // inside the signature value, the last field of the structure

        VerificationReport report = verifier.verifyDetached(cms, CONTENT);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.SIGNATURE_INVALID);
    }

    @Test
    void detached_fromAnotherNca_isUntrusted() {
        TestNca other = TestNca.generate();
        NcaKey stranger = other.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        byte[] cms = Cms.signDetached(stranger, CONTENT);

        VerificationReport report = verifier.verifyDetached(cms, CONTENT);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.UNTRUSTED_CHAIN);
        assertThat(report.signers().get(0).path()).isEmpty();
    }

    @Test
    void detached_withNoTrustAnchors_isUntrusted() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        VerificationReport report = CmsVerifier.builder().build().verifyDetached(cms, CONTENT);
        assertThat(report.has(Code.UNTRUSTED_CHAIN)).isTrue();
    }

    @Test
    void detached_verifiedAfterTheCertificateExpired_isExpired() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        Instant later = key.certificate().getNotAfter().toInstant().plus(Duration.ofDays(1));

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .validationTime(later)
                .build()
                .verifyDetached(cms, CONTENT);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.EXPIRED);
    }

    @Test
    void detached_verifiedBeforeTheCertificateBegins_isNotYetValid() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        Instant earlier = key.certificate().getNotBefore().toInstant().minusSeconds(1);

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .validationTime(earlier)
                .build()
                .verifyDetached(cms, CONTENT);

        assertThat(report.has(Code.NOT_YET_VALID)).isTrue();
    }

    @Test
    void authenticationKey_whenSigningIsRequired_isWrongPurpose() {
        NcaKey auth = nca.request()
                .iin(Iin.ofUnverified("123456789011"))
                .surname("ТЕСТОВ")
                .givenName("ТЕСТ")
                .authenticationOnly()
                .issue();
        byte[] cms = Cms.signDetached(auth, CONTENT);

        CmsVerifier strict = CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .requirePurpose(KeyPurpose.SIGNING)
                .build();

        assertThat(strict.verifyDetached(cms, CONTENT).problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.WRONG_PURPOSE);
        assertThat(verifier.verifyDetached(cms, CONTENT).valid()).isTrue();
    }

    @Test
    void attached_roundTrip_returnsTheContent() {
        byte[] cms = Cms.signAttached(key, CONTENT);

        VerificationReport report = verifier.verifyAttached(cms);

        assertThat(report.valid()).isTrue();
        assertThat(report.content()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONTENT));
    }

    @Test
    void attached_givenAsDetached_isRefusedAsMalformed() {
        byte[] cms = Cms.signAttached(key, CONTENT);
        assertThat(verifier.verifyDetached(cms, CONTENT).problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.MALFORMED);
    }

    @Test
    void detached_givenAsAttached_isContentMissing() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        assertThat(verifier.verifyAttached(cms).problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.CONTENT_MISSING);
    }

    @Test
    void garbage_isMalformed_neverAnException() {
        byte[] random = new byte[300];
        new SecureRandom().nextBytes(random);
        for (byte[] bad : List.of(
                new byte[0],
                new byte[] {0x30},
                new byte[] {0x30, (byte) 0x84, 0x7f, 0, 0, 0},
                random,
                "MIIB".getBytes(StandardCharsets.US_ASCII))) {
            VerificationReport report = verifier.verifyDetached(bad, CONTENT);
            assertThat(report.valid()).isFalse();
            assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.MALFORMED);
        }
    }

    @Test
    void truncatedSignature_isMalformed() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        byte[] truncated = java.util.Arrays.copyOf(cms, cms.length - 20);
        assertThat(verifier.verifyDetached(truncated, CONTENT).has(Code.MALFORMED))
                .isTrue();
    }

    @Test
    void orThrow_onInvalid_listsTheProblems() {
        byte[] cms = Cms.signDetached(key, CONTENT);
        VerificationReport report = verifier.verifyDetached(cms, "другое".getBytes(StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(report::orThrow)
                .isInstanceOf(SignatureVerificationException.class)
                .hasMessageContaining("DIGEST_MISMATCH");
    }

    @Test
    void largeContent_isStreamed() {
        // 24 MiB produced on the fly: the signer and the verifier read it in blocks
        long size = 24L << 20;
        byte[] cms = Cms.signDetached(key, new RepeatingStream(size));
        assertThat(verifier.verifyDetached(cms, new RepeatingStream(size)).valid())
                .isTrue();
        assertThat(verifier.verifyDetached(cms, new RepeatingStream(size - 1)).has(Code.DIGEST_MISMATCH))
                .isTrue();
    }

    /** A stream of {@code size} bytes (0..250 repeating) that never exists in memory as a whole. */
    static final class RepeatingStream extends java.io.InputStream {
        private long remaining;

        RepeatingStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            return (int) (--remaining % 251);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) (--remaining % 251);
            }
            return n;
        }
    }
}
