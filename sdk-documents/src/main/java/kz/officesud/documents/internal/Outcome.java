package kz.officesud.documents.internal;

import java.util.Objects;
import kz.officesud.documents.LayoutReport;
import kz.officesud.documents.Readability;
import org.jspecify.annotations.Nullable;

/**
 * What a format's reader found.
 *
 * @param readability whether the file opens
 * @param layout the layout check
 * @param text whether the file has text the inspector read
 * @param macros whether the file carries a VBA project
 * @param variant the message variant of an unreadable file's problem (e.g. {@code certificate}), or null
 */
public record Outcome(
        Readability readability, LayoutReport layout, Text text, boolean macros, @Nullable String variant) {
    /** What the reader learned of the file's text. */
    public enum Text {
        /** The reader found text. */
        PRESENT,
        /** The reader read everything and found no text. */
        NONE,
        /** Some or all of the text is encoded in a way the reader cannot decode. */
        NOT_DECODABLE,
        /** Not looked at (unreadable or not inspected files, images, spreadsheets). */
        UNKNOWN
    }

    public Outcome {
        Objects.requireNonNull(readability, "readability");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(text, "text");
    }

    public Outcome(Readability readability, LayoutReport layout) {
        this(readability, layout, Text.UNKNOWN, false, null);
    }

    public static Outcome readable(boolean textLayer, LayoutReport layout) {
        return new Outcome(new Readability.Readable(textLayer), layout);
    }

    /** This outcome with the file's VBA project noted. */
    public Outcome withMacros(boolean present) {
        return new Outcome(readability, layout, text, present, variant);
    }

    /** This outcome with what was learned of the text. */
    public Outcome withText(Text found) {
        return new Outcome(readability, layout, found, macros, variant);
    }
}
