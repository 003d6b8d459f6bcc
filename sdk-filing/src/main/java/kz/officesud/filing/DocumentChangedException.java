package kz.officesud.filing;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.model.Sha256;
import kz.officesud.transport.CourtOfficeException;
import org.jspecify.annotations.Nullable;

/**
 * A document's bytes are no longer the ones the filing was built from: the file was edited, replaced or
 * truncated after {@code Attachment.of(path)} measured it. Nothing was filed; build the filing again from
 * the current files.
 */
public class DocumentChangedException extends CourtOfficeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long expectedSize;
    private final Sha256 expectedSha256;
    private final long actualSize;
    private final @Nullable Sha256 actualSha256;

    /**
     * @param actualSize the bytes read; when the file grew, the count at which reading stopped
     * @param actualSha256 the hash of the bytes read, or null when reading stopped early (the file grew)
     */
    public DocumentChangedException(
            String fileName, long expectedSize, Sha256 expectedSha256, long actualSize, @Nullable Sha256 actualSha256) {
        super(message(fileName, expectedSize, expectedSha256, actualSize, actualSha256));
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.expectedSize = expectedSize;
        this.expectedSha256 = Objects.requireNonNull(expectedSha256, "expectedSha256");
        this.actualSize = actualSize;
        this.actualSha256 = actualSha256;
    }

    public String fileName() {
        return fileName;
    }

    public long expectedSize() {
        return expectedSize;
    }

    public Sha256 expectedSha256() {
        return expectedSha256;
    }

    /** The bytes read (at least this many when the file grew). */
    public long actualSize() {
        return actualSize;
    }

    /** The hash of the bytes read; empty when reading stopped because the file grew. */
    public Optional<Sha256> actualSha256() {
        return Optional.ofNullable(actualSha256);
    }

    private static String message(
            String fileName, long expectedSize, Sha256 expected, long actualSize, @Nullable Sha256 actual) {
        String now = actual == null
                ? "it now has more than " + expectedSize + " bytes"
                : "it now has " + actualSize + " bytes with SHA-256 " + actual.hex();
        return "the document '" + fileName + "' changed after the filing was built (it had " + expectedSize
                + " bytes with SHA-256 " + expected.hex() + "; " + now
                + "); nothing was filed: build the filing again from the current file";
    }
}
