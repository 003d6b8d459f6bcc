package kz.officesud.mockserver.internal.store;

import java.util.Objects;

/** A file a user uploaded: metadata in {@code uploads/<uploadId>.json}, bytes in the blob store by SHA-256. */
public record UploadRecord(
        String uploadId,
        String userId,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String uploadedAt) {
    public UploadRecord {
        Objects.requireNonNull(uploadId, "uploadId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }
}
