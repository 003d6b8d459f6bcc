package kz.officesud.core.wire;

import java.util.Objects;

/**
 * {@code POST /uploads}: a document the court stored, to be named by a filing.
 *
 * @param uploadId the court's id of the upload
 * @param fileName the file name sent in {@code X-File-Name}
 * @param mediaType the media type sent
 * @param size the bytes stored
 * @param sha256 the SHA-256 of the bytes stored, hex
 */
public record UploadView(String uploadId, String fileName, String mediaType, long size, String sha256) {
    public UploadView {
        Objects.requireNonNull(uploadId, "uploadId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
