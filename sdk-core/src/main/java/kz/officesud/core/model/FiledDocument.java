package kz.officesud.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document of a sent filing as «Мои дела» shows it. The court office keeps the copies of uploaded documents at
 * most six months (the 2018 rules on filing electronic documents, §26): after that the copy is deleted and the record
 * — its name, size and SHA-256 — stays.
 *
 * @param fileName the file's name
 * @param role what it is to the filing
 * @param size its size in bytes
 * @param sha256 its SHA-256
 * @param keptUntil when the court deletes its copy
 * @param deletedAt when the copy was deleted; null while it is kept
 */
public record FiledDocument(
        String fileName, DocumentRole role, long size, Sha256 sha256, Instant keptUntil, @Nullable Instant deletedAt) {
    public FiledDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(keptUntil, "keptUntil");
    }
}
