package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.testnca.TestNca;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A CMS looked into without verifying it: signers, algorithms, certificates, timestamps, attached or not. */
class CmsInspectionTest {
    private static final byte[] CONTENT = "Встречный иск".getBytes(StandardCharsets.UTF_8);
    private static final Instant SIGNED = Instant.parse("2026-02-03T04:05:06Z");
    private static TestNca nca;
    private static NcaKey individual;
    private static NcaKey head;

    @BeforeAll
    static void issue() {
        nca = TestNca.generate();
        individual = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        head = nca.issueLegalEntity(
                Iin.ofUnverified("123456789012"),
                Bin.ofUnverified("123456789021"),
                "АО \"ТЕСТ\"",
                "ТЕСТТОВ",
                "ТЕСТТ",
                NcaRole.FIRST_HEAD);
    }

    @Test
    void coSignedTimestampedCms_listsItsSignersCertificatesAndTimestamps() {
        byte[] one = Cms.signDetached(individual, new ByteArrayInputStream(CONTENT), SIGNED);
        byte[] two = Cms.addSigner(one, head, new ByteArrayInputStream(CONTENT), SIGNED.plusSeconds(60));
        byte[] cadesT = Cms.addTimestamp(
                two,
                TsaClient.builder()
                        .uri(URI.create("http://tsa.invalid/"))
                        .transport(new InProcessTransport("application/timestamp-query", nca::timestampResponse))
                        .build());

        CmsInfo info = Cms.inspect(cadesT);

        assertThat(info.attached()).isFalse();
        assertThat(info.content()).isEmpty();
        assertThat(info.contentType()).isEqualTo("1.2.840.113549.1.7.1");
        assertThat(info.signers()).hasSize(2);
        CmsInfo.Signer first = info.signers().get(0);
        assertThat(first.index()).isZero();
        assertThat(first.certificate()).contains(individual.certificate());
        assertThat(first.profile().orElseThrow().iin()).contains(Iin.ofUnverified("123456789011"));
        assertThat(first.signingTime()).contains(SIGNED);
        assertThat(first.digestAlgorithm())
                .isEqualTo(new Algorithm("1.2.398.3.10.1.3.3", "GOST R 34.11-2015 (Streebog) 512 (Kazakh OID)"));
        assertThat(first.signatureAlgorithm().oid()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(first.signatureAlgorithm().known()).isTrue();
        assertThat(first.identifier()).contains("serial", "OFFICESUD ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST");
        CmsInfo.Signer second = info.signers().get(1);
        assertThat(second.profile().orElseThrow().roles()).containsExactly(NcaRole.ORGANISATION, NcaRole.FIRST_HEAD);
        assertThat(second.signingTime()).contains(SIGNED.plusSeconds(60));
        assertThat(info.timestamps()).hasSize(2);
        Timestamp timestamp = first.timestamps().get(0);
        assertThat(timestamp.policy()).isEqualTo("1.2.398.3.3.2.6.4");
        assertThat(timestamp.tsaCertificate()).contains(nca.tsa());
        assertThat(timestamp.serialNumber().signum()).isPositive();
        assertThat(info.certificates()).contains(individual.certificate(), head.certificate(), nca.intermediate());
        assertThat(Cms.inspect(cadesT)).isEqualTo(info).hasSameHashCodeAs(info);
    }

    @Test
    void attachedCms_saysSo_andHandsTheContentBack() {
        CmsInfo info = Cms.inspect(Cms.signAttached(individual, CONTENT));

        assertThat(info.attached()).isTrue();
        assertThat(info.content()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONTENT));
        assertThat(info.signers().get(0).timestamps()).isEmpty();
    }

    @Test
    void kalkanCms_isInspected_asItsFileHoldsIt() throws IOException {
        byte[] file = Files.readAllBytes(SharedTestData.nca(
                "legacy-rsa-gost2004/organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cms"));

        CmsInfo info = Cms.inspect(file);

        assertThat(info.attached()).isTrue();
        CmsInfo.Signer signer = info.signers().get(0);
        assertThat(signer.signingTime()).contains(Instant.parse("2020-09-09T20:03:14Z"));
        assertThat(signer.signatureAlgorithm().name()).isEqualTo("GOST 34.310-2004 with GOST 34.311-95 (Kazakh OID)");
        assertThat(signer.digestAlgorithm().name()).isEqualTo("GOST 34.311-95 (Kazakh OID)");
        assertThat(signer.profile().orElseThrow().bin()).contains(Bin.ofUnverified("123456789021"));
    }

    @Test
    void signerWhoseCertificateIsNotCarried_isStillListed_byItsIdentifier() {
        byte[] cms = Cms.signDetached(individual, CONTENT);
        SignedData sd = SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
        byte[] withoutCertificates = encode(
                new SignedData(sd.getDigestAlgorithms(), sd.getEncapContentInfo(), null, null, sd.getSignerInfos()));

        CmsInfo.Signer signer = Cms.inspect(withoutCertificates).signers().get(0);

        assertThat(signer.certificate()).isEmpty();
        assertThat(signer.profile()).isEmpty();
        assertThat(signer.identifier())
                .contains(individual.certificate().getSerialNumber().toString(16));
    }

    /** A TSA that writes 20 random bytes as its serial, the top bit set and no leading zero: read unsigned. */
    @Test
    void timestampSerial_withTheTopBitSet_isReadUnsigned() {
        byte[] serial = HexFormat.of().parseHex("9e846dd75d861154db10f13c54dc1f8d33fe6adc");
        TSTInfo info = new TSTInfo(
                new ASN1ObjectIdentifier("1.2.398.3.3.2.6.1"),
                new MessageImprint(
                        new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1, DERNull.INSTANCE), new byte[20]),
                new ASN1Integer(serial), // content bytes as they are: a negative number in two's complement
                new ASN1GeneralizedTime(Date.from(Instant.parse("2022-09-18T13:20:14Z"))),
                null,
                ASN1Boolean.FALSE,
                null,
                new GeneralName(new X500Name("CN=СЕРВИС МЕТКИ ВРЕМЕНИ,C=KZ")),
                null);
        byte[] token;
        try {
            token = encode(new SignedData(
                    new DLSet(),
                    new ContentInfo(
                            PKCSObjectIdentifiers.id_ct_TSTInfo, new DEROctetString(info.getEncoded(ASN1Encoding.DER))),
                    null,
                    null,
                    new DLSet()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        Timestamp timestamp = Timestamp.parse(token);

        assertThat(timestamp.serialNumber()).isEqualTo(new BigInteger(1, serial));
        assertThat(timestamp.serialHex()).isEqualTo("9e846dd75d861154db10f13c54dc1f8d33fe6adc");
        assertThat(timestamp.tsaName()).contains("CN=СЕРВИС МЕТКИ ВРЕМЕНИ,C=KZ");
        assertThat(timestamp.tsaCertificate()).isEmpty();
    }

    @Test
    void notACms_isAFormatError() {
        assertThatThrownBy(() -> Cms.inspect("junk".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(SignatureFormatException.class);
        assertThatThrownBy(() -> Cms.inspect(individual.certificate().getEncoded()))
                .isInstanceOfSatisfying(SignatureFormatException.class, e -> assertThat(e.reason())
                        .isEqualTo(SignatureFormatException.Reason.UNEXPECTED_KIND));
    }

    private static byte[] encode(SignedData signedData) {
        try {
            return new ContentInfo(CMSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
