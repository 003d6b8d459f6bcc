package kz.officesud.core.model;

import java.util.Objects;

/**
 * A file of a filing, with where it is in the filing and what it is to it.
 *
 * @param path the file's path in the filing, in its JSON property names ({@code statement}, {@code
 *     annexes[2]}, {@code stateFee.receipt}, {@code powersOfAttorney[0]}); violations name files by it
 * @param role what the document is to the filing
 * @param attachment the file
 */
public record FilingDocument(String path, DocumentRole role, Attachment attachment) {
    public FilingDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(attachment, "attachment");
    }
}
