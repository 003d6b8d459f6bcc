package kz.officesud.mockserver.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
    @TempDir
    Path dataDirectory;

    @Test
    void store_namesTheFileByItsSha256_underATwoCharacterFolder() throws IOException {
        BlobStore blobs = new BlobStore(dataDirectory);

        BlobStore.Stored stored = blobs.store(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 10);

        assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(stored.size()).isEqualTo(3);
        assertThat(dataDirectory.resolve("blobs/ba/" + stored.sha256())).hasContent("abc");
        assertThat(blobs.rehash(stored.sha256())).isEqualTo(stored.sha256());
    }

    @Test
    void store_overTheLimit_keepsNothing() throws IOException {
        BlobStore blobs = new BlobStore(dataDirectory);

        assertThatThrownBy(() -> blobs.store(new ByteArrayInputStream(new byte[11]), 10))
                .isInstanceOf(BlobStore.TooLargeException.class);

        try (Stream<Path> files = Files.walk(dataDirectory)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void path_refusesWhatIsNotAHash() throws IOException {
        BlobStore blobs = new BlobStore(dataDirectory);

        assertThatThrownBy(() -> blobs.exists("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atomicWrite_replacesWholly_andSweepRemovesLeftovers() throws IOException {
        Path target = dataDirectory.resolve("records/r.json");
        AtomicFiles.write(target, "{\"v\":1}".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "{\"v\":2}".getBytes(StandardCharsets.UTF_8));
        Path leftover = dataDirectory.resolve("records/.tmp-123.part");
        Files.writeString(leftover, "{\"v\":");

        AtomicFiles.sweep(dataDirectory.resolve("records"));

        assertThat(target).hasContent("{\"v\":2}");
        assertThat(leftover).doesNotExist();
    }
}
