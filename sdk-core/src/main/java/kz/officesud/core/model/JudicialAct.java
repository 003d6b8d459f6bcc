package kz.officesud.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A judicial act the court issued on a filing: a document the court keeps, downloaded from the filing by its id
 * (the notification links to it, the 2018 rules on filing electronic documents, §27).
 *
 * @param actId the court's id of the act
 * @param kind decision, ruling, resolution, verdict, court order
 * @param title its title
 * @param fileName the file's name
 * @param mediaType the file's media type
 * @param size the file's size in bytes
 * @param sha256 the file's SHA-256
 * @param issuedAt when the court issued it
 */
public record JudicialAct(
        String actId,
        JudicialActKind kind,
        String title,
        String fileName,
        String mediaType,
        long size,
        Sha256 sha256,
        Instant issuedAt) {
    public JudicialAct {
        Objects.requireNonNull(actId, "actId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
