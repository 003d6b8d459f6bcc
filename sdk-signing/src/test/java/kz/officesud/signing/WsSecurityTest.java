package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Instant;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.WsSecuritySigner.KeyForm;
import kz.officesud.signing.internal.KeyAccess;
import kz.officesud.signing.internal.SecureXml;
import kz.officesud.signing.internal.SigningKey;
import kz.officesud.signing.testnca.TestNca;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** WS-Security: SOAP bodies signed the way Kalkan (SignWSSE) and NCANode sign them, and attacks on them. */
class WsSecurityTest {
    private static final String PAYLOAD = "<ns2:SendMessage xmlns:ns2=\"http://bip.bee.kz/SyncChannel/v10/Types\">"
            + "<request><messageId>9d1c938b</messageId><data>Исковое заявление &amp; приложения</data></request>"
            + "</ns2:SendMessage>";
    private static final String SOAP = WsSecuritySigner.envelope(PAYLOAD);

    private static TestNca nca;
    private static NcaKey key;
    private static CmsVerifier verifier;

    @BeforeAll
    static void issue() {
        TestSigner signer = TestSigner.individual();
        nca = signer.nca();
        key = signer.key();
        verifier = signer.verifier();
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyForm.class,
            names = {"KEY_IDENTIFIER", "BINARY_SECURITY_TOKEN", "X509_DATA"})
    void signedBody_verifies_andTheReportHandsBackTheBodyAsSigned(KeyForm form) throws Exception {
        byte[] signed = WsSecuritySigner.sign(SOAP, key, form);

        VerificationReport report = verifier.verifyWsSecurity(signed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signers())
                .singleElement()
                .satisfies(s -> assertThat(s.profile().iin()).contains(Iin.ofUnverified("123456789011")));
        String body = new String(report.content().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("<soap:Body").contains("Исковое заявление &amp; приложения");
        // the bytes are a well-formed element: the caller reads the message from them
        Document reparsed = SecureXml.parse(report.content().orElseThrow());
        assertThat(reparsed.getDocumentElement().getLocalName()).isEqualTo("Body");
    }

    @Test
    void changedBody_isDigestMismatch() {
        String signed = new String(WsSecuritySigner.sign(SOAP, key, KeyForm.KEY_IDENTIFIER), StandardCharsets.UTF_8);

        VerificationReport report =
                verifier.verifyWsSecurity(signed.replace("9d1c938b", "9d1c938c").getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.DIGEST_MISMATCH);
        assertThat(report.content()).isEmpty();
    }

    @Test
    void wrapping_theSignedBodyCopiedIntoTheHeader_withAFakeBody_isRefusedAsAmbiguous() {
        byte[] signed = WsSecuritySigner.sign(SOAP, key, KeyForm.BINARY_SECURITY_TOKEN, document -> {
            Element envelope = document.getDocumentElement();
            Element header = first(envelope, "Header");
            Element body = first(envelope, "Body");
            Element wrapper = document.createElementNS("urn:attacker", "a:Wrapper");
            wrapper.appendChild(body.cloneNode(true));
            header.appendChild(wrapper);
            body.getFirstChild().getFirstChild().getFirstChild().setTextContent("другое сообщение");
            return document;
        });

        VerificationReport report = verifier.verifyWsSecurity(signed);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(VerificationProblem::code).contains(Code.MALFORMED);
        assertThat(report.problems().get(0).message()).contains("ambiguous");
        assertThat(report.content()).isEmpty();
    }

    @Test
    void wrapping_theSignedIdMovedToAnotherElement_andAFakeBody_isRefused() {
        byte[] signed = WsSecuritySigner.sign(SOAP, key, KeyForm.KEY_IDENTIFIER, document -> {
            Element envelope = document.getDocumentElement();
            Element body = first(envelope, "Body");
            Element original = (Element) body.cloneNode(true);
            Element wrapper = document.createElementNS("urn:attacker", "a:Wrapper");
            Node renamed = document.renameNode(original, "urn:attacker", "a:Kept");
            wrapper.appendChild(renamed);
            first(envelope, "Header").appendChild(wrapper);
            body.removeAttributeNS(WsSecuritySigner.WSU, "Id");
            body.getFirstChild().getFirstChild().getFirstChild().setTextContent("другое сообщение");
            return document;
        });

        VerificationReport report = verifier.verifyWsSecurity(signed);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.UNSUPPORTED_ALGORITHM);
        assertThat(report.problems().get(0).message()).contains("neither the SOAP body");
        assertThat(report.content()).isEmpty();
    }

    @Test
    void twoBodies_orNoEnvelope_orNoSignature_areProblems_notExceptions() {
        String signed = new String(WsSecuritySigner.sign(SOAP, key, KeyForm.KEY_IDENTIFIER), StandardCharsets.UTF_8);
        String twoBodies = signed.replace("</soap:Envelope>", "<soap:Body/></soap:Envelope>");

        assertThat(verifier.verifyWsSecurity(twoBodies.getBytes(StandardCharsets.UTF_8))
                        .has(Code.MALFORMED))
                .isTrue();
        assertThat(verifier.verifyWsSecurity("<r/>".getBytes(StandardCharsets.UTF_8))
                        .has(Code.MALFORMED))
                .isTrue();
        assertThat(verifier.verifyWsSecurity(SOAP.getBytes(StandardCharsets.UTF_8))
                        .has(Code.NO_SIGNER))
                .isTrue();
        assertThat(verifier.verifyWsSecurity("not xml".getBytes(StandardCharsets.UTF_8))
                        .has(Code.MALFORMED))
                .isTrue();
    }

    @Test
    void certificateNamedByIssuerAndSerialOnly_saysSo_andVerifiesWhenTheCertificateIsGiven() {
        byte[] signed = WsSecuritySigner.sign(SOAP, key, KeyForm.ISSUER_SERIAL);

        VerificationReport without = verifier.verifyWsSecurity(signed);
        VerificationReport with = verifier.verifyWsSecurity(signed, List.of(key.certificate()));

        assertThat(without.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.SIGNER_CERTIFICATE_MISSING);
            assertThat(p.message()).contains("issuer and serial number", "X509IssuerSerial");
        });
        assertThat(with.problems()).isEmpty();
        assertThat(with.valid()).isTrue();
    }

    @Test
    void keyInfoInAFormTheSdkDoesNotRead_namesTheForm() {
        String signed = new String(WsSecuritySigner.sign(SOAP, key, KeyForm.X509_DATA), StandardCharsets.UTF_8);
        String keyName = signed.replaceAll("<ds:X509Data>.*</ds:X509Data>", "<ds:KeyName>ТЕСТОВ ТЕСТ</ds:KeyName>");

        VerificationReport report = verifier.verifyWsSecurity(keyName.getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.UNSUPPORTED_ALGORITHM);
            assertThat(p.message()).contains("KeyName");
        });
    }

    @Test
    void signedBody_ofAnotherNca_isUntrusted_andUnderARequiredTimestamp_isMissingOne() {
        byte[] signed = WsSecuritySigner.sign(SOAP, key, KeyForm.KEY_IDENTIFIER);

        VerificationReport untrusted = CmsVerifier.builder()
                .trustAnchors(TestNca.generate().trustAnchors())
                .build()
                .verifyWsSecurity(signed);
        VerificationReport required = CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .timestamps(TimestampPolicy.REQUIRED)
                .build()
                .verifyWsSecurity(signed);

        assertThat(untrusted.problems()).extracting(VerificationProblem::code).containsExactly(Code.UNTRUSTED_CHAIN);
        assertThat(required.problems()).extracting(VerificationProblem::code).containsExactly(Code.TIMESTAMP_MISSING);
    }

    @Test
    void gost2004Key_signsAndVerifies() {
        TestNca gost2004 = TestNca.generate(KeyAlgorithm.GOST_2004);
        NcaKey legacy = gost2004.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(gost2004.trustAnchors())
                .build()
                .verifyWsSecurity(WsSecuritySigner.sign(SOAP, legacy, KeyForm.BINARY_SECURITY_TOKEN));

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void ncaGost2015Key_signsSoap_verifiesToTheNcaTestRoot() {
        java.nio.file.Path p12 = SharedTestData.nca("ncanode-go/legal/valid/head.p12");
        try (NcaKeyStore store = NcaKeyStore.open(p12, SharedTestData.PASSWORD)) {
            byte[] signed = WsSecuritySigner.sign(SOAP, store.keys().get(0), KeyForm.KEY_IDENTIFIER);

            VerificationReport report = CmsVerifier.builder()
                    .trustAnchors(TrustAnchors.fromFiles(
                                    SharedTestData.nca("ncanode-go/root_test_gost_2022.cer"),
                                    SharedTestData.nca("ncanode-go/nca_gost2022_test.cer"))
                            .asTest())
                    .validationTime(Instant.parse("2026-09-01T00:00:00Z"))
                    .build()
                    .verifyWsSecurity(signed);

            assertThat(report.problems()).isEmpty();
            assertThat(report.signers().get(0).testAnchor()).isTrue();
        }
    }

    /** The JDK's own XMLDSig (Apache Santuario inside java.xml.crypto) and ours agree, both ways (RSA). */
    @Test
    void jdkSignedWsSecurity_verifies_andOursValidatesWithTheJdk() throws Exception {
        NcaKey rsaKey = TestSigner.rsaIndividual().key();
        PrivateKey privateKey = jcaPrivateKey(rsaKey);
        CmsVerifier rsaVerifier = TestSigner.rsaIndividual().verifier();

        // the JDK signs: exclusive C14N, a reference to the body's wsu:Id, the certificate in ds:X509Data
        Document document = SecureXml.parse(SOAP.getBytes(StandardCharsets.UTF_8));
        Element envelope = document.getDocumentElement();
        Element body = first(envelope, "Body");
        body.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WsSecuritySigner.WSU);
        body.setAttributeNS(WsSecuritySigner.WSU, "wsu:Id", "Body-1");
        Element security = document.createElementNS(WsSecuritySigner.WSSE, "wsse:Security");
        security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsse", WsSecuritySigner.WSSE);
        first(envelope, "Header").appendChild(security);
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        Reference reference = factory.newReference(
                "#Body-1",
                factory.newDigestMethod(DigestMethod.SHA256, null),
                List.of(factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null,
                null);
        SignedInfo signedInfo = factory.newSignedInfo(
                factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factory.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", null),
                List.of(reference));
        KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
        XMLSignature jdkSignature = factory.newXMLSignature(
                signedInfo, keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(rsaKey.certificate())))));
        DOMSignContext context = new DOMSignContext(privateKey, security);
        context.setIdAttributeNS(body, WsSecuritySigner.WSU, "Id");
        context.setDefaultNamespacePrefix("ds");
        jdkSignature.sign(context);

        VerificationReport report = rsaVerifier.verifyWsSecurity(SecureXml.write(document));
        assertThat(report.problems()).isEmpty();

        // we sign (the NCANode layout): the JDK validates
        byte[] ours = WsSecuritySigner.sign(SOAP, rsaKey, KeyForm.KEY_IDENTIFIER);
        Document parsed = SecureXml.parse(ours);
        Element oursBody = first(parsed.getDocumentElement(), "Body");
        Element signature = (Element)
                parsed.getElementsByTagNameNS(WsSecuritySigner.DS, "Signature").item(0);
        DOMValidateContext validate =
                new DOMValidateContext(rsaKey.certificate().getPublicKey(), signature);
        validate.setIdAttributeNS(oursBody, WsSecuritySigner.WSU, "Id");
        assertThat(factory.unmarshalXMLSignature(validate).validate(validate)).isTrue();
        assertThat(rsaVerifier.verifyWsSecurity(ours).problems()).isEmpty();
    }

    private static PrivateKey jcaPrivateKey(NcaKey key) throws Exception {
        SigningKey.Rsa rsa = (SigningKey.Rsa) KeyAccess.bridge().signingKey(key);
        RSAPrivateCrtKeyParameters p = rsa.key();
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new RSAPrivateCrtKeySpec(
                        p.getModulus(),
                        p.getPublicExponent(),
                        p.getExponent(),
                        p.getP(),
                        p.getQ(),
                        p.getDP(),
                        p.getDQ(),
                        p.getQInv()));
    }

    private static Element first(Element parent, String soapLocalName) {
        return (Element) parent.getElementsByTagNameNS(WsSecuritySigner.SOAP, soapLocalName)
                .item(0);
    }
}
