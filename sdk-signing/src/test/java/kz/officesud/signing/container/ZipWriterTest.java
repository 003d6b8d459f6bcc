package kz.officesud.signing.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archives {@link ZipWriter} writes are read the same by {@link ZipReader} and by the JDK's readers. */
class ZipWriterTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 3, 2, 10, 15, 30);

    @TempDir
    Path folder;

    @Test
    void entries_readBackByZipReaderAndByTheJdk_withTheirNamesTimesAndBytes() throws Exception {
        Path zip = folder.resolve("a.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            ZipWriter writer = new ZipWriter(out);
            writer.put("иск.pdf", Containers.CLAIM, WHEN);
            try (OutputStream entry = writer.entry("empty.txt", WHEN)) {
                entry.flush();
            }
            writer.finish();
        }

        try (ZipReader reader = ZipReader.open(zip, 10)) {
            List<ZipReader.Entry> entries = reader.entries();
            assertThat(entries).extracting(ZipReader.Entry::name).containsExactly("иск.pdf", "empty.txt");
            assertThat(entries.get(0).modified()).contains(WHEN);
            try (InputStream in = reader.open(entries.get(0))) {
                assertThat(in.readAllBytes()).isEqualTo(Containers.CLAIM);
            }
        }
        try (ZipFile jdk = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            assertThat(Collections.list(jdk.entries()))
                    .extracting(e -> e.getName())
                    .containsExactly("иск.pdf", "empty.txt");
            assertThat(jdk.getInputStream(jdk.getEntry("иск.pdf")).readAllBytes())
                    .isEqualTo(Containers.CLAIM);
        }
        assertThat(RawZip.entries(zip)).containsOnlyKeys("иск.pdf", "empty.txt");
    }

    @Test
    void moreThan65535Entries_areWrittenWithZip64EndRecords_andReadBack() throws Exception {
        Path zip = folder.resolve("many.zip");
        int count = 70_000;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(zip))) {
            ZipWriter writer = new ZipWriter(out);
            byte[] one = {1};
            for (int i = 0; i < count; i++) {
                writer.put("f" + i, one, WHEN);
            }
            writer.finish();
        }

        try (ZipReader reader = ZipReader.open(zip, 100_000)) {
            assertThat(reader.entries()).hasSize(count);
            try (InputStream in = reader.open(reader.entries().get(count - 1))) {
                assertThat(in.readAllBytes()).containsExactly(1);
            }
        }
        try (ZipFile jdk = new ZipFile(zip.toFile())) {
            assertThat(jdk.size()).isEqualTo(count);
        }
    }

    @Test
    void copiedEntries_keepTheirCompressedBytes() throws Exception {
        Path source = folder.resolve("source.zip");
        RawZip.of(Containers.files("stored.pdf", Containers.CLAIM, "deflated.pdf", Containers.ANNEX))
                .tweak("stored.pdf", p -> p.method = 0)
                .tweak("deflated.pdf", p -> p.descriptor = 24)
                .write(source);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();

        try (ZipReader reader = ZipReader.open(source, 10)) {
            ZipWriter writer = new ZipWriter(copy);
            for (ZipReader.Entry e : reader.entries()) {
                writer.copy(reader, e);
            }
            writer.finish();
        }
        Path target = Files.write(folder.resolve("copy.zip"), copy.toByteArray());

        try (ZipReader reader = ZipReader.open(target, 10)) {
            assertThat(reader.entries()).extracting(ZipReader.Entry::method).containsExactly(0, 8);
            try (InputStream in = reader.open(reader.entries().get(1))) {
                assertThat(in.readAllBytes()).isEqualTo(Containers.ANNEX);
            }
        }
        assertThat(RawZip.entries(copy.toByteArray()).get("stored.pdf")).isEqualTo(Containers.CLAIM);
    }

    @Test
    void incompressibleEntry_isStoredInDeflateBlocks_andCompressibleOneIsDeflated() throws Exception {
        byte[] noise = new byte[3 << 20];
        new java.util.SplittableRandom(7).nextBytes(noise);
        byte[] text =
                "Исковое заявление о взыскании задолженности. ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        Path zip = folder.resolve("mixed.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            ZipWriter writer = new ZipWriter(out);
            writer.put("scan.pdf", noise, WHEN);
            writer.put("claim.txt", text, WHEN);
            writer.finish();
        }

        try (ZipReader reader = ZipReader.open(zip, 10)) {
            ZipReader.Entry scan = reader.entries().get(0);
            ZipReader.Entry claim = reader.entries().get(1);
            assertThat(scan.compressedSize())
                    .isBetween((long) noise.length, (long) noise.length + (noise.length >> 10));
            assertThat(claim.compressedSize()).isLessThan(text.length / 20L);
            try (InputStream in = reader.open(scan)) {
                assertThat(in.readAllBytes()).isEqualTo(noise);
            }
            try (InputStream in = reader.open(claim)) {
                assertThat(in.readAllBytes()).isEqualTo(text);
            }
        }
    }

    @Test
    void dosTime_ofADateBefore1980_isThatOf1980() {
        assertThat(ZipWriter.dosTime(LocalDateTime.of(1970, 1, 1, 0, 0)))
                .isEqualTo(ZipWriter.dosTime(LocalDateTime.of(1980, 1, 1, 0, 0)));
    }
}
