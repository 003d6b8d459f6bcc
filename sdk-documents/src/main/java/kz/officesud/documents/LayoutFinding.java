package kz.officesud.documents;

import java.util.Objects;

/**
 * One place where the text is not set as the rule says.
 *
 * @param aspect font, size or line spacing
 * @param location the page or paragraph
 * @param found what the file has there (e.g. {@code Arial}, {@code 12}, {@code 1.0})
 * @param expected what the rule wants (e.g. {@code Times New Roman}, {@code 14}, {@code 1.0–2.0})
 * @param snippet the start of the deviating text (at most 60 characters)
 * @param characters how many characters of text deviate there
 */
public record LayoutFinding(
        LayoutAspect aspect, Location location, String found, String expected, String snippet, long characters) {
    public LayoutFinding {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(snippet, "snippet");
    }

    @Override
    public String toString() {
        return aspect + " at " + location + ": " + found + " (expected " + expected + ") «" + snippet + "» ×"
                + characters;
    }
}
