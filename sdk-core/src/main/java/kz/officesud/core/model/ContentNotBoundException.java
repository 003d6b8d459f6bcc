package kz.officesud.core.model;

import java.io.Serial;
import kz.officesud.core.OfficesudException;

/**
 * The content of an {@link Attachment} was asked for, but the attachment only carries metadata (it was
 * read from JSON); bind the bytes with {@link Attachment#withContent(ContentSource)} first.
 */
public final class ContentNotBoundException extends OfficesudException {
    @Serial
    private static final long serialVersionUID = 1L;

    public ContentNotBoundException(String message) {
        super(message);
    }
}
