package kz.officesud.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import kz.officesud.signing.SharedTestData;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GostAlgorithmTest {
    private static final byte[] DATA = "Судебный кабинет".getBytes(StandardCharsets.UTF_8);
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @ParameterizedTest
    @CsvSource({
        "ca-certs/test/root_test_gost_2022.cer, ca-certs/test/root_test_gost_2022.cer",
        "ca-certs/test/root_test_gost_2022.cer, ca-certs/test/nca_gost2022_test.cer",
        "ca-certs/test/root_gost_test.cer, ca-certs/test/nca_gost_test.cer",
        "ca-certs/test/nca_gost_test.cer,"
                + " legacy-rsa-gost2004/organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cer",
        "ca-certs/prod/root_gost_2022.cer, ca-certs/prod/nca_gost_2022.cer",
    })
    void verify_realNcaCertificateSignatures_inNcaByteOrder(String issuerFile, String subjectFile) throws Exception {
        X509Certificate issuer = SharedTestData.certificate(issuerFile);
        X509Certificate subject = SharedTestData.certificate(subjectFile);
        VerificationKey key = VerificationKey.of(issuer);
        AlgorithmIdentifier algorithm =
                Certificate.getInstance(subject.getEncoded()).getSignatureAlgorithm();

        assertThat(key.verify(algorithm, subject.getTBSCertificate(), subject.getSignature()))
                .isTrue();
        byte[] tampered = subject.getSignature().clone();
        tampered[5] ^= 1;
        assertThat(key.verify(algorithm, subject.getTBSCertificate(), tampered)).isFalse();
        // The RFC 4491 byte order is not what the NCA writes.
        assertThat(key.verify(algorithm, subject.getTBSCertificate(), Arrays.reverse(subject.getSignature())))
                .isFalse();
    }

    @Test
    void signAndVerify_roundTrip_2015() throws Exception {
        GostAlgorithm gost = GostAlgorithm.GOST_2015_512;
        AsymmetricCipherKeyPair pair = gost.generateKeyPair(Randomness.secureRandom());
        byte[] signature = gost.sign((ECPrivateKeyParameters) pair.getPrivate(), DATA, Randomness.secureRandom());
        ECPublicKeyParameters publicKey = (ECPublicKeyParameters) pair.getPublic();
        byte[] hash = Digests.digest(gost.newDigest(), DATA);

        assertThat(signature).hasSize(128);
        assertThat(gost.verifyHash(publicKey, hash, signature, true)).isTrue();
        assertThat(gost.verifyHash(publicKey, hash, Arrays.reverse(signature), false))
                .isTrue();
        byte[] otherHash = Digests.digest(gost.newDigest(), "other".getBytes(StandardCharsets.UTF_8));
        assertThat(gost.verifyHash(publicKey, otherHash, signature, true)).isFalse();
        assertThat(gost.verifyHash(publicKey, hash, Arrays.copyOf(signature, 127), true))
                .isFalse();
    }

    @Test
    void signAndVerify_roundTrip_2004() {
        GostAlgorithm gost = GostAlgorithm.GOST_2004;
        AsymmetricCipherKeyPair pair = gost.generateKeyPair(Randomness.secureRandom());
        byte[] signature = gost.sign((ECPrivateKeyParameters) pair.getPrivate(), DATA, Randomness.secureRandom());
        byte[] hash = Digests.digest(gost.newDigest(), DATA);

        assertThat(signature).hasSize(64);
        assertThat(gost.verifyHash((ECPublicKeyParameters) pair.getPublic(), hash, signature, true))
                .isTrue();
    }

    /** The README's claim: after mapping OIDs to TC26 and reversing bytes, BC's JCA GOST-2012 agrees. */
    @Test
    void ncaSignature_reversed_isVerifiedByBouncyCastleJcaUnderTc26Oids_andViceVersa() throws Exception {
        GostAlgorithm gost = GostAlgorithm.GOST_2015_512;
        AsymmetricCipherKeyPair pair = gost.generateKeyPair(Randomness.secureRandom());
        ECPublicKeyParameters publicKey = (ECPublicKeyParameters) pair.getPublic();
        SubjectPublicKeyInfo kz = gost.publicKeyInfo(publicKey);
        SubjectPublicKeyInfo tc26 = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(
                        RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
                        new GOST3410PublicKeyAlgParameters(
                                RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA,
                                RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512)),
                new DEROctetString(
                        DEROctetString.getInstance(kz.parsePublicKey()).getOctets()));
        PublicKey jcaKey =
                KeyFactory.getInstance("ECGOST3410-2012", BC).generatePublic(new X509EncodedKeySpec(tc26.getEncoded()));

        byte[] ncaSignature = gost.sign((ECPrivateKeyParameters) pair.getPrivate(), DATA, Randomness.secureRandom());
        Signature jca = Signature.getInstance("GOST3411-2012-512WITHECGOST3410-2012-512", BC);
        jca.initVerify(jcaKey);
        jca.update(DATA);
        assertThat(jca.verify(Arrays.reverse(ncaSignature))).isTrue();

        // The TC26 OID maps to the same key; under it the RFC byte order is expected.
        VerificationKey viaTc26 = VerificationKey.of(tc26);
        AlgorithmIdentifier tc26Signature =
                new AlgorithmIdentifier(RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512);
        assertThat(viaTc26.verify(tc26Signature, DATA, Arrays.reverse(ncaSignature)))
                .isTrue();
        assertThat(VerificationKey.of(kz).verify(gost.signatureAlgorithm(), DATA, ncaSignature))
                .isTrue();
    }

    @Test
    void keys_roundTripThroughTheNcaEncodings() throws Exception {
        GostAlgorithm gost = GostAlgorithm.GOST_2015_512;
        AsymmetricCipherKeyPair pair = gost.generateKeyPair(Randomness.secureRandom());
        ECPrivateKeyParameters privateKey = (ECPrivateKeyParameters) pair.getPrivate();
        var info = gost.privateKeyInfo(privateKey);

        byte[] scalar = DEROctetString.getInstance(info.parsePrivateKey()).getOctets();
        assertThat(scalar).hasSize(64);
        assertThat(new BigInteger(1, Arrays.reverse(scalar))).isEqualTo(privateKey.getD());
        assertThat(info.getPrivateKeyAlgorithm().getAlgorithm()).isEqualTo(KzOids.GOST_2015_512_KEY);
        assertThat(gost.privateKey(info).getD()).isEqualTo(privateKey.getD());

        var spki = gost.publicKeyInfo((ECPublicKeyParameters) pair.getPublic());
        assertThat(spki.getAlgorithm().getAlgorithm()).isEqualTo(KzOids.GOST_2015_512_KEY);
        assertThat(gost.publicKey(spki).getQ()).isEqualTo(((ECPublicKeyParameters) pair.getPublic()).getQ());
        assertThat(SigningKey.of(info).verificationKey().sameKey(VerificationKey.of(spki)))
                .isTrue();
    }

    @Test
    void oidMapping_isBijective() {
        assertThat(KzOids.toInternational(KzOids.GOST_2015_512_SIGNATURE))
                .contains(RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512);
        assertThat(KzOids.toKazakh(RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512))
                .contains(KzOids.STREEBOG_512);
        assertThat(KzOids.toInternational(new org.bouncycastle.asn1.ASN1ObjectIdentifier(KzOids.EKU_CLIENT_AUTH)))
                .isEmpty();
    }

    @Test
    void contentSigner_signsCertificatesThatTheVerifierProviderAccepts() throws Exception {
        SigningKey key = SigningKey.of(
                GostAlgorithm.GOST_2015_512.privateKeyInfo((ECPrivateKeyParameters) GostAlgorithm.GOST_2015_512
                        .generateKeyPair(Randomness.secureRandom())
                        .getPrivate()));
        SubjectPublicKeyInfo spki =
                GostAlgorithm.GOST_2015_512.publicKeyInfo(((VerificationKey.Gost) key.verificationKey()).key());
        X500Name name = new X500Name("CN=TEST");
        Instant now = Instant.now();
        X509CertificateHolder holder = new X509v3CertificateBuilder(
                        name, BigInteger.ONE, Date.from(now), Date.from(now.plusSeconds(60)), name, spki)
                .build(NcaContentSigner.of(key));

        assertThat(holder.getSignatureAlgorithm().getAlgorithm()).isEqualTo(KzOids.GOST_2015_512_SIGNATURE);
        assertThat(holder.isSignatureValid(NcaContentVerifierProvider.of(holder)))
                .isTrue();
    }
}
