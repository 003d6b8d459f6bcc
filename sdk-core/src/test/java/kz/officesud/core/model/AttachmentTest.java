package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import kz.officesud.core.OfficesudIoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentTest {
    @TempDir
    Path dir;

    @Test
    void ofPath_computesSizeAndDigest_andKeepsContentOnDisk() throws Exception {
        Path file = dir.resolve("договор подряда.pdf");
        byte[] bytes = "%PDF-1.7 договор".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        Attachment a = Attachment.of(file);
        assertThat(a.fileName()).isEqualTo("договор подряда.pdf");
        assertThat(a.mediaType()).isEqualTo("application/pdf");
        assertThat(a.size()).isEqualTo(bytes.length);
        assertThat(a.sha256().hex())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(a.content()).isEqualTo(ContentSource.ofPath(file));
        assertThat(a.isContentBound()).isTrue();
        assertThat(a.contentMatches()).isTrue();
        // re-openable: every open starts from the first byte
        try (InputStream in = a.content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        try (InputStream in = a.content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        Files.write(file, "changed".getBytes(StandardCharsets.UTF_8));
        assertThat(a.contentMatches()).isFalse();
    }

    @Test
    void ofPath_whenFileMissing_isAnOfficesudIoException() {
        assertThatThrownBy(() -> Attachment.of(dir.resolve("нет.pdf")))
                .isInstanceOf(OfficesudIoException.class)
                .hasMessageContaining("нет.pdf");
        assertThatThrownBy(() -> ContentSource.ofPath(dir.resolve("нет.pdf")).size())
                .isInstanceOf(OfficesudIoException.class);
    }

    @Test
    void largeContent_isHashedStreaming_withoutBeingHeldInMemory() {
        long size = 25L * 1024 * 1024; // over the 20 MB limit, generated on the fly
        ContentSource generated = new ContentSource() {
            @Override
            public InputStream open() {
                return new InputStream() {
                    long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? (int) (left & 0x7f) : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        for (int i = 0; i < n; i++) {
                            b[off + i] = (byte) (--left & 0x7f);
                        }
                        return n;
                    }
                };
            }

            @Override
            public long size() {
                return size;
            }
        };
        Attachment a = Attachment.of("big.pdf", generated);
        assertThat(a.size()).isEqualTo(size);
        assertThat(Sha256.of(generated)).isEqualTo(a.sha256());
    }

    @ParameterizedTest
    @CsvSource({
        "a.pdf,application/pdf",
        "A.PDF,application/pdf",
        "b.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "c.doc,application/msword",
        "d.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "e.jpeg,image/jpeg",
        "e.jpg,image/jpeg",
        "f.zip,application/octet-stream",
        "noextension,application/octet-stream"
    })
    void mediaType_isChosenByExtension(String name, String mediaType) {
        assertThat(Attachment.mediaTypeOf(name)).isEqualTo(mediaType);
    }

    @Test
    void equality_isByMetadata_notByContentSource() throws IOException {
        byte[] bytes = {1, 2, 3};
        Path file = dir.resolve("x.pdf");
        Files.write(file, bytes);
        Attachment fromFile = Attachment.of(file);
        Attachment fromBytes = Attachment.of("x.pdf", ContentSource.ofBytes(bytes));
        Attachment metadata = Attachment.metadata("x.pdf", "application/pdf", 3, Sha256.of(bytes));
        assertThat(fromFile).isEqualTo(fromBytes).isEqualTo(metadata);
        assertThat(fromFile).hasSameHashCodeAs(metadata);
        assertThat(fromFile).isNotEqualTo(Attachment.of("y.pdf", ContentSource.ofBytes(bytes)));
        assertThat(fromFile).isNotEqualTo(Attachment.of("x.pdf", ContentSource.ofBytes(new byte[] {1, 2})));
    }

    @Test
    void metadataOnly_throwsContentNotBound_untilBound() throws IOException {
        byte[] bytes = {9, 8, 7};
        Attachment metadata = Attachment.metadata("x.pdf", "application/pdf", 3, Sha256.of(bytes));
        assertThat(metadata.isContentBound()).isFalse();
        assertThat(metadata.content().size()).isEqualTo(3);
        assertThatThrownBy(() -> metadata.content().open())
                .isInstanceOf(ContentNotBoundException.class)
                .hasMessageContaining("x.pdf");
        Attachment bound = metadata.withContent(ContentSource.ofBytes(bytes));
        assertThat(bound.isContentBound()).isTrue();
        assertThat(bound.contentMatches()).isTrue();
        try (InputStream in = bound.content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(metadata.withContent(ContentSource.ofBytes(new byte[] {0})).contentMatches())
                .isFalse();
    }

    @Test
    void contentSources_ofBytesCopies_andEqualityByBytes() throws IOException {
        byte[] bytes = {1, 2, 3};
        ContentSource source = ContentSource.ofBytes(bytes);
        bytes[0] = 42;
        try (InputStream in = source.open()) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThat(source).isEqualTo(ContentSource.ofBytes(new byte[] {1, 2, 3}));
        assertThat(source).hasSameHashCodeAs(ContentSource.ofBytes(new byte[] {1, 2, 3}));
        assertThat(source.size()).isEqualTo(3);
        assertThat(source.toString()).doesNotContain("1, 2, 3");
    }

    @Test
    void constructor_rejectsNegativeSize_andNulls() {
        Sha256 sha = Sha256.of(new byte[0]);
        assertThatThrownBy(() -> new Attachment("a", "b", -1, sha, ContentSource.ofBytes(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Attachment.of((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Attachment.of("a", null)).isInstanceOf(NullPointerException.class);
    }
}
