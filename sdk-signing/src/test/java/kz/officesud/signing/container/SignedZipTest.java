package kz.officesud.signing.container;

import static kz.officesud.signing.container.Containers.ANNEX;
import static kz.officesud.signing.container.Containers.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;
import kz.officesud.signing.NcaRole;
import kz.officesud.signing.SharedTestData;
import kz.officesud.signing.SignerReport;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.container.ContainerProblem.Code;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Signed ZIP containers in Kalkan's layout: made, co-signed and verified, in every key generation. */
class SignedZipTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void container_ofOneSigner_verifies_inEachGeneration(KeyAlgorithm algorithm) throws IOException {
        TestNca nca = Containers.nca(algorithm);
        NcaKey key = Containers.individual(nca);
        Path claim = Containers.write(folder, "claim.pdf", CLAIM);
        Path annex = Containers.write(folder, "annex.pdf", ANNEX);
        Path zip = folder.resolve("claim.zip");

        SignedZip.builder().add(claim).add(annex).signer(key).writeTo(zip);
        SignedZipReport report = Containers.verifier(nca).verify(zip);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signers()).extracting(s -> s.certificate()).containsExactly(key.certificate());
        assertThat(report.files())
                .extracting(ContainerFile::name, ContainerFile::size, ContainerFile::digestMethod)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "claim.pdf",
                                (long) CLAIM.length,
                                ManifestDigest.forKey(algorithm).uri()),
                        org.assertj.core.groups.Tuple.tuple(
                                "annex.pdf",
                                (long) ANNEX.length,
                                ManifestDigest.forKey(algorithm).uri()));
    }

    @Test
    void manifestDigest_isTheDigestKalkanWritesForEachGeneration() {
        assertThat(ManifestDigest.forKey(KeyAlgorithm.GOST_2015_512).uri())
                .isEqualTo("urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512");
        assertThat(ManifestDigest.forKey(KeyAlgorithm.GOST_2004).uri())
                .isEqualTo("http://www.w3.org/2001/04/xmldsig-more#gost34311");
        assertThat(ManifestDigest.forKey(KeyAlgorithm.RSA).uri()).isEqualTo("http://www.w3.org/2001/04/xmlenc#sha256");
    }

    @Test
    void container_hasKalkansLayout_filesThenManifestThenOneCms() throws Exception {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();

        assertThat(entries.keySet()).hasSize(4);
        assertThat(List.copyOf(entries.keySet()).subList(0, 3))
                .containsExactly("claim.pdf", "annexes/доверенность.pdf", "META-INF/NCAManifest.xml");
        String signature = Containers.signatureName(entries);
        assertThat(signature).matches("META-INF/signature-[0-9a-f-]{36}\\.cms");
        String manifest = new String(entries.get("META-INF/NCAManifest.xml"), StandardCharsets.UTF_8);
        assertThat(manifest)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<NCAManifest>\n")
                .contains("<SigReference URI=\"" + signature + "\"/>")
                .contains("<DataObjectReference URI=\"annexes/доверенность.pdf\">")
                .contains(
                        "<DigestMethod Algorithm=\"urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512\"/>")
                .contains("<DigestValue>"
                        + Base64.getEncoder()
                                .encodeToString(
                                        Cms.digest(KeyAlgorithm.GOST_2015_512, new java.io.ByteArrayInputStream(CLAIM)))
                        + "</DigestValue>");
        // the CMS is a detached Kalkan CMS over the manifest's bytes
        assertThat(CmsVerifier.builder()
                        .trustAnchors(Containers.nca().trustAnchors())
                        .build()
                        .verifyDetached(entries.get(signature), entries.get("META-INF/NCAManifest.xml"))
                        .valid())
                .isTrue();
        assertThat(entries.get("claim.pdf")).isEqualTo(CLAIM);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void coSignedContainer_verifiesWithTwoSigners_inOneCms(KeyAlgorithm algorithm) throws IOException {
        TestNca nca = Containers.nca(algorithm);
        NcaKey first = Containers.individual(nca);
        NcaKey second = nca.issueLegalEntity(
                Iin.ofUnverified("123456789012"),
                Bin.ofUnverified("123456789021"),
                "АО \"ТЕСТ\"",
                "ТЕСТОВ",
                "ТЕСТ",
                NcaRole.FIRST_HEAD);
        Path one = Containers.write(folder, "one.zip", Containers.container(first, Containers.FILES));
        Path two = folder.resolve("two.zip");

        SignedZip.coSigning(one).signer(second).writeTo(two);
        SignedZipReport report = Containers.verifier(nca).verify(two);

        assertThat(report.problems()).isEmpty();
        assertThat(report.signatures()).hasSize(1);
        assertThat(report.signers())
                .extracting(SignerReport::certificate)
                .containsExactly(first.certificate(), second.certificate());
        Map<String, byte[]> before = RawZip.entries(one);
        Map<String, byte[]> after = RawZip.entries(two);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        assertThat(after.get("META-INF/NCAManifest.xml")).isEqualTo(before.get("META-INF/NCAManifest.xml"));
        assertThat(after.get("claim.pdf")).isEqualTo(CLAIM);
    }

    @Test
    void coSigning_byAnotherGeneration_keepsTheManifestDigestAndAddsItsOwnCmsDigest() throws IOException {
        TestNca rsa = Containers.nca(KeyAlgorithm.RSA);
        NcaKey rsaKey = Containers.individual(rsa);
        Path zip = Containers.write(folder, "claim.zip", Containers.container(Containers.key(), Containers.FILES));

        SignedZip.coSigning(zip).signer(rsaKey).writeTo(zip);
        SignedZipReport report = SignedZipVerifier.builder()
                .cmsVerifier(CmsVerifier.builder()
                        .trustAnchors(Containers.nca().trustAnchors().plus(rsa.trustAnchors()))
                        .build())
                .build()
                .verify(zip);

        assertThat(report.problems()).isEmpty();
        assertThat(report.signers()).hasSize(2);
        assertThat(report.files())
                .allSatisfy(f -> assertThat(f.digestMethod()).isEqualTo(ManifestDigest.STREEBOG_512.uri()));
    }

    @Test
    void timestampedContainer_carriesCadesT_andCoSigningStampsOnlyTheNewSigner() throws IOException {
        TestNca nca = Containers.nca();
        Path zip = folder.resolve("claim.zip");
        SignedZip.builder()
                .add("claim.pdf", ContentSource.ofBytes(CLAIM))
                .signer(Containers.key())
                .timestamp(Containers.tsa(nca))
                .writeTo(zip);
        NcaKey second = nca.issueIndividual(Iin.ofUnverified("850304300125"), "ЕКІНШІ", "ТЕСТ", "ТЕСТҰЛЫ");
        Path unstamped =
                Containers.write(folder, "plain.zip", Containers.container(Containers.key(), Containers.FILES));

        SignedZip.coSigning(unstamped)
                .signer(second)
                .timestamp(Containers.tsa(nca))
                .writeTo(unstamped);
        SignedZipReport stamped = Containers.verifier().verify(zip);
        SignedZipReport cosigned = Containers.verifier().verify(unstamped);

        assertThat(stamped.problems()).isEmpty();
        assertThat(stamped.signers().get(0).timestamp()).isPresent();
        assertThat(cosigned.problems()).isEmpty();
        assertThat(cosigned.signers()).hasSize(2);
        assertThat(cosigned.signers().get(0).timestamp()).isEmpty();
        assertThat(cosigned.signers().get(1).timestamp()).isPresent();
    }

    @Test
    void signingTime_isTheSignersSigningTimeAttribute() {
        Instant at = Instant.parse("2026-03-02T10:15:30Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignedZip.builder()
                .add("claim.pdf", ContentSource.ofBytes(CLAIM))
                .signer(Containers.key())
                .signingTime(at)
                .writeTo(out);
        Map<String, byte[]> entries = RawZip.entries(out.toByteArray());

        assertThat(CmsVerifier.builder()
                        .build()
                        .verifyDetached(
                                entries.get(Containers.signatureName(entries)), entries.get("META-INF/NCAManifest.xml"))
                        .signers()
                        .get(0)
                        .signingTime())
                .contains(at);
    }

    @Test
    void attachment_isSignedUnderItsFileName() throws IOException {
        Attachment attachment = Attachment.of(Containers.write(folder, "жалоба.pdf", CLAIM));
        Path zip = folder.resolve("out.zip");

        SignedZip.builder().add(attachment).signer(Containers.key()).writeTo(zip);

        assertThat(Containers.verifier().verify(zip).files())
                .extracting(ContainerFile::name)
                .containsExactly("жалоба.pdf");
    }

    @Test
    void attachment_changedAfterItWasAttached_isRefused_andNoContainerIsLeft() throws IOException {
        Path file = Containers.write(folder, "claim.pdf", CLAIM);
        Attachment attachment = Attachment.of(file);
        Files.write(file, ANNEX);
        Path zip = folder.resolve("out.zip");

        assertThatThrownBy(() -> SignedZip.builder()
                        .add(attachment)
                        .signer(Containers.key())
                        .writeTo(zip))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("changed after it was attached");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void missingInputFile_isAnIoError_andNoContainerIsLeft() {
        Path zip = folder.resolve("out.zip");

        assertThatThrownBy(() -> SignedZip.builder()
                        .add(folder.resolve("absent.pdf"))
                        .signer(Containers.key())
                        .writeTo(zip))
                .isInstanceOf(OfficesudIoException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"../claim.pdf", "/etc/passwd", "C:\\claim.pdf", "a\\b.pdf", "a//b.pdf", "./a.pdf", "a.pdf.", ""})
    void builder_refusesUnsafeNames(String name) {
        SignedZip.Builder builder = SignedZip.builder();

        assertThatThrownBy(() -> builder.add(name, ContentSource.ofBytes(CLAIM)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_refusesTheReservedFolderAndTwoFilesOfOneName() {
        SignedZip.Builder builder = SignedZip.builder().add("Claim.pdf", ContentSource.ofBytes(CLAIM));

        assertThatThrownBy(() -> builder.add("meta-inf/NCAManifest.xml", ContentSource.ofBytes(CLAIM)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> builder.add("claim.PDF", ContentSource.ofBytes(CLAIM)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two files");
    }

    @Test
    void builder_withoutSignerOrFiles_isRefused() {
        assertThatThrownBy(() -> SignedZip.builder()
                        .add("a.pdf", ContentSource.ofBytes(CLAIM))
                        .writeTo(folder.resolve("a.zip")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("signer");
        assertThatThrownBy(() -> SignedZip.builder().signer(Containers.key()).writeTo(folder.resolve("a.zip")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least one file");
    }

    @Test
    void coSigning_aTamperedContainer_isRefused_andTheTargetIsNotWritten() throws IOException {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();
        entries.put("claim.pdf", ANNEX);
        Path zip = folder.resolve("tampered.zip");
        RawZip.of(entries).write(zip);
        Path target = folder.resolve("cosigned.zip");

        assertThatThrownBy(
                        () -> SignedZip.coSigning(zip).signer(Containers.key()).writeTo(target))
                .isInstanceOfSatisfying(
                        SignedZipException.class,
                        e -> assertThat(e.report().has(Code.FILE_CHANGED)).isTrue());
        assertThat(target).doesNotExist();
    }

    @Test
    void coSigning_aContainerOfAnUnknownCa_isAllowed_butNotWhenAVerifierIsRequired() throws IOException {
        TestNca other = TestNca.generate();
        Path zip = Containers.write(
                folder, "other.zip", Containers.container(Containers.individual(other), Containers.FILES));

        SignedZip.coSigning(zip).signer(Containers.key()).writeTo(folder.resolve("ok.zip"));

        assertThat(RawZip.entries(folder.resolve("ok.zip"))).containsKey("claim.pdf");
        assertThatThrownBy(() -> SignedZip.coSigning(zip)
                        .signer(Containers.key())
                        .verifiedBy(Containers.verifier())
                        .writeTo(folder.resolve("refused.zip")))
                .isInstanceOfSatisfying(SignedZipException.class, e -> assertThat(
                                e.report().has(VerificationProblem.Code.UNTRUSTED_CHAIN))
                        .isTrue());
    }

    @Test
    void verify_ofAFileThatIsNotThere_isAnIoError() {
        assertThatThrownBy(() -> Containers.verifier().verify(folder.resolve("absent.zip")))
                .isInstanceOf(OfficesudIoException.class);
    }

    @Test
    void verifierBuilder_withoutCmsVerifier_isRefused() {
        assertThatThrownBy(() -> SignedZipVerifier.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CmsVerifier");
    }

    @Test
    void report_orThrow_carriesTheReport() throws IOException {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();
        entries.remove("claim.pdf");
        Path zip = folder.resolve("missing.zip");
        RawZip.of(entries).write(zip);

        SignedZipReport report = Containers.verifier().verify(zip);

        assertThatThrownBy(report::orThrow)
                .isInstanceOfSatisfying(
                        SignedZipException.class, e -> assertThat(e.report()).isEqualTo(report))
                .hasMessageContaining("FILE_MISSING");
    }

    /** The NCA's GOST-2015 test keys, and the legacy RSA and GOST-2004 ones, each with its own test CAs. */
    static Stream<RealKeys> realKeys() {
        return Stream.of(
                new RealKeys(
                        "ncanode-go/individual/valid/individual_valid.p12",
                        "ncanode-go/legal/valid/head.p12",
                        List.of("ca-certs/test/root_test_gost_2022.cer", "ca-certs/test/nca_gost2022_test.cer"),
                        Instant.parse("2026-09-01T00:00:00Z")),
                new RealKeys(
                        "legacy-rsa-gost2004/personal/active/RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.p12",
                        "legacy-rsa-gost2004/personal/revoked/RSA256_346a7e57c2995259140b6fc375b6ff3bba7e852f.p12",
                        List.of("ca-certs/test/root_rsa_test.cer", "ca-certs/test/nca_rsa_test.cer"),
                        Instant.parse("2020-10-01T00:00:00Z")),
                new RealKeys(
                        "legacy-rsa-gost2004/organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.p12",
                        "legacy-rsa-gost2004/organization/revoked/GOSTKNCA_c372b7809440fcb681051bbc89ea2f089fd2fe16.p12",
                        List.of("ca-certs/test/root_gost_test.cer", "ca-certs/test/nca_gost_test.cer"),
                        Instant.parse("2020-10-01T00:00:00Z")));
    }

    record RealKeys(String first, String second, List<String> anchors, Instant at) {}

    @ParameterizedTest
    @MethodSource("realKeys")
    void container_signedAndCoSignedWithRealNcaTestKeys_verifiesAgainstTheNcaTestCas(RealKeys keys) throws IOException {
        try (NcaKeyStore first = NcaKeyStore.open(SharedTestData.nca(keys.first()), SharedTestData.PASSWORD);
                NcaKeyStore second = NcaKeyStore.open(SharedTestData.nca(keys.second()), SharedTestData.PASSWORD)) {
            Path zip = folder.resolve("real.zip");
            SignedZip.builder()
                    .add("claim.pdf", ContentSource.ofBytes(CLAIM))
                    .signer(first.keys().get(0))
                    .signingTime(keys.at())
                    .writeTo(zip);
            SignedZip.coSigning(zip)
                    .signer(second.keys().get(0))
                    .signingTime(keys.at())
                    .writeTo(zip);
            SignedZipVerifier verifier = SignedZipVerifier.builder()
                    .cmsVerifier(CmsVerifier.builder()
                            .trustAnchors(TrustAnchors.fromFiles(keys.anchors().stream()
                                            .map(SharedTestData::nca)
                                            .toList())
                                    .asTest())
                            .validationTime(keys.at())
                            .build())
                    .build();

            SignedZipReport report = verifier.verify(zip);

            assertThat(report.problems()).isEmpty();
            assertThat(report.signers()).hasSize(2).allSatisfy(s -> assertThat(s.testAnchor())
                    .isTrue());
        }
    }
}
