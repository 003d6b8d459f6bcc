package kz.officesud.documents.internal;

import java.util.Objects;
import kz.officesud.documents.LayoutReport;
import kz.officesud.documents.Readability;

/** What a format's reader found: readability and the layout check. */
public record Outcome(Readability readability, LayoutReport layout) {
    public Outcome {
        Objects.requireNonNull(readability, "readability");
        Objects.requireNonNull(layout, "layout");
    }

    public static Outcome readable(boolean textLayer, LayoutReport layout) {
        return new Outcome(new Readability.Readable(textLayer), layout);
    }
}
