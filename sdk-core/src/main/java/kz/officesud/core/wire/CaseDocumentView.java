package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.Sha256;

/**
 * An act or document of an observed case («Судебные акты и документы»: name, date, size), downloaded on its own.
 *
 * @param documentId the document's id within the case
 * @param kind the kind of act or document
 * @param title its name
 * @param fileName the file's name
 * @param mediaType the file's media type
 * @param size the file's size in bytes
 * @param sha256 the file's SHA-256
 * @param date when the court issued it
 * @param instance the instance that issued it
 * @param scan whether it is the scan of a paper document of an archived case (a PDF of page images): its date is the
 *     date the document bears
 */
public record CaseDocumentView(
        String documentId,
        JudicialActKind kind,
        String title,
        String fileName,
        String mediaType,
        long size,
        Sha256 sha256,
        Instant date,
        CourtInstance instance,
        boolean scan) {
    public CaseDocumentView {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instance, "instance");
    }
}
