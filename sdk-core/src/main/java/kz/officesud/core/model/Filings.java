package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** What every filing type does alike with its files. */
final class Filings {
    private Filings() {}

    /** {@code attachment} passed through {@code bind}, which must keep its metadata. */
    static Attachment bound(Attachment attachment, UnaryOperator<Attachment> bind) {
        Attachment bound = Objects.requireNonNull(bind.apply(attachment), "bind returned null");
        if (!bound.equals(attachment)) {
            throw new IllegalArgumentException(
                    "binding content must keep a file's metadata: " + attachment + " became " + bound);
        }
        return bound;
    }

    /** Each of {@code attachments} passed through {@code bind}. */
    static List<Attachment> bound(List<Attachment> attachments, UnaryOperator<Attachment> bind) {
        return attachments.stream().map(a -> bound(a, bind)).toList();
    }
}
