package kz.officesud.documents;

/**
 * Every reason the inspector can give, each with its message key in {@code Messages*.properties} (kk, ru, en).
 *
 * <p>Groups: the format ({@link #FORMAT_NOT_ALLOWED} …), readability ({@link #EMPTY} …), hostile input
 * ({@link #ZIP_BOMB} …; all of these make the file unreadable), size, and layout.
 */
public enum DocumentProblem {
    // --- format
    /** The content is a format the rule set does not allow. */
    FORMAT_NOT_ALLOWED(Severity.ERROR, Kind.FORMAT),
    /** The file name's extension names another format than the content. */
    EXTENSION_MISMATCH(Severity.ERROR, Kind.FORMAT),
    /** A macro-enabled Office file: docm, xlsm, or a doc or xls with a VBA project ({@code Macros}, {@code _VBA_PROJECT_CUR}). */
    MACRO_ENABLED(Severity.ERROR, Kind.FORMAT),
    /** Word 6.0/95 or older ({@link DocumentFormat#OLD_WORD}): to be saved again as docx or doc. Not damage. */
    OLD_WORD_FORMAT(Severity.ERROR, Kind.FORMAT),
    /** An OpenDocument file (odt, ods…): not a court format. */
    OPEN_DOCUMENT(Severity.ERROR, Kind.FORMAT),
    /** A plain ZIP archive. */
    PLAIN_ZIP(Severity.ERROR, Kind.FORMAT),
    /** The content is of no known format. */
    UNKNOWN_FORMAT(Severity.ERROR, Kind.FORMAT),

    // --- readability
    /** The file has no bytes. */
    EMPTY(Severity.ERROR, Kind.UNREADABLE),
    /** The file ends early (cut off during a download or a copy). */
    TRUNCATED(Severity.ERROR, Kind.UNREADABLE),
    /** The file's structure is damaged. */
    CORRUPT(Severity.ERROR, Kind.UNREADABLE),
    /**
     * The file needs a password to open, or is encrypted for the holders of certain certificates (a PDF's public-key
     * security, argument {@code variant} = {@code certificate}), or by a scheme the court's viewers do not open
     * ({@code otherHandler}).
     */
    PASSWORD_PROTECTED(Severity.ERROR, Kind.UNREADABLE),
    /** A PDF with no pages. */
    NO_PAGES(Severity.ERROR, Kind.UNREADABLE),
    /** The file uses an encoding the court's viewers (and this SDK) do not read safely. */
    UNSUPPORTED_ENCODING(Severity.ERROR, Kind.UNREADABLE),

    // --- hostile input (each makes the file unreadable)
    /** A ZIP entry expands far beyond its compressed size, or the whole package beyond the limit. */
    ZIP_BOMB(Severity.ERROR, Kind.UNREADABLE),
    /** A ZIP with more entries than any real document has. */
    TOO_MANY_ZIP_ENTRIES(Severity.ERROR, Kind.UNREADABLE),
    /** Two ZIP entries with the same name (readers disagree which one counts). */
    DUPLICATE_ZIP_ENTRY(Severity.ERROR, Kind.UNREADABLE),
    /** An XML part declares a DTD (XXE, "billion laughs"): never found in real documents. */
    XML_DTD_FORBIDDEN(Severity.ERROR, Kind.UNREADABLE),
    /** A compressed PDF stream (or other part) expands beyond the limit. */
    DECOMPRESSION_BOMB(Severity.ERROR, Kind.UNREADABLE),
    /** Structures nested deeper than the limit (XML elements, PDF arrays, page tree). */
    NESTING_TOO_DEEP(Severity.ERROR, Kind.UNREADABLE),
    /** More pages than the limit (or a page tree that claims so). */
    TOO_MANY_PAGES(Severity.ERROR, Kind.UNREADABLE),

    // --- size
    /** Larger than the rule set's limit. */
    TOO_LARGE(Severity.ERROR, Kind.SIZE),

    // --- layout
    /** Text set in another font than the rule's. */
    WRONG_FONT(Severity.ERROR, Kind.LAYOUT),
    /** Text set in another size than the rule's. */
    WRONG_FONT_SIZE(Severity.ERROR, Kind.LAYOUT),
    /** Paragraphs with a line spacing outside the rule's range. */
    WRONG_LINE_SPACING(Severity.ERROR, Kind.LAYOUT),
    /**
     * Readable, but its font cannot be checked: the file has no text layer (a scan, an image), or its text is encoded
     * in a way the inspector cannot decode (argument {@code variant} = {@code notDecodable}).
     */
    LAYOUT_NOT_CHECKABLE(Severity.WARNING, Kind.LAYOUT),
    /** A Word document with no text at all: empty, or only pictures. Readable; the user should look. */
    NO_TEXT(Severity.WARNING, Kind.LAYOUT);

    /** The group a problem belongs to. */
    public enum Kind {
        FORMAT,
        UNREADABLE,
        SIZE,
        LAYOUT
    }

    private final Severity severity;
    private final Kind kind;

    DocumentProblem(Severity severity, Kind kind) {
        this.severity = severity;
        this.kind = kind;
    }

    /** The default weight. */
    public Severity severity() {
        return severity;
    }

    /** The group. */
    public Kind kind() {
        return kind;
    }

    /** The key of this problem's message, e.g. {@code document.wrongFont}. */
    public String messageKey() {
        StringBuilder key = new StringBuilder("document.");
        boolean upper = false;
        for (char c : name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return key.toString();
    }
}
