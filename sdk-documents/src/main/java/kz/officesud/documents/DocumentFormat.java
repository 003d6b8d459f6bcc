package kz.officesud.documents;

import java.util.List;

/**
 * A file format as told by the file's bytes, never by its name. The first five are the formats the court's rules
 * name; the others are recognised so that a refusal can say what the file really is.
 */
public enum DocumentFormat {
    /** Portable Document Format. */
    PDF("pdf", "application/pdf", List.of("pdf")),
    /** Word 2007+ (OOXML WordprocessingML). */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    /** Word 97–2003 binary (OLE2 with a {@code WordDocument} stream). */
    DOC("doc", "application/msword", List.of("doc")),
    /** Excel 2007+ (OOXML SpreadsheetML). */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    /** JPEG image. */
    JPEG("jpeg", "image/jpeg", List.of("jpeg", "jpg")),
    /**
     * Word 6.0 and Word 95 (OLE2 with a {@code WordDocument} stream whose header says so: {@code wIdent} 0xA5DC, or
     * the Macintosh 0xA697–0xA699, or {@code nFib} below 106), and older Word files that are not OLE2 at all (Word for
     * Windows 1.x and 2.0, Word for DOS and for the Macintosh). Not a format the court's rules name; saved again by
     * Word it becomes a {@link #DOC} or a {@link #DOCX}.
     */
    OLD_WORD("word6", "application/msword", List.of("doc")),
    /** Excel 97–2003 binary (OLE2 with a {@code Workbook} stream). */
    XLS("xls", "application/vnd.ms-excel", List.of("xls")),
    /** Word with macros. */
    DOCM("docm", "application/vnd.ms-word.document.macroEnabled.12", List.of("docm")),
    /** Excel with macros. */
    XLSM("xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", List.of("xlsm")),
    /** Another OOXML package (PowerPoint, templates, …). */
    OTHER_OOXML("ooxml", "application/octet-stream", List.of()),
    /** An OpenDocument file (odt, ods, …). */
    ODF("odf", "application/vnd.oasis.opendocument", List.of("odt", "ods", "odp", "odg")),
    /** An OLE2 compound file that is neither DOC nor XLS nor an encrypted OOXML package. */
    OTHER_OLE2("ole2", "application/x-ole-storage", List.of()),
    /** A ZIP archive that is not an office document. */
    ZIP("zip", "application/zip", List.of("zip")),
    /** PNG image. */
    PNG("png", "image/png", List.of("png")),
    /** Nothing recognisable. */
    UNKNOWN("unknown", "application/octet-stream", List.of());

    private final String code;
    private final String mediaType;
    private final List<String> extensions;

    DocumentFormat(String code, String mediaType, List<String> extensions) {
        this.code = code;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** A short lower-case name, e.g. {@code docx}; used in messages. */
    public String code() {
        return code;
    }

    /** The IANA media type. */
    public String mediaType() {
        return mediaType;
    }

    /** File-name extensions (lower case, without the dot) that name this format; empty when none does. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether {@code extension} (any case, without the dot) names this format. */
    public boolean matchesExtension(String extension) {
        return extensions.contains(extension.toLowerCase(java.util.Locale.ROOT));
    }
}
