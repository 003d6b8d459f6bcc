package kz.officesud.signing.container;

import static kz.officesud.signing.container.Containers.ANNEX;
import static kz.officesud.signing.container.Containers.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import kz.officesud.signing.Cms;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.container.ContainerProblem.Code;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A container changed after signing: each change is reported with its own reason, nothing throws. */
class TamperedContainerTest {
    private static final String MANIFEST = "META-INF/NCAManifest.xml";

    @TempDir
    Path folder;

    private SignedZipReport verify(LinkedHashMap<String, byte[]> entries) throws IOException {
        Path zip = folder.resolve("container.zip");
        RawZip.of(entries).write(zip);
        return Containers.verifier().verify(zip);
    }

    private static List<Code> codes(SignedZipReport report) {
        return report.problems().stream().map(ContainerProblem::code).toList();
    }

    @Test
    void untouched_rewrittenByAnotherZipWriter_stillVerifies() throws IOException {
        SignedZipReport report = verify(Containers.signedEntries());

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
    }

    @Test
    void changedFile_isFileChanged_andTheSignatureStillHolds() throws IOException {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();
        byte[] changed = CLAIM.clone();
        changed[changed.length - 1] ^= 1;
        entries.put("claim.pdf", changed);

        SignedZipReport report = verify(entries);

        assertThat(codes(report)).containsExactly(Code.FILE_CHANGED);
        assertThat(report.problems().get(0).entry()).isEqualTo("claim.pdf");
        assertThat(report.files()).extracting(ContainerFile::name).containsExactly("annexes/доверенность.pdf");
        assertThat(report.signers()).hasSize(1).allSatisfy(s -> assertThat(s.valid())
                .isTrue());
        assertThat(report.valid()).isFalse();
    }

    /** One change to the entries of an honest container and the problems it must be reported as. */
    enum Change {
        EXTRA_FILE(e -> e.put("unsigned.exe", ANNEX), Code.EXTRA_FILE, "unsigned.exe"),
        EXTRA_FILES_IN_META_INF(
                e -> {
                    e.put("META-INF/signature-forged.cms", e.get(Containers.signatureName(e)));
                    e.put("META-INF/readme.txt", ANNEX);
                },
                Code.EXTRA_FILE,
                "META-INF/signature-forged.cms",
                Code.EXTRA_FILE,
                "META-INF/readme.txt"),
        FOLDER_ENTRIES_EMPTY_AND_NOT(
                e -> {
                    e.put("annexes/", new byte[0]);
                    e.put("hidden/", ANNEX);
                },
                Code.EXTRA_FILE,
                "hidden/"),
        MISSING_FILE(e -> e.remove("annexes/доверенность.pdf"), Code.FILE_MISSING, "annexes/доверенность.pdf"),
        DAMAGED_SIGNATURE(
                e -> e.get(Containers.signatureName(e))[e.get(Containers.signatureName(e)).length - 3] ^= 1,
                Code.SIGNATURE_INVALID,
                null),
        MISSING_SIGNATURE(e -> e.remove(Containers.signatureName(e)), Code.SIGNATURE_MISSING, null);

        final Consumer<LinkedHashMap<String, byte[]>> change;
        final List<Object> expected;

        Change(Consumer<LinkedHashMap<String, byte[]>> change, Object... codesAndEntries) {
            this.change = change;
            this.expected = Arrays.asList(codesAndEntries);
        }
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void changedContainer_isReportedWithItsOwnReason(Change change) throws IOException {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();
        change.change.accept(entries);

        SignedZipReport report = verify(entries);

        assertThat(report.problems()).hasSize(change.expected.size() / 2);
        for (int i = 0; i < change.expected.size(); i += 2) {
            ContainerProblem problem = report.problems().get(i / 2);
            assertThat(problem.code()).isEqualTo(change.expected.get(i));
            if (change.expected.get(i + 1) != null) {
                assertThat(problem.entry()).isEqualTo(change.expected.get(i + 1));
            }
        }
        assertThat(report.valid()).isFalse();
    }

    @Test
    void replacedFileWithTheManifestUpdatedToMatch_isSignatureInvalid() throws IOException {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();
        String forged = Base64.getEncoder()
                .encodeToString(Cms.digest(KeyAlgorithm.GOST_2015_512, new ByteArrayInputStream(ANNEX)));
        String original = Base64.getEncoder()
                .encodeToString(Cms.digest(KeyAlgorithm.GOST_2015_512, new ByteArrayInputStream(CLAIM)));
        entries.put("claim.pdf", ANNEX);
        entries.put(
                MANIFEST,
                new String(entries.get(MANIFEST), StandardCharsets.UTF_8)
                        .replace(original, forged)
                        .getBytes(StandardCharsets.UTF_8));

        SignedZipReport report = verify(entries);

        assertThat(codes(report)).containsExactly(Code.SIGNATURE_INVALID);
        assertThat(report.has(VerificationProblem.Code.DIGEST_MISMATCH)).isTrue();
        assertThat(report.files()).hasSize(2);
    }

    @Test
    void signatureByAnUntrustedCa_isSignatureInvalid_untrustedChain() throws IOException {
        TestNca stranger = TestNca.generate();
        LinkedHashMap<String, byte[]> entries =
                RawZip.entries(Containers.container(Containers.individual(stranger), Containers.FILES));

        SignedZipReport report = verify(entries);

        assertThat(codes(report)).containsExactly(Code.SIGNATURE_INVALID);
        assertThat(report.has(VerificationProblem.Code.UNTRUSTED_CHAIN)).isTrue();
        assertThat(report.signers()).hasSize(1).allSatisfy(s -> assertThat(s.valid())
                .isFalse());
    }

    @Test
    void missingManifest_isManifestMissing_andEveryFileIsExtra() throws IOException {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();
        entries.remove(MANIFEST);

        SignedZipReport report = verify(entries);

        assertThat(codes(report))
                .containsExactly(Code.MANIFEST_MISSING, Code.EXTRA_FILE, Code.EXTRA_FILE, Code.EXTRA_FILE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!DOCTYPE NCAManifest [<!ENTITY x \"y\">]><NCAManifest/>",
                "not xml at all",
                "<ns:NCAManifest xmlns:ns=\"urn:x\"/>",
                "<NCAManifest><SigReference URI=\"META-INF/signature-1.cms\"/></NCAManifest>",
                "<NCAManifest><Unknown/><DataObjectReference URI=\"a\"><DigestMethod Algorithm=\"x\"/>"
                        + "<DigestValue>AA==</DigestValue></DataObjectReference></NCAManifest>",
                "<NCAManifest><DataObjectReference URI=\"a\"><DigestMethod Algorithm=\"x\"/>"
                        + "<DigestValue>AA==</DigestValue><DigestValue>AQ==</DigestValue></DataObjectReference>"
                        + "</NCAManifest>",
                "<NCAManifest><DataObjectReference URI=\"a\"><DigestMethod Algorithm=\"x\"/>"
                        + "<DigestValue>not base64!</DigestValue></DataObjectReference></NCAManifest>",
                "<NCAManifest><DataObjectReference><DigestMethod Algorithm=\"x\"/>"
                        + "<DigestValue>AA==</DigestValue></DataObjectReference></NCAManifest>",
                "<NCAManifest>text<DataObjectReference URI=\"a\"><DigestMethod Algorithm=\"x\"/>"
                        + "<DigestValue>AA==</DigestValue></DataObjectReference></NCAManifest>",
            })
    void manifestThatIsNotAnNcaManifest_isManifestMalformed(String manifest) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> NcaManifest.parse(manifest.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(NcaManifest.Malformed.class);
    }

    @Test
    void malformedManifestInAContainer_isReported_notThrown() throws IOException {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();
        entries.put(MANIFEST, "<!DOCTYPE x SYSTEM \"http://evil/\"><x/>".getBytes(StandardCharsets.UTF_8));

        SignedZipReport report = verify(entries);

        assertThat(codes(report)).startsWith(Code.MANIFEST_MALFORMED);
    }

    @Test
    void manifestOfAnotherTool_withAsicAttributesAndPercentEncodedNames_isRead() throws Exception {
        String digest = Base64.getEncoder()
                .encodeToString(Cms.digest(KeyAlgorithm.GOST_2015_512, new ByteArrayInputStream(CLAIM)));
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\r\n<NCAManifest>"
                + "<SigReference URI=\"META-INF/signature-1.cms\" MimeType=\"application/pkcs7-signature\"/>"
                + "<DataObjectReference URI=\"%D0%B8%D1%81%D0%BA.pdf\" MimeType=\"application/pdf\">"
                + "<DigestMethod Algorithm=\"" + ManifestDigest.STREEBOG_512.uri() + "\"/>"
                + "<DigestValue>\n" + digest.substring(0, 40) + "\n" + digest.substring(40) + "\n</DigestValue>"
                + "</DataObjectReference></NCAManifest>";
        LinkedHashMap<String, byte[]> entries = handMade(manifest, "иск.pdf", CLAIM);

        SignedZipReport report = verify(entries);

        assertThat(report.problems()).isEmpty();
        assertThat(report.files()).extracting(ContainerFile::name).containsExactly("иск.pdf");
    }

    @Test
    void unsupportedOrWeakDigest_isUnsupportedDigest() throws IOException {
        LinkedHashMap<String, byte[]> entries = handMade(
                "<NCAManifest><SigReference URI=\"META-INF/signature-1.cms\"/>"
                        + "<DataObjectReference URI=\"claim.pdf\"><DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/>"
                        + "<DigestValue>AAAAAAAAAAAAAAAAAAAAAAAAAAA=</DigestValue></DataObjectReference></NCAManifest>",
                "claim.pdf",
                CLAIM);

        SignedZipReport report = verify(entries);

        assertThat(codes(report)).containsExactly(Code.UNSUPPORTED_DIGEST);
        assertThat(report.signers()).hasSize(1);
    }

    @Test
    void manifestListingAFileTwice_orItselfAsAFile_isReported() throws IOException {
        String digest = Base64.getEncoder()
                .encodeToString(Cms.digest(KeyAlgorithm.GOST_2015_512, new ByteArrayInputStream(CLAIM)));
        String reference =
                "<DataObjectReference URI=\"%s\"><DigestMethod Algorithm=\"" + ManifestDigest.STREEBOG_512.uri()
                        + "\"/><DigestValue>" + digest + "</DigestValue></DataObjectReference>";
        LinkedHashMap<String, byte[]> entries = handMade(
                "<NCAManifest><SigReference URI=\"META-INF/signature-1.cms\"/>"
                        + reference.formatted("claim.pdf") + reference.formatted("CLAIM.pdf")
                        + reference.formatted(MANIFEST) + reference.formatted("../up.pdf") + "</NCAManifest>",
                "claim.pdf",
                CLAIM);

        SignedZipReport report = verify(entries);

        assertThat(codes(report)).containsExactly(Code.DUPLICATE_NAME, Code.MANIFEST_MALFORMED, Code.UNSAFE_NAME);
    }

    /** A container whose manifest is {@code manifest}, signed, with the files given (name, bytes...). */
    private static LinkedHashMap<String, byte[]> handMade(String manifest, Object... files) {
        byte[] bytes = manifest.getBytes(StandardCharsets.UTF_8);
        LinkedHashMap<String, byte[]> entries = Containers.files(files);
        entries.put(MANIFEST, bytes);
        entries.put("META-INF/signature-1.cms", Cms.signDetached(Containers.key(), bytes));
        return entries;
    }
}
