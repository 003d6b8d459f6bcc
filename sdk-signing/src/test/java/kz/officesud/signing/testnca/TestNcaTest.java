package kz.officesud.signing.testnca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyException;
import kz.officesud.signing.NcaKeyStore;
import kz.officesud.signing.NcaRole;
import kz.officesud.signing.internal.KzOids;
import kz.officesud.signing.internal.VerificationKey;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestNcaTest {
    private static final char[] PASSWORD = "Qwerty12".toCharArray();
    private static final Iin IIN = Iin.ofUnverified("123456789011");
    private static final Bin BIN = Bin.ofUnverified("123456789021");
    private static TestNca nca;

    @BeforeAll
    static void generate() {
        nca = TestNca.generate();
    }

    private static boolean signedBy(X509Certificate subject, X509Certificate issuer) throws Exception {
        var algorithm = Certificate.getInstance(subject.getEncoded()).getSignatureAlgorithm();
        return VerificationKey.of(issuer).verify(algorithm, subject.getTBSCertificate(), subject.getSignature());
    }

    @Test
    void generate_makesAGost2015RootAndIntermediate_inTheNcaProfile() throws Exception {
        X509Certificate root = nca.root();
        X509Certificate intermediate = nca.intermediate();

        assertThat(nca.algorithm()).isEqualTo(KeyAlgorithm.GOST_2015_512);
        assertThat(root.getSigAlgOID()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(root.getPublicKey().getAlgorithm()).isEqualTo("1.2.398.3.10.1.1.2.2");
        assertThat(signedBy(root, root)).isTrue();
        assertThat(signedBy(intermediate, root)).isTrue();
        assertThat(signedBy(intermediate, intermediate)).isFalse();
        assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(intermediate.getBasicConstraints()).isZero();
        assertThat(root.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(CertificateProfile.of(root).commonName())
                .isEqualTo("OFFICESUD НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST");
        assertThat(CertificateProfile.of(intermediate).commonName())
                .isEqualTo("OFFICESUD ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST");
        assertThat(intermediate.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        assertThat(nca.trustAnchors().roots()).containsExactly(root);
        assertThat(nca.trustAnchors().intermediates()).containsExactly(intermediate);
        assertThat(nca.trustAnchors().isTest(root)).isTrue();
    }

    @Test
    void issueIndividual_writesTheNcaSubjectAndExtensions() throws Exception {
        NcaKey key = nca.issueIndividual(IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        X509Certificate certificate = key.certificate();
        CertificateProfile profile = key.profile();

        assertThat(key.algorithm()).isEqualTo(KeyAlgorithm.GOST_2015_512);
        assertThat(signedBy(certificate, nca.intermediate())).isTrue();
        assertThat(key.chain()).containsExactly(certificate, nca.intermediate(), nca.root());
        assertThat(profile.iin()).contains(IIN);
        assertThat(profile.surname()).contains("ТЕСТОВ");
        assertThat(profile.givenName()).contains("ТЕСТ");
        assertThat(profile.patronymic()).contains("ТЕСТОВИЧ");
        assertThat(profile.commonName()).isEqualTo("ТЕСТОВ ТЕСТ");
        assertThat(profile.roles()).containsExactly(NcaRole.INDIVIDUAL);
        assertThat(profile.roleOids()).containsExactly(KzOids.EKU_EMAIL_PROTECTION, "1.2.398.3.3.4.1.1");
        assertThat(profile.purposes()).containsExactly(KeyPurpose.SIGNING);
        assertThat(profile.testNca()).isTrue();
        assertThat(profile.subject())
                .isEqualTo("CN=ТЕСТОВ ТЕСТ,SURNAME=ТЕСТОВ,SERIALNUMBER=IIN123456789011,C=KZ,GIVENNAME=ТЕСТОВИЧ");
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(certificate.getKeyUsage()[1]).as("nonRepudiation").isTrue();

        X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
        byte[] ski = SubjectKeyIdentifier.fromExtensions(holder.getExtensions()).getKeyIdentifier();
        assertThat(key.alias()).isEqualTo(HexFormat.of().formatHex(ski));
        byte[] intermediateSki = SubjectKeyIdentifier.fromExtensions(
                        new X509CertificateHolder(nca.intermediate().getEncoded()).getExtensions())
                .getKeyIdentifier();
        assertThat(org.bouncycastle.asn1.x509.AuthorityKeyIdentifier.fromExtensions(holder.getExtensions())
                        .getKeyIdentifierObject()
                        .getOctets())
                .isEqualTo(intermediateSki);
    }

    @Test
    void issueLegalEntity_writesBinOrganisationAndRoles() {
        NcaKey key = nca.issueLegalEntity(
                Iin.ofUnverified("123456789012"), BIN, "АО \"ТЕСТ\"", "ТЕСТТОВ", "ТЕСТТ", NcaRole.FIRST_HEAD);
        CertificateProfile profile = key.profile();

        assertThat(profile.bin()).contains(BIN);
        assertThat(profile.iin()).contains(Iin.ofUnverified("123456789012"));
        assertThat(profile.organisation()).contains("АО \"ТЕСТ\"");
        assertThat(profile.roles()).containsExactlyInAnyOrder(NcaRole.ORGANISATION, NcaRole.FIRST_HEAD);
        assertThat(profile.roleOids())
                .containsExactly(KzOids.EKU_EMAIL_PROTECTION, "1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.1");
        // readable: the quotes as issued, not escaped
        assertThat(profile.subject())
                .contains("O=АО \"ТЕСТ\"", "OU=BIN123456789021")
                .doesNotContain("\\");
    }

    @Test
    void request_authenticationOnly_andCustomValidity_andEmail() {
        Instant from = Instant.parse("2020-01-01T00:00:00Z");
        Instant until = Instant.parse("2021-01-01T00:00:00Z");
        NcaKey key = nca.request()
                .iin(IIN)
                .surname("ТЕСТОВ")
                .givenName("ТЕСТ")
                .email("test@example.kz")
                .authenticationOnly()
                .validity(from, until)
                .issue();

        assertThat(key.profile().purposes()).containsExactly(KeyPurpose.AUTHENTICATION);
        assertThat(key.profile().roleOids()).startsWith(KzOids.EKU_CLIENT_AUTH);
        assertThat(key.profile().notBefore()).isEqualTo(from);
        assertThat(key.profile().notAfter()).isEqualTo(until);
        assertThat(key.profile().email()).contains("test@example.kz");
        assertThat(key.certificate().getKeyUsage()[1]).as("nonRepudiation").isFalse();
    }

    @Test
    void toPkcs12_isInTheNcaFormat_andNcaKeyStoreReadsItBack() throws Exception {
        NcaKey key = nca.issueIndividual(IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        byte[] p12 = nca.toPkcs12(key, PASSWORD);

        PKCS12PfxPdu pfx = new PKCS12PfxPdu(p12);
        assertThat(pfx.hasMac()).isTrue();
        assertThat(pfx.getMacAlgorithmID().getAlgorithm().getId()).isEqualTo("1.3.14.3.2.26");
        assertThat(pfx.getContentInfos())
                .extracting(c -> c.getContentType())
                .containsExactly(PKCSObjectIdentifiers.data, PKCSObjectIdentifiers.encryptedData);

        try (NcaKeyStore store = NcaKeyStore.open(new ByteArrayInputStream(p12), PASSWORD, "test.p12")) {
            NcaKey read = store.signingKey();
            assertThat(read.alias()).isEqualTo(key.alias());
            assertThat(read.certificate()).isEqualTo(key.certificate());
            assertThat(read.profile()).isEqualTo(key.profile());
            byte[] data = {1, 2, 3};
            var algorithm =
                    Certificate.getInstance(key.certificate().getEncoded()).getSignatureAlgorithm();
            assertThat(VerificationKey.of(key.certificate()).verify(algorithm, data, read.sign(data)))
                    .isTrue();
        }
        assertThatThrownBy(() -> NcaKeyStore.open(new ByteArrayInputStream(p12), "wrong".toCharArray(), "test.p12"))
                .isInstanceOfSatisfying(NcaKeyException.class, e -> assertThat(e.reason())
                        .isEqualTo(NcaKeyException.Reason.WRONG_PASSWORD));
    }

    @Test
    void writePkcs12_writesAFileThatOpens(@TempDir Path dir) {
        NcaKey key = nca.issueIndividual(IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        Path file = dir.resolve("user.p12");
        nca.writePkcs12(key, file, PASSWORD);
        try (NcaKeyStore store = NcaKeyStore.open(file, PASSWORD)) {
            assertThat(store.keys()).singleElement().satisfies(k -> assertThat(k.certificate())
                    .isEqualTo(key.certificate()));
        }
    }

    @Test
    void generate_twice_givesDifferentCas() {
        TestNca other = TestNca.generate();
        assertThat(other.root()).isNotEqualTo(nca.root());
        assertThat(other.root().getNotBefore().toInstant())
                .isBefore(Instant.now().minus(23, ChronoUnit.HOURS));
    }
}
