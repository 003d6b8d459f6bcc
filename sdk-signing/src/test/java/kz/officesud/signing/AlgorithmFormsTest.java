package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.GostAlgorithm;
import kz.officesud.signing.internal.KeyAccess;
import kz.officesud.signing.internal.KzOids;
import kz.officesud.signing.internal.NcaContentSigner;
import kz.officesud.signing.internal.Randomness;
import kz.officesud.signing.internal.SigningKey;
import kz.officesud.signing.testnca.TestNca;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every algorithm-identifier form the NCA's tools write in a CMS signer: the GOST signature OIDs, the key
 * OIDs Kalkan writes as signature algorithm (GOST 34.310-2004), the TC26 and CryptoPro forms in the RFC byte
 * order, GOST R 34.10-2015 256-bit, and RSA as sha256WithRSA, rsaEncryption, sha1WithRSA and sha512WithRSA.
 * A signer's signature algorithm is outside its signed attributes: changing the OID keeps the value valid.
 */
class AlgorithmFormsTest {
    private static final byte[] CONTENT = "Апелляциялық шағым".getBytes(StandardCharsets.UTF_8);
    private static final Path KALKAN_GOST2004 =
            Path.of("legacy-rsa-gost2004/organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cms");
    private static final Path KALKAN_RSA =
            Path.of("legacy-rsa-gost2004/personal/active/RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.cms");

    private static TestNca rsa;
    private static NcaKey rsaKey;

    @BeforeAll
    static void issue() {
        rsa = TestSigner.rsaIndividual().nca();
        rsaKey = TestSigner.rsaIndividual().key();
    }

    @Test
    void kalkanGost2004Cms_withTheKeyOidAsSignatureAlgorithm_verifies() throws IOException {
        // The base64 file as Kalkan wrote it, taken as it is.
        byte[] kalkan = Files.readAllBytes(SharedTestData.nca(KALKAN_GOST2004.toString()));
        byte[] keyOidForm = withSignatureAlgorithm(PkiInput.cms(kalkan), KzOids.GOST_2004_KEY, false);

        VerificationReport report = SharedTestData.legacyVerifier().verifyAttached(keyOidForm);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        CmsInfo.Signer signer = Cms.inspect(keyOidForm).signers().get(0);
        assertThat(signer.signatureAlgorithm())
                .isEqualTo(new Algorithm("1.2.398.3.10.1.1.1.1", "GOST 34.310-2004 key (Kazakh OID)"));
        assertThat(signer.digestAlgorithm().oid()).isEqualTo("1.2.398.3.10.1.3.1");
    }

    @Test
    void kalkanRsaCms_withRsaEncryptionAsSignatureAlgorithm_verifies() throws IOException {
        byte[] kalkan = PkiInput.cms(Files.readAllBytes(SharedTestData.nca(KALKAN_RSA.toString())));

        VerificationReport report = SharedTestData.legacyVerifier()
                .verifyAttached(withSignatureAlgorithm(kalkan, PKCSObjectIdentifiers.rsaEncryption, false));

        assertThat(report.problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"GOST_2015_512", "GOST_2004"})
    void gostSigner_inEachForm_verifies_andTheWrongByteOrderDoesNot(KeyAlgorithm generation) {
        TestNca nca = TestNca.generate(generation);
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        CmsVerifier verifier =
                CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build();
        byte[] cms = Cms.signDetached(key, CONTENT);
        GostAlgorithm gost =
                generation == KeyAlgorithm.GOST_2004 ? GostAlgorithm.GOST_2004 : GostAlgorithm.GOST_2015_512;
        ASN1ObjectIdentifier tc26Signature = generation == KeyAlgorithm.GOST_2004
                ? CryptoProObjectIdentifiers.gostR3411_94_with_gostR3410_2001
                : RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512;
        ASN1ObjectIdentifier tc26Key = generation == KeyAlgorithm.GOST_2004
                ? CryptoProObjectIdentifiers.gostR3410_2001
                : RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512;

        assertThat(verifier.verifyDetached(withSignatureAlgorithm(cms, gost.keyOid(), false), CONTENT)
                        .problems())
                .as("Kazakh key OID, NCA byte order")
                .isEmpty();
        assertThat(verifier.verifyDetached(withSignatureAlgorithm(cms, tc26Signature, true), CONTENT)
                        .problems())
                .as("TC26 / CryptoPro signature OID, RFC byte order")
                .isEmpty();
        assertThat(verifier.verifyDetached(withSignatureAlgorithm(cms, tc26Key, true), CONTENT)
                        .problems())
                .as("TC26 / CryptoPro key OID (RFC 4490 / RFC 9337), RFC byte order")
                .isEmpty();
        assertThat(verifier.verifyDetached(withSignatureAlgorithm(cms, gost.keyOid(), true), CONTENT)
                        .problems())
                .extracting(VerificationProblem::code)
                .as("a Kazakh OID says NCA byte order")
                .containsExactly(Code.SIGNATURE_INVALID);
    }

    @Test
    void gost2004Signature_underTheOtherGenerationsKeyOid_isUnsupported() {
        TestNca nca = TestNca.generate(KeyAlgorithm.GOST_2004);
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        byte[] cms = withSignatureAlgorithm(Cms.signDetached(key, CONTENT), KzOids.GOST_2015_512_KEY, false);

        VerificationReport report =
                CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build().verifyDetached(cms, CONTENT);

        assertThat(report.problems()).extracting(VerificationProblem::code).containsExactly(Code.UNSUPPORTED_ALGORITHM);
        assertThat(report.problems().get(0).message()).contains("1.2.398.3.10.1.1.2.2");
    }

    @Test
    void rsaSigner_asRsaEncryption_sha1WithRsa_andSha512WithRsa_verifies() throws Exception {
        CmsVerifier verifier =
                CmsVerifier.builder().trustAnchors(rsa.trustAnchors()).build();
        byte[] sha256 = Cms.signDetached(rsaKey, CONTENT);

        byte[] rsaEncryption = withSignatureAlgorithm(sha256, PKCSObjectIdentifiers.rsaEncryption, false);
        byte[] sha1 =
                rsaCms(OIWObjectIdentifiers.idSHA1, PKCSObjectIdentifiers.sha1WithRSAEncryption, new SHA1Digest());
        byte[] sha512 = rsaCms(
                NISTObjectIdentifiers.id_sha512, PKCSObjectIdentifiers.sha512WithRSAEncryption, new SHA512Digest());

        assertThat(verifier.verifyDetached(rsaEncryption, CONTENT).problems()).isEmpty();
        assertThat(verifier.verifyDetached(sha1, CONTENT).problems()).isEmpty();
        assertThat(verifier.verifyDetached(sha512, CONTENT).problems()).isEmpty();
        assertThat(Cms.inspect(sha1).signers().get(0).signatureAlgorithm().name())
                .isEqualTo("sha1WithRSAEncryption");
        // the digest named by rsaEncryption is the signer's: another one does not verify
        byte[] wrongDigest = withSignatureAlgorithm(sha1, PKCSObjectIdentifiers.sha256WithRSAEncryption, false);
        assertThat(verifier.verifyDetached(wrongDigest, CONTENT).has(Code.SIGNATURE_INVALID))
                .isTrue();
    }

    /**
     * GOST R 34.10-2015 256-bit, which the NCA names but issues to no one: a certificate and a CMS under the
     * Kazakh OIDs verify, and the same signature reversed is GOST R 34.10-2012-256 for Bouncy Castle's own
     * provider (an implementation apart from ours).
     */
    @Test
    void gost2015_256_underKazakhOids_verifies_andIsTheStandardAlgorithm() throws Exception {
        GostAlgorithm gost = GostAlgorithm.GOST_2015_256;
        AsymmetricCipherKeyPair pair = gost.generateKeyPair(Randomness.secureRandom());
        SigningKey key = new SigningKey.Gost(gost, (ECPrivateKeyParameters) pair.getPrivate());
        SubjectPublicKeyInfo spki = gost.publicKeyInfo((ECPublicKeyParameters) pair.getPublic());
        X500Name name = new X500Name("CN=OFFICESUD GOST 2015 256 TEST,C=KZ");
        Instant now = Instant.now();
        X509Certificate certificate = certificate(new X509v3CertificateBuilder(
                        name,
                        BigInteger.TEN,
                        Date.from(now.minusSeconds(60)),
                        Date.from(now.plusSeconds(3600)),
                        name,
                        spki)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .build(NcaContentSigner.of(key))
                .getEncoded());
        assertThat(certificate.getSigAlgOID()).isEqualTo("1.2.398.3.10.1.1.2.3.1");

        ASN1Set attributes = signedAttributes(KzOids.STREEBOG_256, now);
        byte[] value = key.sign(attributes.getEncoded(ASN1Encoding.DER));
        byte[] cms = cms(certificate, KzOids.STREEBOG_256, attributes, KzOids.GOST_2015_256_SIGNATURE, value);

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.of(List.of(certificate), List.of()))
                .build()
                .verifyDetached(cms, CONTENT);
        assertThat(report.problems()).isEmpty();
        assertThat(Cms.inspect(cms).signers().get(0).signatureAlgorithm().name())
                .isEqualTo("GOST R 34.10-2015 256-bit with Streebog-256 (Kazakh OID)");

        SubjectPublicKeyInfo tc26 = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(
                        RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
                        new GOST3410PublicKeyAlgParameters(
                                RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
                                RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256)),
                DEROctetString.getInstance(spki.parsePublicKey()));
        PublicKey jca = KeyFactory.getInstance("ECGOST3410-2012", new BouncyCastleProvider())
                .generatePublic(new X509EncodedKeySpec(tc26.getEncoded()));
        Signature standard =
                Signature.getInstance("GOST3411-2012-256WITHECGOST3410-2012-256", new BouncyCastleProvider());
        standard.initVerify(jca);
        standard.update(attributes.getEncoded(ASN1Encoding.DER));
        assertThat(standard.verify(Arrays.reverse(value))).isTrue();
    }

    /** The NCA test TSA's token (GOST 34.310-2004) with its signer's key OID as signature algorithm. */
    @Test
    void timestampToken_withTheKeyOidAsSignatureAlgorithm_verifies() throws IOException {
        byte[] token = Files.readAllBytes(SharedTestData.nca("samples/ocsp-tsp-samples/tsp_token.bin"));
        byte[] keyOidForm = withSignatureAlgorithm(token, KzOids.GOST_2004_KEY, false);

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(SharedTestData.nca("ca-certs/test"))
                        .asTest())
                .build()
                .verifyTimestamp(keyOidForm, null);

        assertThat(report.problems()).isEmpty();
        assertThat(Timestamp.parse(keyOidForm).time()).isEqualTo(Instant.parse("2022-09-18T13:20:14Z"));
    }

    /** XMLDSig RSA with SHA-1, under the W3C URIs and under the xmldsig-more names Kalkan's table gives them. */
    @Test
    void xmlRsaSha1_underBothNames_verifies() {
        NcaSigner sha1 = new NcaSigner() {
            @Override
            public X509Certificate certificate() {
                return rsaKey.certificate();
            }

            @Override
            public KeyAlgorithm algorithm() {
                return KeyAlgorithm.RSA;
            }

            @Override
            public byte[] sign(byte[] data) {
                RSADigestSigner signer = new RSADigestSigner(new SHA1Digest());
                signer.init(true, ((SigningKey.Rsa) KeyAccess.bridge().signingKey(rsaKey)).key());
                signer.update(data, 0, data.length);
                try {
                    return signer.generateSignature();
                } catch (org.bouncycastle.crypto.CryptoException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        String soap = WsSecuritySigner.envelope("<m xmlns=\"urn:m\">Қолтаңба</m>");
        CmsVerifier verifier =
                CmsVerifier.builder().trustAnchors(rsa.trustAnchors()).build();

        byte[] w3c = WsSecuritySigner.sign(
                soap,
                sha1,
                WsSecuritySigner.KeyForm.X509_DATA,
                "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
                "http://www.w3.org/2000/09/xmldsig#sha1",
                d -> d);
        byte[] kalkan = WsSecuritySigner.sign(
                soap,
                sha1,
                WsSecuritySigner.KeyForm.X509_DATA,
                "http://www.w3.org/2001/04/xmldsig-more#rsa-sha1",
                "http://www.w3.org/2001/04/xmldsig-more#sha1",
                d -> d);

        assertThat(verifier.verifyWsSecurity(w3c).problems()).isEmpty();
        assertThat(verifier.verifyWsSecurity(kalkan).problems()).isEmpty();
    }

    // ------------------------------------------------------------------------------------- helpers

    /** The CMS with signer 0's signature algorithm replaced (and its value reversed to the RFC byte order). */
    private static byte[] withSignatureAlgorithm(byte[] cms, ASN1ObjectIdentifier oid, boolean reverse) {
        try {
            ContentInfo info = ContentInfo.getInstance(cms);
            SignedData sd = SignedData.getInstance(info.getContent());
            SignerInfo si = SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0));
            byte[] value = si.getEncryptedDigest().getOctets();
            SignerInfo changed = new SignerInfo(
                    si.getSID(),
                    si.getDigestAlgorithm(),
                    si.getAuthenticatedAttributes(),
                    new AlgorithmIdentifier(oid, DERNull.INSTANCE),
                    new DEROctetString(reverse ? Arrays.reverse(value) : value),
                    si.getUnauthenticatedAttributes());
            SignedData replaced = new SignedData(
                    sd.getDigestAlgorithms(),
                    sd.getEncapContentInfo(),
                    sd.getCertificates(),
                    sd.getCRLs(),
                    new DLSet(changed));
            return new ContentInfo(info.getContentType(), replaced).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A detached CMS by the RSA test key with another digest than SHA-256. */
    private static byte[] rsaCms(ASN1ObjectIdentifier digestOid, ASN1ObjectIdentifier signatureOid, Digest digest)
            throws IOException {
        ASN1Set attributes = signedAttributes(digestOid, Instant.now());
        RSADigestSigner signer = new RSADigestSigner(digest);
        signer.init(true, ((SigningKey.Rsa) KeyAccess.bridge().signingKey(rsaKey)).key());
        byte[] encoded = attributes.getEncoded(ASN1Encoding.DER);
        signer.update(encoded, 0, encoded.length);
        try {
            return cms(rsaKey.certificate(), digestOid, attributes, signatureOid, signer.generateSignature());
        } catch (org.bouncycastle.crypto.CryptoException e) {
            throw new IllegalStateException(e);
        }
    }

    /** contentType, signingTime, messageDigest of {@link #CONTENT} with {@code digestOid}. */
    private static ASN1Set signedAttributes(ASN1ObjectIdentifier digestOid, Instant signingTime) {
        byte[] messageDigest = Digests.digest(Digests.create(digestOid).orElseThrow(), CONTENT);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data)));
        attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(messageDigest))));
        return new DERSet(attributes);
    }

    private static byte[] cms(
            X509Certificate certificate,
            ASN1ObjectIdentifier digestOid,
            ASN1Set attributes,
            ASN1ObjectIdentifier signatureOid,
            byte[] value)
            throws IOException {
        org.bouncycastle.asn1.x509.Certificate asn1;
        try {
            asn1 = org.bouncycastle.asn1.x509.Certificate.getInstance(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
        AlgorithmIdentifier digest = new AlgorithmIdentifier(digestOid, DERNull.INSTANCE);
        SignerInfo signerInfo = new SignerInfo(
                new SignerIdentifier(new IssuerAndSerialNumber(
                        asn1.getIssuer(), asn1.getSerialNumber().getValue())),
                digest,
                attributes,
                new AlgorithmIdentifier(signatureOid, DERNull.INSTANCE),
                new DEROctetString(value),
                null);
        SignedData sd = new SignedData(
                new DERSet(digest),
                new ContentInfo(CMSObjectIdentifiers.data, null),
                new DLSet(new ASN1Encodable[] {asn1}),
                null,
                new DLSet(signerInfo));
        return new ContentInfo(CMSObjectIdentifiers.signedData, sd).getEncoded(ASN1Encoding.DER);
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
