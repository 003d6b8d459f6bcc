package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class XmlDsigTest {
    private static final Instant LEGACY_TIME = Instant.parse("2020-10-01T00:00:00Z");
    private static final Instant GOST2022_TIME = Instant.parse("2026-09-01T00:00:00Z");
    private static final String FORM = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<claim xmlns=\"urn:officesud:claim\" xmlns:p=\"urn:officesud:party\" xml:lang=\"ru\">\n"
            + "  <!-- a comment -->\n"
            + "  <court code=\"7517\">Специализированный межрайонный экономический суд</court>\n"
            + "  <p:plaintiff iin=\"123456789011\" note=\"a &amp; b &lt; c\">ТЕСТОВ ТЕСТ</p:plaintiff>\n"
            + "  <amount currency=\"KZT\">150000.00</amount>\n"
            + "</claim>\n";

    private static TestNca nca;
    private static NcaKey key;
    private static CmsVerifier verifier;

    @BeforeAll
    static void issue() {
        nca = TestNca.generate();
        key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        verifier = CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build();
    }

    static Stream<Path> kalkanXml() throws IOException {
        Path legacy = SharedTestData.nca("legacy-rsa-gost2004");
        try (Stream<Path> files = Files.walk(legacy)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("kalkanXml")
    void kalkanXml_verifiesAgainstTheTestCas(Path file) throws IOException {
        VerificationReport report = legacyVerifier().verifyXml(Files.readAllBytes(file));

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signers()).hasSize(1);
        assertThat(report.signers().get(0).testAnchor()).isTrue();
        assertThat(report.signers().get(0).profile().iin()).contains(Iin.ofUnverified("123456789011"));
    }

    @ParameterizedTest
    @MethodSource("kalkanXml")
    void kalkanXml_withChangedText_isDigestMismatch(Path file) throws IOException {
        String xml = Files.readString(file).replace("<name>NCANode</name>", "<name>NCANodf</name>");

        VerificationReport report = legacyVerifier().verifyXml(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.DIGEST_MISMATCH);
    }

    @Test
    void kalkanXml_legacyKeys_signAndVerify_rsaAndGost2004() throws IOException {
        for (Path p12 : kalkanXml()
                .map(p -> Path.of(p.toString().replace(".xml", ".p12")))
                .toList()) {
            try (NcaKeyStore store = NcaKeyStore.open(p12, SharedTestData.PASSWORD)) {
                NcaKey legacy = store.keys().get(0);
                byte[] signed = XmlDsig.signEnveloped(legacy, FORM.getBytes(StandardCharsets.UTF_8));

                VerificationReport report = legacyVerifier().verifyXml(signed);

                assertThat(report.problems()).as(p12.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void ncaGost2015Key_signsXml_verifiesToTheNcaTestRoot_withTheKazakhUris() {
        Path p12 = SharedTestData.nca("ncanode-go/individual/valid/individual_valid.p12");
        try (NcaKeyStore store = NcaKeyStore.open(p12, SharedTestData.PASSWORD)) {
            byte[] signed = XmlDsig.signEnveloped(store.keys().get(0), FORM.getBytes(StandardCharsets.UTF_8));

            VerificationReport report = CmsVerifier.builder()
                    .trustAnchors(TrustAnchors.fromFiles(
                                    SharedTestData.nca("ncanode-go/root_test_gost_2022.cer"),
                                    SharedTestData.nca("ncanode-go/nca_gost2022_test.cer"))
                            .asTest())
                    .validationTime(GOST2022_TIME)
                    .build()
                    .verifyXml(signed);

            assertThat(report.problems()).isEmpty();
            assertThat(new String(signed, StandardCharsets.UTF_8))
                    .contains(
                            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512",
                            "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512");
        }
    }

    @Test
    void sign_thenVerify_withNamespacesCommentsAndEscapes_isValid() {
        byte[] signed = XmlDsig.signEnveloped(key, FORM.getBytes(StandardCharsets.UTF_8));

        VerificationReport report = verifier.verifyXml(signed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signers().get(0).path()).containsExactly(key.certificate(), nca.intermediate(), nca.root());
        String text = new String(signed, StandardCharsets.UTF_8);
        assertThat(text).contains("<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">");
        assertThat(text).contains("Специализированный межрайонный экономический суд");
    }

    @Test
    void signedXml_withChangedAttribute_isDigestMismatch() {
        String signed =
                new String(XmlDsig.signEnveloped(key, FORM.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        VerificationReport report =
                verifier.verifyXml(signed.replace("150000.00", "950000.00").getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.DIGEST_MISMATCH);
    }

    @Test
    void signedXml_withChangedSignedInfo_isSignatureInvalid() {
        String signed =
                new String(XmlDsig.signEnveloped(key, FORM.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        // a different (but consistent) reference: same digest, another transform order is another SignedInfo
        String tampered = signed.replace("<ds:Reference URI=\"\">", "<ds:Reference URI=\"\" Id=\"x\">");

        assertThat(verifier.verifyXml(tampered.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.SIGNATURE_INVALID);
    }

    @Test
    void fragmentReference_isNotAccepted_againstSignatureWrapping() {
        String signed =
                new String(XmlDsig.signEnveloped(key, FORM.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        String fragment = signed.replace("<ds:Reference URI=\"\">", "<ds:Reference URI=\"#c\">")
                .replace("<court code=", "<court Id=\"c\" code=");

        assertThat(verifier.verifyXml(fragment.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(VerificationProblem::code)
                .contains(Code.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void signedXml_withAnotherCertificateInKeyInfo_isSignatureInvalid() throws Exception {
        NcaKey other = nca.issueIndividual(Iin.ofUnverified("123456789012"), "БАСҚА", "АДАМ", "");
        String signed =
                new String(XmlDsig.signEnveloped(key, FORM.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        String mine = java.util.Base64.getMimeEncoder(76, new byte[] {'\n'})
                .encodeToString(key.certificate().getEncoded());
        String theirs = java.util.Base64.getMimeEncoder(76, new byte[] {'\n'})
                .encodeToString(other.certificate().getEncoded());

        VerificationReport report =
                verifier.verifyXml(signed.replace(mine, theirs).getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.SIGNATURE_INVALID);
    }

    @Test
    void keyInfoWithoutTheCertificate_namesWhatItHolds_insteadOfACertificateMissing() {
        String signed =
                new String(XmlDsig.signEnveloped(key, FORM.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        String keyName = signed.replaceAll("(?s)<ds:X509Data>.*</ds:X509Data>", "<ds:KeyName>ТЕСТОВ ТЕСТ</ds:KeyName>");
        String issuerSerial = signed.replaceAll(
                "(?s)<ds:X509Certificate>.*</ds:X509Certificate>",
                "<ds:X509IssuerSerial><ds:X509IssuerName>"
                        + key.certificate().getIssuerX500Principal().getName()
                        + "</ds:X509IssuerName><ds:X509SerialNumber>"
                        + key.certificate().getSerialNumber() + "</ds:X509SerialNumber></ds:X509IssuerSerial>");

        VerificationReport byName = verifier.verifyXml(keyName.getBytes(StandardCharsets.UTF_8));
        VerificationReport bySerial = verifier.verifyXml(issuerSerial.getBytes(StandardCharsets.UTF_8));

        assertThat(byName.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.UNSUPPORTED_ALGORITHM);
            assertThat(p.message()).contains("KeyName");
        });
        assertThat(bySerial.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.SIGNER_CERTIFICATE_MISSING);
            assertThat(p.message()).contains("X509IssuerSerial");
        });
    }

    @Test
    void twoSigners_eachEnveloped_bothVerify() {
        NcaKey second = nca.issueIndividual(Iin.ofUnverified("123456789012"), "ЕКІНШІ", "ҚОЛ", "ҚОЮШЫ");
        byte[] once = XmlDsig.signEnveloped(key, FORM.getBytes(StandardCharsets.UTF_8));
        byte[] twice = XmlDsig.signEnveloped(second, once);

        VerificationReport report = verifier.verifyXml(twice);

        // an enveloped signature covers the whole document but itself, so a signature appended later changes
        // what the first one covers (as with Kalkan): co-sign XML by signing the unsigned document separately
        assertThat(report.signers()).hasSize(2);
        assertThat(report.signers().get(1).valid()).isTrue();
        assertThat(report.signers().get(0).valid()).isFalse();
    }

    @Test
    void verify_whenRevoked_isRevoked() {
        NcaKey revoked = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        byte[] signed = XmlDsig.signEnveloped(revoked, FORM.getBytes(StandardCharsets.UTF_8));
        nca.revoke(revoked.certificate(), RevocationReason.CERTIFICATE_HOLD);

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .revocationSource(nca.crlSource())
                .build()
                .verifyXml(signed);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOKED);
    }

    @Test
    void xxe_isRefused_neitherSignedNorVerified() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        String bomb =
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><r>&b;</r>";

        assertThat(verifier.verifyXml(xxe.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.MALFORMED);
        assertThatThrownBy(() -> XmlDsig.signEnveloped(key, xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SigningException.class)
                .hasMessageNotContaining("root:");
        assertThatThrownBy(() -> XmlDsig.signEnveloped(key, bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SigningException.class);
    }

    @Test
    void badInput_givesProblems_notExceptions() {
        assertThat(verifier.verifyXml("not xml".getBytes(StandardCharsets.UTF_8))
                        .has(Code.MALFORMED))
                .isTrue();
        assertThat(verifier.verifyXml("<r/>".getBytes(StandardCharsets.UTF_8)).has(Code.NO_SIGNER))
                .isTrue();
        String broken = "<r><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo/>"
                + "<ds:SignatureValue>@@@</ds:SignatureValue></ds:Signature></r>";
        assertThat(verifier.verifyXml(broken.getBytes(StandardCharsets.UTF_8)).valid())
                .isFalse();
    }

    private static CmsVerifier legacyVerifier() {
        return CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/test"))
                        .asTest())
                .validationTime(LEGACY_TIME)
                .build();
    }
}
