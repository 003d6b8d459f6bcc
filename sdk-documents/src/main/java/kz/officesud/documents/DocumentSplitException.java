package kz.officesud.documents;

import java.io.Serial;
import java.util.Optional;
import kz.officesud.core.OfficesudException;
import org.jspecify.annotations.Nullable;

/** A PDF cannot be split: it is not a readable PDF, or one of its pages alone is over the limit. */
public class DocumentSplitException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient @Nullable DocumentViolation violation;

    public DocumentSplitException(String message, @Nullable DocumentViolation violation) {
        super(message);
        this.violation = violation;
    }

    /** Why the source was refused, with its kk/ru/en message, when the inspector refused it. */
    public Optional<DocumentViolation> violation() {
        return Optional.ofNullable(violation);
    }
}
