package kz.officesud.core.validation;

import java.util.Objects;
import kz.officesud.core.model.Attachment;

/**
 * A file of a filing with its path in the filing ({@code statement}, {@code annexes[2]}, {@code
 * stateFee.receipt}), for rules that report on documents.
 */
public record LocatedAttachment(String path, Attachment attachment) {
    public LocatedAttachment {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(attachment, "attachment");
    }
}
