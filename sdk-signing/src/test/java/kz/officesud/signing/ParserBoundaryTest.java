package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.ParserFault;
import kz.officesud.signing.testnca.TestNca;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.api.Test;

/**
 * The boundary of each entry point that reads untrusted bytes: an unchecked exception a parser throws on them (the
 * kinds the fuzzers found: Bouncy Castle's {@code IllegalStateException} for a BIT STRING that is not octet-aligned
 * or a tag of the wrong class, {@code ArrayIndexOutOfBoundsException}, {@code ArithmeticException} from a key's
 * numbers) becomes the entry point's typed answer, the exception kept as the cause of a {@link ParserFault}; a null
 * argument is still a {@link NullPointerException}, and a caller's stream that fails is still the caller's failure.
 * The inputs are the fuzzers' findings kept in the targets' {@code Inputs} folders (byte 0 picks the target's
 * check; the rest is the input).
 */
class ParserBoundaryTest {
    private static final CmsVerifier VERIFIER = FuzzFixture.VERIFIER;

    /** A detached CMS whose signer is named by an issuer whose RDN Bouncy Castle cannot list (AIOOBE). */
    private static final String CMS_UNLISTABLE_NAME =
            "CmsVerifierFuzzTestInputs/verify/crash-1e7d81c688768490c5cf10cb4d0fc0fb435eda3a";
    /** A detached CMS with a CA certificate whose signature is a BIT STRING that is not octet-aligned. */
    private static final String CMS_UNALIGNED_SIGNATURE =
            "CmsVerifierFuzzTestInputs/verify/crash-293126d80c28b518847132ffd374760edd262f5d";
    /** A detached CMS whose signature timestamp's TSA chain holds a GOST key that is not octet-aligned. */
    private static final String CMS_TIMESTAMP_UNALIGNED_KEY =
            "CmsVerifierFuzzTestInputs/verify/crash-8f5a2207c1bdf6976c4b1d550b1656bdd64e10ff";
    /** An enveloped XMLDSig document with a CA certificate whose signature is not octet-aligned. */
    private static final String XML_UNALIGNED_SIGNATURE =
            "XmlSignatureFuzzTestInputs/verify/crash-bb9eed4c2b27e89591acaccaad50c743726a8b5d";
    /** A WS-Security message with a CA certificate whose signature is not octet-aligned. */
    private static final String SOAP_UNALIGNED_SIGNATURE =
            "XmlSignatureFuzzTestInputs/verify/crash-21fcf05dd6ba6b163f0570241af881d3dd36276d";
    /** A PKCS#12 file whose RSA key's modulus is not positive. */
    private static final String P12_MODULUS_NOT_POSITIVE =
            "NcaKeyStoreFuzzTestInputs/open/crash-f80830415d65ddaf5cb53a9eb9fbf6ac59efb160";

    @Test
    void verifyDetached_parserThrows_malformedReportKeepsTheCause() {
        VerificationReport report = VERIFIER.verifyDetached(input(CMS_UNALIGNED_SIGNATURE), FuzzFixture.CONTENT);

        assertMalformed(report, "the signature", IllegalStateException.class);
        assertThat(report.fault().orElseThrow().getCause()).hasMessageContaining("non-octet aligned");
    }

    @Test
    void verifyDetached_aSignerWhoseIssuerNameCannotBeListed_isReportedAsASigner_notAFault() {
        VerificationReport report = VERIFIER.verifyDetached(input(CMS_UNLISTABLE_NAME), FuzzFixture.CONTENT);

        assertThat(report.fault()).isEmpty();
        assertThat(report.valid()).isFalse();
        assertThat(report.signers()).isNotEmpty();
    }

    @Test
    void verifyDetached_faultInsideASignatureTimestamp_answersForTheWholeSignature() {
        VerificationReport report = VERIFIER.verifyDetached(input(CMS_TIMESTAMP_UNALIGNED_KEY), FuzzFixture.CONTENT);

        assertMalformed(report, "the signature", IllegalStateException.class);
    }

    @Test
    void verifyAttached_parserThrows_malformedReport() throws IOException {
        byte[] attached = attached(input(CMS_UNALIGNED_SIGNATURE), FuzzFixture.CONTENT);

        assertMalformed(VERIFIER.verifyAttached(attached), "the signature", IllegalStateException.class);
    }

    @Test
    void verifyTimestamp_parserThrows_malformedReport() throws IOException {
        // the signature's timestamp token, carrying the certificates of the CMS around it (the TSA's chain with
        // the key that is not octet-aligned)
        byte[] cms = input(CMS_TIMESTAMP_UNALIGNED_KEY);
        byte[] token = withCertificatesOf(firstTimestampToken(cms), cms);

        assertMalformed(VERIFIER.verifyTimestamp(token, null), "the timestamp token", IllegalStateException.class);
    }

    @Test
    void verifyXml_parserThrows_malformedReport() {
        assertMalformed(
                VERIFIER.verifyXml(input(XML_UNALIGNED_SIGNATURE)), "the signed XML", IllegalStateException.class);
    }

    @Test
    void verifyWsSecurity_parserThrows_malformedReport() {
        VerificationReport report = VERIFIER.verifyWsSecurity(input(SOAP_UNALIGNED_SIGNATURE));

        assertMalformed(report, "the SOAP message", IllegalStateException.class);
    }

    @Test
    void orThrow_ofABoundarysReport_chainsTheFault() {
        VerificationReport report = VERIFIER.verifyDetached(input(CMS_UNALIGNED_SIGNATURE), FuzzFixture.CONTENT);

        assertThatThrownBy(report::orThrow)
                .isInstanceOf(SignatureVerificationException.class)
                .cause()
                .isSameAs(report.fault().orElseThrow())
                .cause()
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void inspect_aSignerWhoseIssuerNameCannotBeListed_readsWithTheNameAsItsDer() {
        assertThat(Cms.inspect(input(CMS_UNLISTABLE_NAME)).toString()).contains("#30");
    }

    @Test
    void sign_keysArithmeticThrows_signingExceptionKeepsTheCause() {
        byte[] file = input(P12_MODULUS_NOT_POSITIVE);
        try (NcaKeyStore store = NcaKeyStore.open(
                new ByteArrayInputStream(file), NcaKeyStoreFuzzTest.PASSWORD.toCharArray(), "damaged.p12")) {
            NcaKey key = store.keys().get(0);

            SigningException e = catchThrowableOfType(() -> key.sign(FuzzFixture.CONTENT), SigningException.class);

            assertThat(e).isExactlyInstanceOf(SigningException.class);
            assertThat(e.getMessage())
                    .contains("cannot sign")
                    .contains(ArithmeticException.class.getName())
                    .doesNotContain(NcaKeyStoreFuzzTest.PASSWORD)
                    .doesNotContain("modulus");
            assertThat(e.getCause()).isInstanceOf(ParserFault.class);
            assertThat(e.getCause().getCause())
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("modulus not positive");
        }
    }

    @Test
    void unsignedAttributeThatIsNoAttribute_isTheSignersInvalidTimestamp_notAFault() throws IOException {
        // what the 5-minute run's boundary caught in TimestampChecks (a ClassCastException in Attribute's
        // constructor), now a check of its own: a SEQUENCE that does not start with an OID among the unsigned
        // attributes
        TestNca nca = TestNca.generate();
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        byte[] cms = withUnsignedAttributes(
                Cms.signDetached(key, FuzzFixture.CONTENT),
                new DERSet(new DERSequence(new ASN1Encodable[] {new ASN1Integer(1), new DERSet()})));

        VerificationReport report =
                CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build().verifyDetached(cms, FuzzFixture.CONTENT);

        assertThat(report.fault()).isEmpty();
        assertThat(report.signers()).hasSize(1);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.TIMESTAMP_INVALID);
            assertThat(problem.signerIndex()).isZero();
        });
    }

    @Test
    void signerInfoShorterThanASignerInfo_isAMalformedCms_notAFault() throws IOException {
        // what the second run's boundary caught in Timestamp.parse (Bouncy Castle's SignerInfo reads a SEQUENCE
        // element by element: NoSuchElementException), now the CMS reader's own refusal
        TestNca nca = TestNca.generate();
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        // SignedData's own constructor reads its signer infos, so the short one goes in as ASN.1
        ASN1Sequence signedData = ASN1Sequence.getInstance(
                signedData(Cms.signDetached(key, FuzzFixture.CONTENT)).toASN1Primitive());
        ASN1EncodableVector elements = new ASN1EncodableVector();
        for (int i = 0; i < signedData.size() - 1; i++) {
            elements.add(signedData.getObjectAt(i));
        }
        elements.add(new DERSet(
                new DERSequence(new ASN1Encodable[] {new ASN1Integer(3), new DEROctetString(new byte[20])})));
        byte[] cms = new DERSequence(new ASN1Encodable[] {
                    CMSObjectIdentifiers.signedData, new DERTaggedObject(true, 0, new DERSequence(elements))
                })
                .getEncoded(ASN1Encoding.DER);

        SignatureFormatException e = catchThrowableOfType(() -> PkiInput.cms(cms), SignatureFormatException.class);

        assertThat(e.reason()).isEqualTo(SignatureFormatException.Reason.MALFORMED);
        assertThat(e).hasMessage("a signer info cannot be read");
        assertThat(ParserFault.in(e)).isEmpty();
        assertThat(VERIFIER.verifyDetached(cms, FuzzFixture.CONTENT).fault()).isEmpty();
    }

    @Test
    void nullArguments_stayNullPointerExceptions() {
        assertThatThrownBy(() -> VERIFIER.verifyDetached(null, FuzzFixture.CONTENT))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VERIFIER.verifyAttached(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VERIFIER.verifyTimestamp(null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VERIFIER.verifyXml(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VERIFIER.verifyWsSecurity(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PkiInput.read(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PkiInput.certificates(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Cms.inspect(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Timestamp.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> NcaKeyStore.open(null, new char[0], "x.p12")).isInstanceOf(NullPointerException.class);
        try (NcaKeyStore store = NcaKeyStore.open(
                new ByteArrayInputStream(input(P12_MODULUS_NOT_POSITIVE)),
                NcaKeyStoreFuzzTest.PASSWORD.toCharArray(),
                "damaged.p12")) {
            assertThatThrownBy(() -> store.keys().get(0).sign(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void callersContentStreamFails_isAFailureToReadTheContent_notAMalformedSignature() {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new UncheckedIOException(new IOException("the caller's disk"));
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return read();
            }
        };
        byte[] cms = input(CMS_UNALIGNED_SIGNATURE);

        assertThatThrownBy(() -> VERIFIER.verifyDetached(cms, failing))
                .isExactlyInstanceOf(SigningException.class)
                .hasMessage("cannot read the signed content")
                .cause()
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void parserFault_namesWhatWasThrownAndWhere_neverItsMessage() {
        IllegalStateException thrown = new IllegalStateException("quotes the input: ИИН 123456789012");

        ParserFault fault = ParserFault.of("PkiInput.read", thrown);

        assertThat(fault.getMessage())
                .isEqualTo("PkiInput.read: java.lang.IllegalStateException in "
                        + getClass().getName())
                .doesNotContain("123456789012");
        assertThat(fault.describe("the certificate")).doesNotContain("123456789012");
        assertThat(fault.getCause()).isSameAs(thrown);
        assertThat(ParserFault.in(new SignatureFormatException(SignatureFormatException.Reason.MALFORMED, "x", fault)))
                .containsSame(fault);
        assertThat(ParserFault.in(new IllegalStateException(thrown))).isEmpty();
    }

    @Test
    void parserFault_letsTheSdksOwnAnswersThrough() {
        SignatureFormatException typed = new SignatureFormatException(SignatureFormatException.Reason.EMPTY, "empty");

        assertThatThrownBy(() -> ParserFault.of("PkiInput.read", typed)).isSameAs(typed);
    }

    private static void assertMalformed(
            VerificationReport report, String what, Class<? extends RuntimeException> thrown) {
        assertThat(report.valid()).isFalse();
        assertThat(report.signers()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.MALFORMED);
            assertThat(problem.message()).startsWith(what + " cannot be read").contains(thrown.getName());
            assertThat(problem.title(Locale.forLanguageTag("kk")))
                    .isEqualTo(Code.MALFORMED.title(Locale.forLanguageTag("kk")));
        });
        RuntimeException fault = report.fault().orElseThrow();
        assertThat(fault).isInstanceOf(ParserFault.class);
        assertThat(fault.getCause()).isInstanceOf(thrown);
    }

    /** The input of a kept finding: its bytes after the first, which picks the target's check. */
    static byte[] input(String resource) {
        try (InputStream in = ParserBoundaryTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            byte[] all = in.readAllBytes();
            return Arrays.copyOfRange(all, 1, all.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detached CMS as an attached one carrying {@code content} (its signers and certificates as they were). */
    private static byte[] attached(byte[] detached, byte[] content) throws IOException {
        SignedData signedData = SignedData.getInstance(
                ContentInfo.getInstance(ASN1Primitive.fromByteArray(detached)).getContent());
        SignedData withContent = new SignedData(
                signedData.getDigestAlgorithms(),
                new ContentInfo(CMSObjectIdentifiers.data, new DEROctetString(content)),
                signedData.getCertificates(),
                signedData.getCRLs(),
                signedData.getSignerInfos());
        return new ContentInfo(CMSObjectIdentifiers.signedData, withContent).getEncoded(ASN1Encoding.DER);
    }

    /** {@code cms} with its first signer's unsigned attributes replaced by {@code unsigned}. */
    private static byte[] withUnsignedAttributes(byte[] cms, ASN1Set unsigned) throws IOException {
        SignedData signedData = signedData(cms);
        SignerInfo signer = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
        SignerInfo changed = new SignerInfo(
                signer.getSID(),
                signer.getDigestAlgorithm(),
                signer.getAuthenticatedAttributes(),
                signer.getDigestEncryptionAlgorithm(),
                signer.getEncryptedDigest(),
                unsigned);
        SignedData withUnsigned = new SignedData(
                signedData.getDigestAlgorithms(),
                signedData.getEncapContentInfo(),
                signedData.getCertificates(),
                signedData.getCRLs(),
                new DERSet(changed));
        return new ContentInfo(CMSObjectIdentifiers.signedData, withUnsigned).getEncoded(ASN1Encoding.DER);
    }

    /** {@code cms} carrying {@code other}'s certificates too. */
    private static byte[] withCertificatesOf(byte[] cms, byte[] other) throws IOException {
        SignedData signedData = signedData(cms);
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        for (ASN1Set set :
                List.of(signedData.getCertificates(), signedData(other).getCertificates())) {
            set.forEach(certificates::add);
        }
        SignedData withCertificates = new SignedData(
                signedData.getDigestAlgorithms(),
                signedData.getEncapContentInfo(),
                new DERSet(certificates),
                signedData.getCRLs(),
                signedData.getSignerInfos());
        return new ContentInfo(CMSObjectIdentifiers.signedData, withCertificates).getEncoded(ASN1Encoding.DER);
    }

    private static SignedData signedData(byte[] cms) throws IOException {
        return SignedData.getInstance(
                ContentInfo.getInstance(ASN1Primitive.fromByteArray(cms)).getContent());
    }

    /** The first signer's signature timestamp token. */
    private static byte[] firstTimestampToken(byte[] cms) throws IOException {
        SignedData signedData = SignedData.getInstance(
                ContentInfo.getInstance(ASN1Primitive.fromByteArray(cms)).getContent());
        SignerInfo signer = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
        Attribute attribute = new AttributeTable(signer.getUnauthenticatedAttributes())
                .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        ASN1Encodable token = attribute.getAttrValues().getObjectAt(0);
        return token.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    }
}
