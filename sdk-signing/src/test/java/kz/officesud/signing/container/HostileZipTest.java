package kz.officesud.signing.container;

import static kz.officesud.signing.container.Containers.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import kz.officesud.core.model.ContentSource;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.container.ContainerProblem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archives made to hurt or fool a verifier: path traversal, zip bombs, duplicate and encrypted entries, headers
 * that disagree, hidden and overlapping entries. Each is a typed problem, never an exception; and the odd but
 * honest archives real tools write (Kalkan's 64-bit data descriptors, ZIP64, DOS Cyrillic names) verify.
 */
class HostileZipTest {
    @TempDir
    Path folder;

    private SignedZipReport verify(RawZip zip) throws IOException {
        return verify(zip.bytes(), Containers.verifier());
    }

    private SignedZipReport verify(byte[] bytes, SignedZipVerifier verifier) throws IOException {
        Path file = folder.resolve("hostile.zip");
        Files.write(file, bytes);
        return verifier.verify(file);
    }

    private static List<Code> codes(SignedZipReport report) {
        return report.problems().stream().map(ContainerProblem::code).toList();
    }

    private static SignedZipVerifier limited(ContainerLimits limits) {
        return SignedZipVerifier.builder()
                .cmsVerifier(CmsVerifier.builder()
                        .trustAnchors(Containers.nca().trustAnchors())
                        .build())
                .limits(limits)
                .build();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../evil.sh",
                "annexes/../../evil.sh",
                "/etc/cron.d/evil",
                "C:\\Windows\\System32\\evil.dll",
                "C:/Windows/evil.dll",
                "annexes\\..\\..\\evil.dll",
                "claim.pdf:Zone.Identifier",
                "evil\u0000.pdf",
                "evil\n.pdf",
                "annexes//evil.pdf",
                "evil.pdf ",
                "claim\u202Efdp.exe",
            })
    void zipSlipName_isUnsafeName(String name) throws IOException {
        LinkedHashMap<String, byte[]> entries = Containers.signedEntries();
        entries.put(name, "#!/bin/sh".getBytes(StandardCharsets.UTF_8));

        SignedZipReport report = verify(RawZip.of(entries));

        assertThat(codes(report)).containsExactly(Code.UNSAFE_NAME);
        assertThat(report.problems().get(0).entry()).doesNotContain("\u0000", "\n");
        assertThat(report.signers()).hasSize(1);
    }

    @Test
    void dosCyrillicNameWithoutTheUtf8Flag_asRussianWindowsArchiversWriteIt_verifies() throws IOException {
        byte[] container = Containers.container(Containers.key(), Containers.files("иск.pdf", CLAIM));
        RawZip zip = RawZip.of(RawZip.entries(container)).tweak("иск.pdf", p -> {
            p.flags = 0;
            p.nameBytes = "иск.pdf".getBytes(Charset.forName("IBM866"));
        });

        SignedZipReport report = verify(zip);

        assertThat(report.problems()).isEmpty();
        assertThat(report.files()).extracting(ContainerFile::name).containsExactly("иск.pdf");
    }

    /** One change to an honest container and the problem it must be reported as. */
    enum Forgery {
        ENCRYPTED(z -> z.tweak("claim.pdf", p -> p.flags |= 1), Code.ENCRYPTED_ENTRY, "encrypted"),
        BZIP2(z -> z.tweak("claim.pdf", p -> p.method = 12), Code.UNSUPPORTED_ENTRY, "method 12"),
        INFLATES_BEYOND_ITS_SIZE(z -> z.tweak("claim.pdf", p -> p.declaredSize = 10), Code.ZIP_BOMB, "beyond"),
        SHORTER_THAN_ITS_SIZE(z -> z.tweak("claim.pdf", p -> p.declaredSize = 1000), Code.DAMAGED_ENTRY, "declares"),
        NAME_FLAGGED_UTF8_BUT_NOT(
                z -> z.add("x", CLAIM, p -> p.nameBytes = new byte[] {'a', (byte) 0xC3, (byte) 0x28}),
                Code.UNSAFE_NAME,
                "not valid UTF-8"),
        SAME_NAME_OTHER_CASE(z -> z.add("CLAIM.PDF", CLAIM), Code.DUPLICATE_NAME, "two entries"),
        LOCAL_HEADER_NAMES_ANOTHER_FILE(
                z -> z.tweak("claim.pdf", p -> p.localName = "../claim.pdf"),
                Code.MALFORMED_ZIP,
                "disagrees with the central directory"),
        HIDDEN_LOCAL_ENTRY(
                z -> z.first("evil.exe", CLAIM, p -> p.hidden = true), Code.MALFORMED_ZIP, "belong to no listed entry"),
        SELF_EXTRACTOR_STUB(
                z -> z.prefix("MZ stub".getBytes(StandardCharsets.US_ASCII)), Code.MALFORMED_ZIP, "belong to no"),
        TWO_ENTRIES_SHARING_ONE_LOCAL_HEADER(
                z -> z.add("copy.pdf", CLAIM, p -> p.offsetOf = 0), Code.MALFORMED_ZIP, "overlaps");

        final Consumer<RawZip> change;
        final Code code;
        final String message;

        Forgery(Consumer<RawZip> change, Code code, String message) {
            this.change = change;
            this.code = code;
            this.message = message;
        }
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void forgedArchive_isReportedWithItsOwnReason(Forgery forgery) throws IOException {
        RawZip zip = RawZip.of(Containers.signedEntries());
        forgery.change.accept(zip);

        SignedZipReport report = verify(zip);

        assertThat(report.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(forgery.code))
                .satisfies(p -> assertThat(p.message()).contains(forgery.message));
    }

    @Test
    void twoEntriesOfTheSameName_isDuplicateName_andNeitherCounts() throws IOException {
        RawZip zip = RawZip.of(Containers.signedEntries()).add("claim.pdf", Containers.ANNEX);

        SignedZipReport report = verify(zip);

        assertThat(codes(report)).containsExactly(Code.DUPLICATE_NAME);
        assertThat(report.files()).extracting(ContainerFile::name).doesNotContain("claim.pdf");
    }

    @Test
    void signedZipBomb_isZipBomb_andIsNotInflated() throws IOException {
        byte[] zeros = new byte[8 << 20];
        byte[] container = Containers.container(Containers.key(), Containers.files("bomb.pdf", zeros));

        SignedZipReport report = verify(container, Containers.verifier());

        assertThat(container.length).isLessThan(64 * 1024);
        assertThat(codes(report)).containsExactly(Code.ZIP_BOMB);
        assertThat(report.problems().get(0).message()).contains("expands", "times");
        assertThat(report.signers()).hasSize(1);
    }

    @Test
    void entriesDeclaringMoreThanTheTotalLimit_areAZipBomb_beforeAnythingIsRead() throws IOException {
        byte[] container = Containers.container(Containers.key(), Containers.FILES);

        SignedZipReport report =
                verify(container, limited(new ContainerLimits(10_000, 1 << 20, 100, 200, 1 << 20, 1 << 20, 1 << 20)));

        assertThat(codes(report)).containsExactly(Code.ZIP_BOMB);
        assertThat(report.signatures()).isEmpty();
    }

    @Test
    void entryLargerThanTheEntryLimit_isZipBomb() throws IOException {
        byte[] container = Containers.container(Containers.key(), Containers.FILES);

        SignedZipReport report =
                verify(container, limited(new ContainerLimits(10_000, 40, 1 << 20, 200, 0, 1 << 20, 1 << 20)));

        assertThat(report.problems())
                .extracting(ContainerProblem::code, ContainerProblem::entry)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Code.ZIP_BOMB, "claim.pdf"),
                        org.assertj.core.groups.Tuple.tuple(Code.ZIP_BOMB, "annexes/доверенность.pdf"));
    }

    @Test
    void storedEntryWhoseBytesDoNotMatchItsCrc_isDamagedEntry() throws IOException {
        byte[] bytes = RawZip.of(Containers.signedEntries())
                .tweak("claim.pdf", p -> p.method = 0)
                .bytes();
        int at = indexOf(bytes, CLAIM);
        bytes[at + 3] ^= 1;

        assertThat(codes(verify(bytes, Containers.verifier()))).containsExactly(Code.DAMAGED_ENTRY);
    }

    @Test
    void moreEntriesThanTheLimit_isTooManyEntries() throws IOException {
        byte[] container = Containers.container(Containers.key(), Containers.FILES);

        SignedZipReport report =
                verify(container, limited(new ContainerLimits(3, 1 << 20, 1 << 20, 200, 0, 1 << 20, 1 << 20)));

        assertThat(codes(report)).containsExactly(Code.TOO_MANY_ENTRIES);
    }

    @Test
    void truncatedArchive_isMalformedZip() throws IOException {
        byte[] container = Containers.container(Containers.key(), Containers.FILES);

        SignedZipReport report = verify(Arrays.copyOf(container, container.length / 2), Containers.verifier());

        assertThat(report.problems())
                .extracting(ContainerProblem::code, ContainerProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Code.MALFORMED_ZIP, "the archive is cut off: its end of central directory is missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%PDF-1.7\n%%EOF\n", "PK\u0005\u0006"})
    void somethingElse_isMalformedZip(String content) throws IOException {
        SignedZipReport report = verify(content.getBytes(StandardCharsets.ISO_8859_1), Containers.verifier());

        assertThat(codes(report)).containsExactly(Code.MALFORMED_ZIP);
        assertThat(report.valid()).isFalse();
    }

    @Test
    void emptyArchive_isManifestMissing() throws IOException {
        assertThat(codes(verify(new RawZip()))).containsExactly(Code.MANIFEST_MISSING);
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 16, 20, 24})
    void dataDescriptorsOfEveryWidth_includingKalkans64BitOnesWithoutZip64_verify(int width) throws IOException {
        RawZip zip = RawZip.of(Containers.signedEntries());
        for (String name : Containers.signedEntries().keySet()) {
            zip.tweak(name, p -> p.descriptor = width);
        }

        SignedZipReport report = verify(zip);

        assertThat(report.problems()).isEmpty();
        assertThat(report.files()).hasSize(2);
    }

    @Test
    void dataDescriptorThatDisagreesWithTheCentralDirectory_isMalformedZip() throws IOException {
        byte[] bytes = RawZip.of(Containers.signedEntries())
                .tweak("claim.pdf", p -> p.descriptor = 16)
                .bytes();
        int descriptor = indexOf(bytes, new byte[] {0x50, 0x4b, 0x07, 0x08});
        bytes[descriptor + 4] ^= 1;

        assertThat(codes(verify(bytes, Containers.verifier()))).containsExactly(Code.MALFORMED_ZIP);
    }

    @Test
    void zip64RecordsAndFields_verify() throws IOException {
        SignedZipReport report = verify(RawZip.of(Containers.signedEntries()).zip64());

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
    }

    @Test
    void storedEntries_verify() throws IOException {
        RawZip zip = RawZip.of(Containers.signedEntries());
        for (String name : Containers.signedEntries().keySet()) {
            zip.tweak(name, p -> p.method = 0);
        }

        assertThat(verify(zip).problems()).isEmpty();
    }

    @Test
    void coSigning_aContainerWithStoredEntriesAndDescriptors_keepsItValid() throws IOException {
        RawZip zip = RawZip.of(Containers.signedEntries());
        zip.tweak("claim.pdf", p -> p.method = 0);
        zip.tweak("annexes/доверенность.pdf", p -> p.descriptor = 24);
        Path file = folder.resolve("kalkan.zip");
        zip.write(file);

        SignedZip.coSigning(file)
                .signer(Containers.individual(Containers.nca()))
                .writeTo(file);
        SignedZipReport report = Containers.verifier().verify(file);

        assertThat(report.problems()).isEmpty();
        assertThat(report.signers()).hasSize(2);
    }

    @Test
    void bombInAnUnsignedExtraEntry_isReportedWithoutBeingRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignedZip.builder()
                .add("claim.pdf", ContentSource.ofBytes(CLAIM))
                .signer(Containers.key())
                .writeTo(out);
        LinkedHashMap<String, byte[]> entries = RawZip.entries(out.toByteArray());
        entries.put("zeros.bin", new byte[4 << 20]);

        SignedZipReport report = verify(RawZip.of(entries));

        assertThat(codes(report)).containsExactly(Code.ZIP_BOMB, Code.EXTRA_FILE);
    }

    @Test
    void randomlyDamagedContainers_areReported_neverThrown() throws IOException {
        byte[] honest = Containers.container(Containers.key(), Containers.FILES);
        java.util.SplittableRandom random = new java.util.SplittableRandom(20_261_123);
        SignedZipVerifier verifier = Containers.verifier();
        int reported = 0;
        for (int i = 0; i < 300; i++) {
            byte[] damaged = honest.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            }
            if (i % 10 == 0) {
                damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
            }
            SignedZipReport report = verify(damaged, verifier);
            if (!report.valid()) {
                reported++;
                assertThat(report.problems()).isNotEmpty();
            }
        }
        assertThat(reported).isGreaterThan(250);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        int at = new String(haystack, StandardCharsets.ISO_8859_1)
                .indexOf(new String(needle, StandardCharsets.ISO_8859_1));
        assertThat(at).as("where the bytes are").isNotNegative();
        return at;
    }
}
