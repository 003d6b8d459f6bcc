package kz.officesud.core.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import kz.officesud.core.OfficesudIoException;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a document, re-openable: every {@link #open()} starts from the first byte, so an upload
 * can be retried and content hashed and sent without being held in memory (a file is streamed from its
 * {@link Path}).
 */
public interface ContentSource {

    /** A new stream over the content from its first byte; the caller closes it. */
    InputStream open() throws IOException;

    /** The content's length in bytes. */
    long size();

    /** The content of a file, read from disk on every {@link #open()}. */
    static ContentSource ofPath(Path path) {
        return new PathContent(path);
    }

    /** In-memory content (a copy of {@code bytes}); for small content and tests. */
    static ContentSource ofBytes(byte[] bytes) {
        return new BytesContent(bytes.clone());
    }

    /** A file's content. */
    record PathContent(Path path) implements ContentSource {
        public PathContent {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                throw new OfficesudIoException("cannot read the size of " + path, e);
            }
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** In-memory content. Equal when the bytes are equal. */
    final class BytesContent implements ContentSource {
        private final byte[] bytes;

        BytesContent(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof BytesContent other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "bytes[" + bytes.length + "]";
        }
    }
}
