package kz.officesud.core.document;

import java.util.Objects;

/**
 * Where in a file something was found: a page of a PDF, or a paragraph of a part of a Word document.
 *
 * @param part the part: {@code page} for PDF, the package part for DOCX (e.g. {@code word/document.xml},
 *     {@code word/header1.xml}), {@code main}/{@code headers}/{@code footnotes} for DOC
 * @param page the 1-based page (PDF), 0 when not known
 * @param paragraph the 1-based paragraph within the part (DOCX, DOC), 0 when not known
 */
public record Location(String part, int page, int paragraph) {
    public Location {
        Objects.requireNonNull(part, "part");
    }

    /** A page of a PDF. */
    public static Location page(int page) {
        return new Location("page", page, 0);
    }

    /** A paragraph of a part. */
    public static Location paragraph(String part, int paragraph) {
        return new Location(part, 0, paragraph);
    }

    @Override
    public String toString() {
        return page > 0 ? "page " + page : part + " ¶" + paragraph;
    }
}
