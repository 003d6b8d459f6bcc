package kz.officesud.filing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kz.officesud.core.OfficesudIoException;
import okio.BufferedSource;

/** The file side of a download: a body streamed to a file and hashed on the way, then moved over its target. */
final class Downloads {
    private Downloads() {}

    /**
     * Copies {@code source} to {@code file} (truncated first), hashing it, refusing more than {@code maxBytes}; a
     * failure to write the file is the client's own ({@link LocalFailure}), never repeated as if the court had failed.
     *
     * @return the SHA-256 of the bytes, hex
     */
    static String copy(BufferedSource source, Path file, long maxBytes) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required algorithm of every JDK", e);
        }
        OutputStream out;
        try {
            out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new LocalFailure(new OfficesudIoException("cannot write " + file, e));
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream sink = new LocalWrites(new DigestOutputStream(out, sha256), file)) {
            for (int n; (n = read(source, buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw new java.net.ProtocolException("the download is larger than " + maxBytes + " bytes");
                }
                sink.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Reads from the body; a body cut short of its declared length (OkHttp's {@code ProtocolException} "unexpected end
     * of stream") is a dropped connection, which a download repeats, not a court that speaks HTTP wrong.
     */
    private static int read(BufferedSource source, byte[] buffer) throws IOException {
        try {
            return source.read(buffer);
        } catch (java.net.ProtocolException cut) {
            throw new java.io.EOFException("the download was cut short: " + cut.getMessage());
        }
    }

    static void moveOver(Path temp, Path target) {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OfficesudIoException("cannot write " + target, e);
        }
    }

    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray temporary file beside the target; nothing else to do
        }
    }

    /** Marks write failures as the client's own, so that the transport does not repeat the call for them. */
    private static final class LocalWrites extends OutputStream {
        private final OutputStream out;
        private final Path file;

        LocalWrites(OutputStream out, Path file) {
            this.out = out;
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw local(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw local(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw local(e);
            }
        }

        private LocalFailure local(IOException e) {
            return new LocalFailure(new OfficesudIoException("cannot write " + file, e));
        }
    }
}
