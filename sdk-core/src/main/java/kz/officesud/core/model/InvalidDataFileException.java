package kz.officesud.core.model;

import java.io.Serial;
import java.util.Map;
import java.util.Objects;

/**
 * A data file of the SDK's directories that cannot be used — a court directory ({@link Courts#load}) or a list of
 * case categories ({@link CaseCategories#load}): names the file, the line (0 for the file as a whole) and what is
 * wrong with it. Nothing of the file is used.
 */
public final class InvalidDataFileException extends InvalidValueException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Reason {
        /** The file cannot be read: missing, not UTF-8, an I/O error. */
        UNREADABLE,
        /** Larger than such a file can be. */
        TOO_LARGE,
        /** A line without the expected columns. */
        COLUMNS,
        /** A value that breaks its rule: a court code that is not 4 digits, a blank name… */
        INVALID_VALUE,
        /** An unknown constant: region, kind of court, form or kind of proceedings. */
        UNKNOWN_NAME,
        /** Two lines for one court or one category. */
        DUPLICATE,
        /** A file with no entry at all. */
        EMPTY
    }

    private final String source;
    private final int line;
    private final Reason reason;

    /**
     * @param source the file's name
     * @param line the line (1-based) that is wrong, 0 when the file as a whole is
     * @param reason what is wrong
     * @param detail the problem in English, naming the value
     */
    public InvalidDataFileException(String source, int line, Reason reason, String detail) {
        super(
                line > 0 ? "dataFile.line" : "dataFile.file",
                Map.of("source", source, "line", line, "detail", detail),
                source + (line > 0 ? ":" + line : "") + ": " + detail);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file's name, as given to the method that read it. */
    public String source() {
        return source;
    }

    /** The line (1-based) that is wrong; 0 when the file as a whole is. */
    public int line() {
        return line;
    }

    public Reason reason() {
        return reason;
    }
}
