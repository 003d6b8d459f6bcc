package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.CmsEncoder;
import kz.officesud.signing.testnca.TestNca;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Co-signing, signing a precomputed digest, and the two-step (prepare, complete) form. */
class CoSigningTest {
    private static final byte[] CONTENT = "Отзыв на исковое заявление".getBytes(StandardCharsets.UTF_8);
    private static TestNca nca;
    private static NcaKey first;
    private static NcaKey second;
    private static CmsVerifier verifier;

    @BeforeAll
    static void issue() {
        nca = TestNca.generate();
        first = nca.issueIndividual(Iin.ofUnverified("850304300125"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        second = nca.issueLegalEntity(
                Iin.ofUnverified("900101300123"),
                kz.officesud.core.model.Bin.ofUnverified("123456789021"),
                "АО «ТЕСТ»",
                "ДИРЕКТОРОВ",
                "ДИРЕКТОР",
                NcaRole.FIRST_HEAD);
        verifier = CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build();
    }

    private static byte[] signerInfo(byte[] cms, int index) throws Exception {
        SignedData sd = SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
        return sd.getSignerInfos().getObjectAt(index).toASN1Primitive().getEncoded("DER");
    }

    @Test
    void detached_twoCoSigners_bothVerify_andTheFirstIsUntouched() throws Exception {
        byte[] one = Cms.signDetached(first, CONTENT);

        byte[] two = Cms.addSigner(one, second, new ByteArrayInputStream(CONTENT));

        VerificationReport report = verifier.verifyDetached(two, CONTENT);
        assertThat(report.problems()).isEmpty();
        assertThat(report.signers())
                .extracting(s -> s.profile().iin().orElseThrow().value())
                .containsExactly("850304300125", "900101300123");
        assertThat(signerInfo(two, 0)).isEqualTo(signerInfo(one, 0));
    }

    @Test
    void attached_coSigned_keepsItsContent() {
        byte[] two = Cms.addSigner(Cms.signAttached(first, CONTENT), second);

        VerificationReport report = verifier.verifyAttached(two);

        assertThat(report.valid()).isTrue();
        assertThat(report.signers()).hasSize(2);
        assertThat(report.content()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONTENT));
    }

    @Test
    void coSignerOverOtherContent_isReportedForThatSignerOnly() throws Exception {
        // Made as a tool that does not check the content first would make it (Cms.addSigner refuses to).
        byte[] other = "другое".getBytes(StandardCharsets.UTF_8);
        byte[] two = CmsEncoder.addSigner(
                Cms.signDetached(first, CONTENT),
                CmsEncoder.signerInfo(
                        second,
                        Cms.digest(second.algorithm(), new ByteArrayInputStream(other)),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS)),
                second.chain());

        VerificationReport report = verifier.verifyDetached(two, CONTENT);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.DIGEST_MISMATCH);
            assertThat(p.signerIndex()).isEqualTo(1);
        });
        assertThat(report.signers().get(0).valid()).isTrue();
        assertThat(report.signers().get(1).valid()).isFalse();
    }

    @Test
    void addSigner_overOtherContent_isRefusedBeforeSigning_namingTheEarlierSigner() {
        byte[] one = Cms.signDetached(first, CONTENT);

        assertThatThrownBy(() ->
                        Cms.addSigner(one, second, new ByteArrayInputStream("другое".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        SignatureVerificationException.class,
                        e -> assertThat(e.report().problems()).singleElement().satisfies(p -> {
                            assertThat(p.code()).isEqualTo(Code.DIGEST_MISMATCH);
                            assertThat(p.signerIndex()).isZero();
                            assertThat(p.message()).contains("ТЕСТОВ ТЕСТ");
                        }))
                .hasMessageContaining("cannot co-sign");
    }

    @Test
    void addSigner_withASigningTime_writesIt_andTakesTheCmsAsBase64() {
        Instant monday = Instant.parse("2026-03-02T04:05:06Z");
        String base64 = java.util.Base64.getMimeEncoder().encodeToString(Cms.signDetached(first, CONTENT));

        byte[] two = Cms.addSigner(
                base64.getBytes(StandardCharsets.US_ASCII), second, new ByteArrayInputStream(CONTENT), monday);

        VerificationReport report = verifier.verifyDetached(two, CONTENT);
        assertThat(report.problems()).isEmpty();
        assertThat(report.signers().get(1).signingTime()).contains(monday);
        byte[] attached = Cms.addSigner(Cms.signAttached(first, CONTENT), second, monday.plusSeconds(1));
        assertThat(Cms.inspect(attached).signers().get(1).signingTime()).contains(monday.plusSeconds(1));
    }

    @Test
    void addSigner_toAnAttachedCmsWhoseContentWasChanged_isRefused() throws Exception {
        byte[] attached = Cms.signAttached(first, CONTENT);
        byte[] tampered = attached.clone();
        int at = InProcessTransport.indexOf(tampered, CONTENT);
        tampered[at] ^= 1;

        assertThatThrownBy(() -> Cms.addSigner(tampered, second))
                .isInstanceOf(SignatureVerificationException.class)
                .hasMessageContaining("DIGEST_MISMATCH");
    }

    @Test
    void addSigner_mixingAttachedAndDetached_isRefusedClearly() {
        assertThatThrownBy(() ->
                        Cms.addSigner(Cms.signAttached(first, CONTENT), second, new ByteArrayInputStream(CONTENT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carries its content");
        assertThatThrownBy(() -> Cms.addSigner(Cms.signDetached(first, CONTENT), second))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detached");
        assertThatThrownBy(() -> Cms.addSigner(new byte[] {1, 2, 3}, second))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a readable CMS");
    }

    @Test
    void signDigest_ofTheContent_verifiesOverTheContent() {
        byte[] digest = Cms.digest(first.algorithm(), new ByteArrayInputStream(CONTENT));

        byte[] cms = Cms.signDigest(first, digest);

        assertThat(verifier.verifyDetached(cms, CONTENT).valid()).isTrue();
        assertThat(digest).hasSize(64); // Streebog-512
    }

    @Test
    void signDigest_ofTheWrongLength_isRefused() {
        assertThatThrownBy(() -> Cms.signDigest(first, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64-byte digest");
    }

    @Test
    void prepareThenComplete_withTheKeysSignature_isAValidCms() {
        PreparedSignature prepared = Cms.prepareDetached(first.certificate(), new ByteArrayInputStream(CONTENT));

        byte[] cms = prepared.complete(first.sign(prepared.dataToSign()));

        VerificationReport report = verifier.verifyDetached(cms, CONTENT);
        assertThat(report.valid()).isTrue();
        assertThat(report.signers().get(0).certificate()).isEqualTo(first.certificate());
    }

    @Test
    void complete_withAnotherKeysSignature_isRefused_andNothingIsBuilt() {
        PreparedSignature prepared = Cms.prepareDetached(first.certificate(), new ByteArrayInputStream(CONTENT));

        assertThatThrownBy(() -> prepared.complete(second.sign(prepared.dataToSign())))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("does not verify");
        byte[] otherData = prepared.dataToSign();
        otherData[otherData.length - 1] ^= 1;
        assertThatThrownBy(() -> prepared.complete(first.sign(otherData))).isInstanceOf(SigningException.class);
    }
}
