package kz.officesud.documents;

import java.util.List;

/**
 * The layout check of a file's text: how much text there is, how much of it deviates, and where (the first
 * findings; {@link #omittedFindings()} counts the rest).
 *
 * <p>Characters are counted without white space. A character is "deviating" when its font or its size or its
 * paragraph's line spacing is off; the per-aspect counts say which.
 *
 * @param checked whether the layout was checked at all (false for images, scans, spreadsheets, unreadable files)
 * @param textCharacters characters of text checked
 * @param wrongFontCharacters characters in another font
 * @param wrongSizeCharacters characters in another size
 * @param wrongSpacingCharacters characters in paragraphs with a line spacing out of range
 * @param deviatingCharacters characters with at least one of the three
 * @param findings the first findings, in document order
 * @param omittedFindings how many more findings there were
 */
public record LayoutReport(
        boolean checked,
        long textCharacters,
        long wrongFontCharacters,
        long wrongSizeCharacters,
        long wrongSpacingCharacters,
        long deviatingCharacters,
        List<LayoutFinding> findings,
        long omittedFindings) {

    public LayoutReport {
        findings = List.copyOf(findings);
    }

    /** No layout check was done. */
    public static LayoutReport notChecked() {
        return new LayoutReport(false, 0, 0, 0, 0, 0, List.of(), 0);
    }

    /** The share (0…1) of text that deviates in any aspect; 0 when there is no text. */
    public double deviatingShare() {
        return share(deviatingCharacters);
    }

    /** The share (0…1) of text in another font. */
    public double wrongFontShare() {
        return share(wrongFontCharacters);
    }

    /** The share (0…1) of text in another size. */
    public double wrongSizeShare() {
        return share(wrongSizeCharacters);
    }

    /** The share (0…1) of text in paragraphs with a wrong line spacing. */
    public double wrongSpacingShare() {
        return share(wrongSpacingCharacters);
    }

    private double share(long chars) {
        return textCharacters == 0 ? 0 : (double) chars / textCharacters;
    }
}
