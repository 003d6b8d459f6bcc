package kz.officesud.signing.testnca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;
import kz.officesud.signing.Timestamp;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.internal.VerificationKey;
import kz.officesud.signing.revocation.Crl;
import kz.officesud.signing.revocation.CrlSource;
import kz.officesud.signing.revocation.OcspClient;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationStatus;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TimeStampReq;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEInputDecryptorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The test NCA in each of the NCA's key generations: certificates, CMS, PKCS#12, OCSP, CRLs and
 * timestamps all of that generation, and all accepted by the SDK's own readers and verifiers. One test NCA
 * and one user key per generation are shared (RSA keys take a while to make); tests that revoke issue
 * their own keys.
 */
class TestNcaGenerationsTest {
    private static final char[] PASSWORD = "Qwerty12".toCharArray();
    private static final Iin IIN = Iin.ofUnverified("123456789011");
    private static final byte[] CONTENT = "Исковое заявление".getBytes(StandardCharsets.UTF_8);

    private static final Map<KeyAlgorithm, TestNca> NCAS = new EnumMap<>(KeyAlgorithm.class);
    private static final Map<KeyAlgorithm, NcaKey> USERS = new EnumMap<>(KeyAlgorithm.class);

    @BeforeAll
    static void generate() {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            TestNca nca = TestNca.generate(algorithm);
            NCAS.put(algorithm, nca);
            USERS.put(algorithm, nca.issueIndividual(IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ"));
        }
    }

    /** The signature algorithm OIDs the NCA writes, spelled out (not read back from {@link KeyAlgorithm}). */
    private static String signatureOid(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2015_512 -> "1.2.398.3.10.1.1.2.3.2";
            case GOST_2004 -> "1.2.398.3.10.1.1.1.2";
            case RSA -> "1.2.840.113549.1.1.11";
        };
    }

    private static String keyOid(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2015_512 -> "1.2.398.3.10.1.1.2.2";
            case GOST_2004 -> "1.2.398.3.10.1.1.1.1";
            case RSA -> "1.2.840.113549.1.1.1";
        };
    }

    private static String digestOid(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2015_512 -> "1.2.398.3.10.1.3.3";
            case GOST_2004 -> "1.2.398.3.10.1.3.1";
            case RSA -> "2.16.840.1.101.3.4.2.1";
        };
    }

    private static String tsaPolicy(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2015_512 -> "1.2.398.3.3.2.6.4";
            case GOST_2004 -> "1.2.398.3.3.2.6.1";
            case RSA -> "1.2.398.3.3.2.6.2";
        };
    }

    private static String nameLabel(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2015_512 -> "(GOST) TEST";
            case GOST_2004 -> "(GOST 2004) TEST";
            case RSA -> "(RSA) TEST";
        };
    }

    private static CmsVerifier verifier(TestNca nca, RevocationPolicy revocation) {
        return CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .revocation(revocation)
                .build();
    }

    private static boolean signedBy(X509Certificate subject, X509Certificate issuer) throws Exception {
        var algorithm = Certificate.getInstance(subject.getEncoded()).getSignatureAlgorithm();
        return VerificationKey.of(issuer).verify(algorithm, subject.getTBSCertificate(), subject.getSignature());
    }

    private static AlgorithmIdentifier publicKeyAlgorithm(X509Certificate certificate) throws Exception {
        return Certificate.getInstance(certificate.getEncoded())
                .getSubjectPublicKeyInfo()
                .getAlgorithm();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void everyCertificate_isOfTheGeneration_andTheNamesSayIt(KeyAlgorithm algorithm) throws Exception {
        TestNca nca = NCAS.get(algorithm);
        NcaKey user = USERS.get(algorithm);
        List<X509Certificate> all =
                List.of(nca.root(), nca.intermediate(), nca.ocspResponder(), nca.tsa(), user.certificate());

        assertThat(nca.algorithm()).isEqualTo(algorithm);
        assertThat(user.algorithm()).isEqualTo(algorithm);
        assertThat(all).allSatisfy(c -> {
            assertThat(c.getSigAlgOID()).isEqualTo(signatureOid(algorithm));
            assertThat(publicKeyAlgorithm(c).getAlgorithm().getId()).isEqualTo(keyOid(algorithm));
        });
        assertThat(signedBy(nca.root(), nca.root())).isTrue();
        assertThat(signedBy(nca.intermediate(), nca.root())).isTrue();
        for (X509Certificate issued : all.subList(2, all.size())) {
            assertThat(signedBy(issued, nca.intermediate())).isTrue();
            assertThat(signedBy(issued, nca.root())).isFalse();
        }
        assertThat(CertificateProfile.of(nca.root()).commonName())
                .isEqualTo("OFFICESUD НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ " + nameLabel(algorithm));
        assertThat(CertificateProfile.of(nca.intermediate()).commonName())
                .isEqualTo("OFFICESUD ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ " + nameLabel(algorithm));
        assertThat(user.profile().issuer())
                .isEqualTo("CN=OFFICESUD ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ " + nameLabel(algorithm) + ",C=KZ");
        assertThat(user.profile().testNca()).isTrue();
        assertThat(nca.trustAnchors().isTest(nca.root())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void publicKeys_areWrittenAsTheNcaWritesThem(KeyAlgorithm algorithm) throws Exception {
        X509Certificate certificate = USERS.get(algorithm).certificate();
        AlgorithmIdentifier keyAlgorithm = publicKeyAlgorithm(certificate);
        ASN1Primitive key = Certificate.getInstance(certificate.getEncoded())
                .getSubjectPublicKeyInfo()
                .parsePublicKey();

        switch (algorithm) {
            case GOST_2015_512 -> {
                assertThat(keyAlgorithm.getParameters())
                        .isEqualTo(sequence("1.2.398.3.10.1.1.2.2.1", "1.2.398.3.10.1.3.3"));
                assertThat(ASN1OctetString.getInstance(key).getOctets()).hasSize(128);
            }
            case GOST_2004 -> {
                assertThat(keyAlgorithm.getParameters())
                        .isEqualTo(sequence("1.2.398.3.10.1.1.1.1.1", "1.2.398.3.10.1.3.1.1.0"));
                assertThat(ASN1OctetString.getInstance(key).getOctets()).hasSize(64);
            }
            case RSA -> {
                assertThat(keyAlgorithm.getParameters()).isEqualTo(DERNull.INSTANCE);
                var rsa = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(key);
                assertThat(rsa.getModulus().bitLength()).isEqualTo(2048);
                assertThat(rsa.getPublicExponent()).isEqualTo(BigInteger.valueOf(65537));
            }
        }
    }

    private static ASN1Sequence sequence(String... oids) {
        ASN1Encodable[] items = new ASN1Encodable[oids.length];
        for (int i = 0; i < oids.length; i++) {
            items[i] = new ASN1ObjectIdentifier(oids[i]);
        }
        return new org.bouncycastle.asn1.DERSequence(items);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void cmsDetached_verifiesAgainstTheTrustAnchors_andNotOverOtherContent(KeyAlgorithm algorithm) throws IOException {
        TestNca nca = NCAS.get(algorithm);
        NcaKey user = USERS.get(algorithm);
        byte[] cms = Cms.signDetached(user, CONTENT);

        VerificationReport report = verifier(nca, RevocationPolicy.offline()).verifyDetached(cms, CONTENT);
        VerificationReport other = verifier(nca, RevocationPolicy.offline())
                .verifyDetached(cms, "Другое".getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signers()).singleElement().satisfies(s -> {
            assertThat(s.certificate()).isEqualTo(user.certificate());
            assertThat(s.path()).containsExactly(user.certificate(), nca.intermediate(), nca.root());
            assertThat(s.testAnchor()).isTrue();
        });
        SignerInfo signerInfo = signerInfo(cms);
        assertThat(signerInfo.getDigestEncryptionAlgorithm().getAlgorithm().getId())
                .isEqualTo(signatureOid(algorithm));
        assertThat(signerInfo.getDigestAlgorithm().getAlgorithm().getId()).isEqualTo(digestOid(algorithm));
        assertThat(other.problems()).extracting(VerificationProblem::code).containsExactly(Code.DIGEST_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void toPkcs12_opensWithNcaKeyStore_keepingAlgorithmAndProfile_withThePrivateKeyAsTheNcaWritesIt(
            KeyAlgorithm algorithm) throws Exception {
        TestNca nca = NCAS.get(algorithm);
        NcaKey user = USERS.get(algorithm);
        byte[] p12 = nca.toPkcs12(user, PASSWORD);

        try (NcaKeyStore store = NcaKeyStore.open(new ByteArrayInputStream(p12), PASSWORD, "user.p12")) {
            NcaKey read = store.signingKey();
            assertThat(read.algorithm()).isEqualTo(algorithm);
            assertThat(read.profile()).isEqualTo(user.profile());
            assertThat(read.certificate()).isEqualTo(user.certificate());
            assertThat(read.alias()).isEqualTo(user.alias());
            byte[] cms = Cms.signDetached(read, CONTENT);
            assertThat(verifier(nca, RevocationPolicy.offline())
                            .verifyDetached(cms, CONTENT)
                            .problems())
                    .isEmpty();
        }

        PrivateKeyInfo info = privateKeyInfo(p12);
        assertThat(info.getPrivateKeyAlgorithm().getAlgorithm().getId()).isEqualTo(keyOid(algorithm));
        ASN1Primitive privateKey = info.parsePrivateKey().toASN1Primitive();
        switch (algorithm) {
            case GOST_2015_512 ->
                assertThat(privateKey).isInstanceOfSatisfying(ASN1OctetString.class, o -> assertThat(o.getOctets())
                        .hasSize(64));
            case GOST_2004 ->
                assertThat(privateKey).isInstanceOfSatisfying(ASN1Integer.class, i -> assertThat(
                                i.getPositiveValue().signum())
                        .isPositive());
            case RSA ->
                assertThat(RSAPrivateKey.getInstance(privateKey).getModulus().bitLength())
                        .isEqualTo(2048);
        }
    }

    /** The key bag of an NCA-format PKCS#12 file, decrypted. */
    private static PrivateKeyInfo privateKeyInfo(byte[] p12) throws Exception {
        PKCS12PfxPdu pfx = new PKCS12PfxPdu(p12);
        List<PrivateKeyInfo> keys = new ArrayList<>();
        for (var contentInfo : pfx.getContentInfos()) {
            if (contentInfo.getContentType().equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.data)) {
                for (PKCS12SafeBag bag : new PKCS12SafeBagFactory(contentInfo).getSafeBags()) {
                    if (bag.getBagValue() instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                        keys.add(encrypted.decryptPrivateKeyInfo(
                                new BcPKCS12PBEInputDecryptorProviderBuilder().build(PASSWORD)));
                    }
                }
            }
        }
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void ocsp_good_thenRevoked_inResponsesSignedInTheGeneration(KeyAlgorithm algorithm) throws IOException {
        TestNca nca = NCAS.get(algorithm);
        NcaKey key = nca.issueIndividual(IIN, "ОТОЗВАН", "OCSP", "ТЕСТОВИЧ");
        AtomicReference<byte[]> last = new AtomicReference<>();
        OcspClient ocsp = OcspClient.builder()
                .responder(URI.create("http://test-nca.invalid/ocsp"))
                .transport(transport("application/ocsp-request", request -> {
                    last.set(nca.ocspResponse(request));
                    return last.get();
                }))
                .build();

        RevocationStatus good = ocsp.status(key.certificate(), nca.intermediate(), Instant.now());
        nca.revoke(key.certificate(), RevocationReason.KEY_COMPROMISE);
        RevocationStatus revoked = ocsp.status(key.certificate(), nca.intermediate(), Instant.now());
        VerificationReport report =
                verifier(nca, RevocationPolicy.of(ocsp)).verifyDetached(Cms.signDetached(key, CONTENT), CONTENT);

        assertThat(good).as(good.toString()).isInstanceOf(RevocationStatus.Good.class);
        assertThat(revoked).as(revoked.toString()).isInstanceOfSatisfying(RevocationStatus.Revoked.class, r -> {
            assertThat(r.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        });
        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOKED);
        BasicOCSPResponse basic =
                BasicOCSPResponse.getInstance(ASN1Primitive.fromByteArray(OCSPResponse.getInstance(last.get())
                        .getResponseBytes()
                        .getResponse()
                        .getOctets()));
        assertThat(basic.getSignatureAlgorithm().getAlgorithm().getId()).isEqualTo(signatureOid(algorithm));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void crl_fullAndDelta_inTheGeneration_revokeThenRelease(KeyAlgorithm algorithm) {
        TestNca nca = NCAS.get(algorithm);
        NcaKey key = nca.issueIndividual(IIN, "ОТОЗВАН", "CRL", "ТЕСТОВИЧ");
        byte[] cms = Cms.signDetached(key, CONTENT);
        nca.revoke(key.certificate(), RevocationReason.CERTIFICATE_HOLD);

        VerificationReport revoked =
                verifier(nca, RevocationPolicy.crlOnly(nca.crlSource())).verifyDetached(cms, CONTENT);
        byte[] fullDer = nca.crl();
        Crl full = Crl.parse(fullDer);
        nca.release(key.certificate());
        byte[] deltaDer = nca.deltaCrl(full.number().orElseThrow());
        Crl delta = Crl.parse(deltaDer);
        VerificationReport released =
                verifier(nca, RevocationPolicy.crlOnly(nca.crlSource())).verifyDetached(cms, CONTENT);

        assertThat(revoked.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOKED);
        assertThat(full.signedBy(nca.intermediate())).isTrue();
        assertThat(full.signedBy(nca.root())).isFalse();
        assertThat(full.find(key.certificate().getSerialNumber()))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(RevocationReason.CERTIFICATE_HOLD));
        assertThat(delta.isDelta()).isTrue();
        assertThat(delta.signedBy(nca.intermediate())).isTrue();
        assertThat(CrlSource.of(full).status(key.certificate(), nca.intermediate(), Instant.now()))
                .isInstanceOf(RevocationStatus.Revoked.class);
        assertThat(CrlSource.of(full, delta).status(key.certificate(), nca.intermediate(), Instant.now()))
                .isInstanceOf(RevocationStatus.Good.class);
        assertThat(released.problems()).isEmpty();
        for (byte[] der : List.of(fullDer, deltaDer)) {
            assertThat(CertificateList.getInstance(der)
                            .getSignatureAlgorithm()
                            .getAlgorithm()
                            .getId())
                    .isEqualTo(signatureOid(algorithm));
        }
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void cadesT_fromTheGenerationsTsa_verifies_underTheGenerationsPolicy(KeyAlgorithm algorithm) throws IOException {
        TestNca nca = NCAS.get(algorithm);
        CmsVerifier verifier = verifier(nca, RevocationPolicy.offline());
        TsaClient tsa = TsaClient.builder()
                .uri(URI.create("http://tsa.invalid/"))
                .transport(transport("application/timestamp-query", nca::timestampResponse))
                .verifier(verifier)
                .build();

        byte[] cadesT = Cms.addTimestamp(Cms.signDetached(USERS.get(algorithm), CONTENT), tsa);
        VerificationReport report = verifier.verifyDetached(cadesT, CONTENT);

        assertThat(report.problems()).as(report.toString()).isEmpty();
        Timestamp timestamp = report.signers().get(0).timestamp().orElseThrow();
        assertThat(timestamp.policy()).isEqualTo(tsaPolicy(algorithm));
        assertThat(timestamp.digestOid()).isEqualTo(digestOid(algorithm));
        assertThat(timestamp.time())
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        SignerInfo tsaSigner = signerInfo(timestamp.token());
        assertThat(tsaSigner.getDigestEncryptionAlgorithm().getAlgorithm().getId())
                .isEqualTo(signatureOid(algorithm));
        assertThat(tsaSigner.getDigestAlgorithm().getAlgorithm().getId()).isEqualTo(digestOid(algorithm));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void timestampRequest_withoutPolicy_getsTheGenerationsPolicy(KeyAlgorithm algorithm) throws IOException {
        TestNca nca = NCAS.get(algorithm);
        byte[] imprint = new byte[32];
        TimeStampReq request = new TimeStampReq(
                new MessageImprint(
                        new AlgorithmIdentifier(new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.1"), DERNull.INSTANCE),
                        imprint),
                null,
                new ASN1Integer(42),
                org.bouncycastle.asn1.ASN1Boolean.TRUE,
                null);

        TimeStampResp response = TimeStampResp.getInstance(nca.timestampResponse(request.getEncoded(ASN1Encoding.DER)));
        byte[] token = response.getTimeStampToken().getEncoded(ASN1Encoding.DER);

        assertThat(response.getStatus().getStatus().intValue()).isZero();
        assertThat(Timestamp.parse(token).policy()).isEqualTo(tsaPolicy(algorithm));
        assertThat(verifier(nca, RevocationPolicy.offline())
                        .verifyTimestamp(token, null)
                        .problems())
                .isEmpty();
        assertThat(TsaClient.ncaPolicy(algorithm)).isEqualTo(tsaPolicy(algorithm));
    }

    private static SignerInfo signerInfo(byte[] cms) {
        SignedData signedData =
                SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
        assertThat(signedData.getSignerInfos().size()).isEqualTo(1);
        return SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
    }

    interface Responder {
        byte[] respond(byte[] request) throws IOException;
    }

    /** POSTs of {@code contentType} go to a function; nothing leaves the process. */
    private static HttpTransport transport(String contentType, Responder responder) {
        return new HttpTransport() {
            @Override
            public byte[] get(URI uri) throws IOException {
                throw new IOException("no GET here");
            }

            @Override
            public byte[] post(URI uri, String type, byte[] body) throws IOException {
                assertThat(type).isEqualTo(contentType);
                return responder.respond(body);
            }
        };
    }
}
