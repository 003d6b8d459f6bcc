package kz.officesud.documents;

import java.util.Objects;

/**
 * Where in a file something was found: a page of a PDF, or a paragraph of a part of a Word document. Messages name
 * it in the reader's language ("стр. 3", "абзац 12 (основной текст)").
 *
 * @param part {@code page} for PDF; for Word the story: {@code body}, {@code header}, {@code footer}, {@code
 *     footnotes}, {@code endnotes}, {@code comments}, {@code textboxes}
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
