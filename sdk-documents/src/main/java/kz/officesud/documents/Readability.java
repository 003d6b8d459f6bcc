package kz.officesud.documents;

import java.util.Objects;

/** Whether the court can read a file. */
public sealed interface Readability {
    /** The file opens. {@code textLayer} is false for scans and images: their font cannot be checked. */
    record Readable(boolean textLayer) implements Readability {}

    /**
     * The file cannot be read (refusal ground 1, «приложенные документы нечитаемы»).
     *
     * @param reason a readability or hostile-input problem
     * @param detail an English technical detail for logs (never document content)
     */
    record Unreadable(DocumentProblem reason, String detail) implements Readability {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            if (reason.kind() != DocumentProblem.Kind.UNREADABLE) {
                throw new IllegalArgumentException(reason + " is not a readability problem");
            }
        }
    }

    /**
     * The file was not opened: its format is none the inspector reads (e.g. xls, png, odt, Word 6.0/95; the format
     * violation says why it is refused), or it was larger than the inspector's limit, or this JVM cannot read it (a
     * library the parsers need is missing from the class path, or the heap is too small for a .doc of that size).
     */
    record NotInspected(String detail) implements Readability {
        public NotInspected {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Whether the file opens. */
    default boolean isReadable() {
        return this instanceof Readable;
    }
}
