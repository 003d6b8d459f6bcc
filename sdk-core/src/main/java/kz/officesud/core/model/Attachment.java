package kz.officesud.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.OfficesudIoException;
import org.jspecify.annotations.Nullable;

/**
 * A document attached to a filing: one file per document, the file name identifying the document. The
 * metadata (name, media type, size, SHA-256) travel in the signed manifest; the bytes come from a
 * re-openable {@link ContentSource} and are never held in memory by the SDK.
 *
 * <p>Equality is by metadata only: two attachments with the same name, media type, size and digest are
 * equal whatever their content source (the same document read from a file or from the court's store).
 *
 * @param fileName the file name as the user named it (it identifies the document)
 * @param mediaType the media type ({@code application/pdf}, …)
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the bytes
 * @param content where the bytes are; for metadata read from JSON, a source that throws {@link
 *     ContentNotBoundException} until {@link #withContent(ContentSource)}
 */
public record Attachment(String fileName, String mediaType, long size, Sha256 sha256, ContentSource content) {
    /** The media type of a file of unknown kind. */
    public static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "jpeg", "image/jpeg",
            "jpg", "image/jpeg",
            "png", "image/png",
            "txt", "text/plain");

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
        if (size < 0) {
            throw new IllegalArgumentException("size cannot be negative: " + size);
        }
    }

    /**
     * The file at {@code path}: its name, the media type from its extension, and its size and SHA-256
     * computed while streaming it once. The content stays on disk.
     */
    public static Attachment of(Path path) {
        Objects.requireNonNull(path, "path");
        Path name = path.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("not a file: " + path);
        }
        return of(name.toString(), ContentSource.ofPath(path));
    }

    /** {@code content} under {@code fileName}; size and SHA-256 computed while streaming it once. */
    public static Attachment of(String fileName, ContentSource content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        MessageDigest digest = Sha256.newDigest();
        long size = 0;
        try (InputStream in = content.open()) {
            byte[] buffer = new byte[Sha256.BUFFER_SIZE];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new OfficesudIoException("cannot read " + fileName + " to hash it", e);
        }
        return new Attachment(fileName, mediaTypeOf(fileName), size, Sha256.ofDigest(digest.digest()), content);
    }

    /**
     * An attachment known by its metadata only (as read from JSON or a manifest): {@link #content()} throws
     * {@link ContentNotBoundException} on {@code open()} until {@link #withContent(ContentSource)}.
     */
    public static Attachment metadata(String fileName, String mediaType, long size, Sha256 sha256) {
        return new Attachment(fileName, mediaType, size, sha256, new Unbound(fileName, size));
    }

    /** The same metadata bound to {@code content} (the court binds stored bytes to a manifest's entry). */
    public Attachment withContent(ContentSource content) {
        return new Attachment(fileName, mediaType, size, sha256, content);
    }

    /** False for metadata read from JSON and not yet bound to bytes. */
    public boolean isContentBound() {
        return !(content instanceof Unbound);
    }

    /** Streams the content once and tells whether its size and SHA-256 are the ones recorded here. */
    public boolean contentMatches() {
        Attachment actual = of(fileName, content);
        return actual.size == size && actual.sha256.equals(sha256);
    }

    /** The file name's extension in lowercase, without the dot ("" if none). */
    public String extension() {
        return extensionOf(fileName);
    }

    /**
     * The media type for a file name, by its extension (pdf, doc, docx, xls, xlsx, jpeg/jpg, png, txt);
     * {@value #OCTET_STREAM} for anything else.
     */
    public static String mediaTypeOf(String fileName) {
        return MEDIA_TYPES.getOrDefault(extensionOf(fileName), OCTET_STREAM);
    }

    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Attachment other
                && size == other.size
                && fileName.equals(other.fileName)
                && mediaType.equals(other.mediaType)
                && sha256.equals(other.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, size, sha256);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + size + " bytes, sha256=" + sha256 + "]";
    }

    /** The content of an attachment known by metadata only. */
    private record Unbound(String fileName, long size) implements ContentSource {
        @Override
        public InputStream open() {
            throw new ContentNotBoundException(
                    "the content of " + fileName + " is not bound; call Attachment.withContent first");
        }

        @Override
        public String toString() {
            return "unbound content of " + fileName;
        }
    }
}
