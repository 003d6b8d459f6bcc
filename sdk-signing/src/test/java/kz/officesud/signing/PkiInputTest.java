package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import kz.officesud.signing.SignatureFormatException.Reason;
import kz.officesud.signing.revocation.Crl;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs as they arrive: DER, base64 with or without line breaks, PEM; a typed error for anything else. */
class PkiInputTest {
    private static final byte[] CONTENT = "Ходатайство".getBytes(StandardCharsets.UTF_8);
    private static TestNca nca;
    private static NcaKey key;
    private static byte[] cms;
    private static CmsVerifier verifier;

    @BeforeAll
    static void sign() {
        TestSigner signer = TestSigner.individual();
        nca = signer.nca();
        key = signer.key();
        cms = Cms.signDetached(key, CONTENT);
        verifier = signer.verifier();
    }

    static Stream<String> cmsForms() {
        return Stream.of("der", "base64", "base64-76", "base64-crlf", "base64-url", "pem-pkcs7", "pem-cms", "bom");
    }

    @ParameterizedTest
    @MethodSource("cmsForms")
    void cms_inEveryForm_readsToTheSameDer_andVerifies(String form) {
        byte[] input = encode(cms, form, "PKCS7");

        assertThat(PkiInput.cms(input)).isEqualTo(cms);
        assertThat(PkiInput.read(input)).isEqualTo(new PkiObject.SignedData(cms));
        assertThat(verifier.verifyDetached(input, CONTENT).problems()).isEmpty();
        assertThat(Cms.inspect(input).signers()).hasSize(1);
    }

    @Test
    void certificate_asDerPemOrBareBase64_andInAP7bBundle() throws CertificateEncodingException {
        byte[] der = key.certificate().getEncoded();

        for (String form : List.of("der", "base64", "base64-76", "pem-certificate")) {
            assertThat(PkiInput.certificate(encode(der, form, "CERTIFICATE")))
                    .as(form)
                    .isEqualTo(key.certificate());
            assertThat(PkiInput.read(encode(der, form, "CERTIFICATE")))
                    .isEqualTo(new PkiObject.Certificate(key.certificate()));
        }
        String bundle = pem(nca.root().getEncoded(), "CERTIFICATE")
                + pem(nca.intermediate().getEncoded(), "CERTIFICATE");
        assertThat(PkiInput.certificates(bundle.getBytes(StandardCharsets.US_ASCII)))
                .containsExactly(nca.root(), nca.intermediate());
        // a signature carries its signer's chain: a .p7b is read the same way
        assertThat(PkiInput.certificates(cms)).contains(key.certificate(), nca.intermediate());
    }

    @Test
    void crl_asDerPemOrBareBase64() {
        byte[] der = nca.crl();

        for (String form : List.of("der", "base64", "base64-76", "pem-crl")) {
            Crl crl = PkiInput.crl(encode(der, form, "X509 CRL"));
            assertThat(crl.issuer()).as(form).isEqualTo(nca.intermediate().getSubjectX500Principal());
            assertThat(Crl.parse(encode(der, form, "X509 CRL")).number()).isPresent();
            assertThat(PkiInput.read(encode(der, form, "X509 CRL"))).isInstanceOf(PkiObject.RevocationList.class);
        }
    }

    @Test
    void anythingElse_isATypedFormatError_neverABouncyCastleException() throws CertificateEncodingException {
        byte[] truncated = Arrays.copyOf(cms, cms.length / 2);

        assertReason(() -> PkiInput.read(new byte[0]), Reason.EMPTY);
        assertReason(() -> PkiInput.read(" \r\n".getBytes(StandardCharsets.US_ASCII)), Reason.EMPTY);
        assertReason(() -> PkiInput.cms("<html>oops</html>".getBytes(StandardCharsets.UTF_8)), Reason.UNKNOWN_ENCODING);
        assertReason(() -> PkiInput.cms("Подпись".getBytes(StandardCharsets.UTF_8)), Reason.UNKNOWN_ENCODING);
        assertReason(() -> PkiInput.cms(truncated), Reason.MALFORMED);
        assertReason(() -> PkiInput.cms(key.certificate().getEncoded()), Reason.UNEXPECTED_KIND);
        assertReason(() -> PkiInput.certificate(cms), Reason.UNEXPECTED_KIND);
        assertReason(() -> PkiInput.crl(key.certificate().getEncoded()), Reason.UNEXPECTED_KIND);
        assertReason(
                () -> PkiInput.read("-----BEGIN CERTIFICATE-----\nMIIB".getBytes(StandardCharsets.US_ASCII)),
                Reason.MALFORMED);
        assertThatThrownBy(() -> PkiInput.cms(key.certificate().getEncoded()))
                .hasMessage("expected a CMS signature, found a certificate");
        // the verifier says MALFORMED, as for any unreadable signature
        assertThat(verifier.verifyDetached("<html>".getBytes(StandardCharsets.UTF_8), CONTENT)
                        .has(VerificationProblem.Code.MALFORMED))
                .isTrue();
    }

    @Test
    void kalkanCmsFiles_areReadAsTheyAre_base64() throws IOException {
        Path file = SharedTestData.nca(
                "legacy-rsa-gost2004/organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cms");
        byte[] asWritten = Files.readAllBytes(file);

        assertThat(asWritten[0]).as("Kalkan's .cms files are base64 text").isEqualTo((byte) 'M');
        assertThat(PkiInput.read(asWritten)).isInstanceOf(PkiObject.SignedData.class);
        assertThat(Cms.inspect(asWritten).attached()).isTrue();
    }

    @Test
    void trustAnchors_fromABareBase64CertificateFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("root.cer");
        Files.write(file, encode(nca.root().getEncoded(), "base64-76", "CERTIFICATE"));
        Path bundle = dir.resolve("chain.pem");
        Files.writeString(bundle, pem(nca.intermediate().getEncoded(), "CERTIFICATE"));

        TrustAnchors anchors = TrustAnchors.fromDirectory(dir);

        assertThat(anchors.roots()).containsExactly(nca.root());
        assertThat(anchors.intermediates()).containsExactly(nca.intermediate());
    }

    private static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SignatureFormatException.class, e -> assertThat(e.reason())
                .isEqualTo(reason));
    }

    /** The DER in one of the forms it arrives in. */
    static byte[] encode(byte[] der, String form, String label) {
        String text =
                switch (form) {
                    case "der" -> null;
                    case "base64" -> Base64.getEncoder().encodeToString(der);
                    case "base64-76" ->
                        Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(der) + "\n";
                    case "base64-crlf" -> "  " + Base64.getMimeEncoder().encodeToString(der) + "\r\n";
                    case "base64-url" -> Base64.getUrlEncoder().withoutPadding().encodeToString(der);
                    case "pem-pkcs7", "pem-certificate", "pem-crl" -> pem(der, label);
                    case "pem-cms" -> pem(der, "CMS");
                    case "bom" -> "\uFEFF" + Base64.getEncoder().encodeToString(der);
                    default -> throw new IllegalArgumentException(form);
                };
        return text == null ? der : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String pem(byte[] der, String label) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
