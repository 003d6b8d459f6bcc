package kz.officesud.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.documents.internal.TextExtraction;

/**
 * The plain text of a document — a DOCX, a DOC or a PDF — to read what it says: the court it is addressed to, its
 * title, its list of annexes («Приложение»). Paragraphs end with a line feed. Inspect a file with {@link
 * DocumentInspector} first: only a readable file is worth reading, and the inspector is what refuses hostile ones.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Optional<String> text = DocumentText.create().read(Path.of("исковое заявление.docx"));
 * }</pre>
 */
public final class DocumentText {
    /** The most characters {@link #create()} keeps of one document. */
    public static final int DEFAULT_MAX_CHARACTERS = 1_000_000;

    private final InspectionLimits limits;
    private final int maxCharacters;

    private DocumentText(InspectionLimits limits, int maxCharacters) {
        this.limits = limits;
        this.maxCharacters = maxCharacters;
    }

    /** A reader with {@link InspectionLimits#defaults()}, keeping at most {@link #DEFAULT_MAX_CHARACTERS}. */
    public static DocumentText create() {
        return new DocumentText(InspectionLimits.defaults(), DEFAULT_MAX_CHARACTERS);
    }

    /**
     * A reader with the caller's limits, keeping at most {@code maxCharacters} characters of a document (past that,
     * its middle is dropped: the start and the end remain).
     */
    public static DocumentText withLimits(InspectionLimits limits, int maxCharacters) {
        if (maxCharacters < 2) {
            throw new IllegalArgumentException("maxCharacters must be at least 2");
        }
        return new DocumentText(Objects.requireNonNull(limits, "limits"), maxCharacters);
    }

    /**
     * The text of {@code file}, judged by its content (not its name); empty when it is not a DOCX, DOC or PDF or
     * cannot be read as one.
     *
     * @throws OfficesudIoException the file itself cannot be opened
     */
    public Optional<String> read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!java.nio.file.Files.isReadable(file)) {
            throw new OfficesudIoException("cannot read " + file, new IOException("not readable"));
        }
        try {
            return TextExtraction.extract(file, limits, maxCharacters);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
