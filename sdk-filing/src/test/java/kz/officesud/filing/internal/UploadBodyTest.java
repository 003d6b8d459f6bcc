package kz.officesud.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import kz.officesud.transport.internal.LocalFailure;
import okhttp3.MediaType;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class UploadBodyTest {

    /** What the failure factories were asked for. */
    static final class Changed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long size;
        final @Nullable String sha;

        Changed(long size, @Nullable String sha) {
            super("changed");
            this.size = size;
            this.sha = sha;
        }
    }

    private static final UploadBody.Failures FAILURES = new UploadBody.Failures() {
        @Override
        public RuntimeException changed(long actualSize, @Nullable String actualSha256Hex) {
            return new Changed(actualSize, actualSha256Hex);
        }

        @Override
        public RuntimeException unreadable(IOException cause) {
            return new UncheckedIOException(cause);
        }
    };

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static UploadBody body(byte[] expected, byte[] actual, List<Long> progress) throws Exception {
        return new UploadBody(
                () -> new ByteArrayInputStream(actual),
                MediaType.get("application/pdf"),
                expected.length,
                sha(expected).toUpperCase(java.util.Locale.ROOT),
                false,
                progress::add,
                FAILURES);
    }

    @Test
    void writeTo_whenTheBytesMatch_writesThemAll_andReportsProgress() throws Exception {
        byte[] content = bytes(3 * UploadBody.CHUNK + 17);
        List<Long> progress = new ArrayList<>();
        Buffer sink = new Buffer();

        body(content, content, progress).writeTo(sink);

        assertThat(sink.readByteArray()).isEqualTo(content);
        assertThat(progress)
                .containsExactly(0L, (long) UploadBody.CHUNK, 2L * UploadBody.CHUNK, 3L * UploadBody.CHUNK, (long)
                        content.length);
    }

    @Test
    void writeTo_isRepeatable_forRetries() throws Exception {
        byte[] content = bytes(1000);
        UploadBody body = body(content, content, new ArrayList<>());
        Buffer first = new Buffer();
        Buffer second = new Buffer();

        body.writeTo(first);
        body.writeTo(second);

        assertThat(first.readByteArray()).isEqualTo(second.readByteArray()).isEqualTo(content);
        assertThat(body.isOneShot()).isFalse();
        assertThat(body.contentLength()).isEqualTo(1000);
    }

    @Test
    void writeTo_whenSameSizeButOtherBytes_failsBeforeTheLastChunkIsWritten() throws Exception {
        byte[] expected = bytes(2 * UploadBody.CHUNK + 5);
        byte[] actual = expected.clone();
        actual[actual.length - 1] ^= 1;
        Buffer sink = new Buffer();
        String actualSha = sha(actual);

        assertThatThrownBy(() -> body(expected, actual, new ArrayList<>()).writeTo(sink))
                .isInstanceOfSatisfying(LocalFailure.class, f -> {
                    Changed c = (Changed) f.failure();
                    assertThat(c.size).isEqualTo(expected.length);
                    assertThat(c.sha).isEqualTo(actualSha);
                });
        assertThat(sink.size()).isEqualTo(2L * UploadBody.CHUNK); // the body never completes
    }

    @Test
    void writeTo_whenTheFileGrew_stopsAtTheFirstExtraByte() throws Exception {
        byte[] expected = bytes(UploadBody.CHUNK);
        byte[] actual = new byte[expected.length * 3];
        System.arraycopy(expected, 0, actual, 0, expected.length);

        assertThatThrownBy(() -> body(expected, actual, new ArrayList<>()).writeTo(new Buffer()))
                .isInstanceOfSatisfying(LocalFailure.class, f -> {
                    Changed c = (Changed) f.failure();
                    assertThat(c.sha).isNull();
                    assertThat(c.size).isEqualTo(2L * UploadBody.CHUNK);
                });
    }

    @Test
    void writeTo_whenTheFileShrankToNothing_fails() throws Exception {
        byte[] expected = bytes(10);

        assertThatThrownBy(() -> body(expected, new byte[0], new ArrayList<>()).writeTo(new Buffer()))
                .isInstanceOfSatisfying(LocalFailure.class, f -> assertThat(((Changed) f.failure()).size)
                        .isZero());
    }

    @Test
    void writeTo_anEmptyDocument_isFine() throws Exception {
        Buffer sink = new Buffer();

        body(new byte[0], new byte[0], new ArrayList<>()).writeTo(sink);

        assertThat(sink.size()).isZero();
    }

    @Test
    void writeTo_whenTheSourceCannotBeOpened_reportsItUnreadable() {
        UploadBody body = new UploadBody(
                () -> {
                    throw new NoSuchFileException("gone.pdf");
                },
                null,
                1,
                "00",
                false,
                n -> {},
                FAILURES);

        assertThatThrownBy(() -> body.writeTo(new Buffer()))
                .isInstanceOfSatisfying(LocalFailure.class, f -> assertThat(f.failure())
                        .isInstanceOf(UncheckedIOException.class)
                        .hasRootCauseInstanceOf(NoSuchFileException.class));
    }

    @Test
    void writeTo_whenTheProgressListenerThrows_carriesItsException() throws Exception {
        byte[] content = bytes(10);
        IllegalStateException boom = new IllegalStateException("listener broke");
        UploadBody body = new UploadBody(
                () -> new ByteArrayInputStream(content),
                null,
                10,
                sha(content),
                false,
                n -> {
                    throw boom;
                },
                FAILURES);

        assertThatThrownBy(() -> body.writeTo(new Buffer()))
                .isInstanceOfSatisfying(
                        LocalFailure.class, f -> assertThat(f.failure()).isSameAs(boom));
    }
}
