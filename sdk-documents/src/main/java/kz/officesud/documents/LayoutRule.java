package kz.officesud.documents;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the text of a document must be set.
 *
 * <p>Line spacing is a multiple of single spacing (1.0 single, 1.5 one-and-a-half). Word's "exactly"/"at least"
 * spacing in points is converted to a multiple by dividing by the line height of the rule's font size (1.15 × size,
 * the line height of Times New Roman). The rules say only "a line spacing" (2018: «межстрочный интервал»; 2014:
 * «жартылай интервал»), so the standard rule sets accept single to double spacing.
 *
 * @param fontFamily the font's family name, e.g. {@code Times New Roman}
 * @param acceptedSubstitutes other family names counted as the same font (metric-compatible substitutes); compared
 *     case- and space-insensitively, like {@code fontFamily}
 * @param fontSizePoints the size in points, e.g. 14
 * @param minLineSpacing the smallest accepted line spacing, as a multiple of single
 * @param maxLineSpacing the largest accepted line spacing, as a multiple of single
 * @param tolerance the share of text (0…1) allowed to deviate before a layout finding becomes a violation; 0 means
 *     any deviation is one
 */
public record LayoutRule(
        String fontFamily,
        Set<String> acceptedSubstitutes,
        double fontSizePoints,
        double minLineSpacing,
        double maxLineSpacing,
        double tolerance) {

    /** The font of both standard rule sets: Times New Roman 14, single to double spacing, no tolerance. */
    public static LayoutRule timesNewRoman14() {
        return new LayoutRule("Times New Roman", Set.of(), 14, 1.0, 2.0, 0);
    }

    public LayoutRule {
        Objects.requireNonNull(fontFamily, "fontFamily");
        acceptedSubstitutes = Set.copyOf(acceptedSubstitutes);
        if (!(fontSizePoints > 0)) {
            throw new IllegalArgumentException("fontSizePoints must be positive: " + fontSizePoints);
        }
        if (!(minLineSpacing > 0) || !(maxLineSpacing >= minLineSpacing)) {
            throw new IllegalArgumentException("line spacing range is empty: " + minLineSpacing + "…" + maxLineSpacing);
        }
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("tolerance must be within 0…1: " + tolerance);
        }
    }

    /** This rule with another tolerance (share of text allowed to deviate, 0…1). */
    public LayoutRule withTolerance(double newTolerance) {
        return new LayoutRule(
                fontFamily, acceptedSubstitutes, fontSizePoints, minLineSpacing, maxLineSpacing, newTolerance);
    }

    /**
     * This rule accepting metric-compatible substitutes too (Liberation Serif, Tinos, Times, Nimbus Roman…): a
     * document written with them prints with the same line and page breaks. Not accepted by default: the rule names
     * Times New Roman.
     */
    public LayoutRule acceptingMetricCompatibleSubstitutes() {
        return new LayoutRule(
                fontFamily,
                Set.of("Liberation Serif", "Tinos", "Times", "Times-Roman", "Nimbus Roman", "Nimbus Roman No9 L"),
                fontSizePoints,
                minLineSpacing,
                maxLineSpacing,
                tolerance);
    }

    /** Whether {@code family} (as found in a file; PDF subset prefixes and style suffixes already removed) is ours. */
    public boolean acceptsFont(String family) {
        String key = normalise(family);
        if (key.equals(normalise(fontFamily))) {
            return true;
        }
        return acceptedSubstitutes.stream()
                .map(LayoutRule::normalise)
                .collect(Collectors.toSet())
                .contains(key);
    }

    /** Whether {@code points} is the rule's size (to a twentieth of a point). */
    public boolean acceptsSize(double points) {
        return Math.abs(points - fontSizePoints) < 0.05;
    }

    /** Whether {@code multiple} (of single spacing) is within the range. */
    public boolean acceptsLineSpacing(double multiple) {
        return multiple >= minLineSpacing - 0.005 && multiple <= maxLineSpacing + 0.005;
    }

    static String normalise(String family) {
        StringBuilder b = new StringBuilder(family.length());
        for (char c : family.toCharArray()) {
            if (c != ' ' && c != '-' && c != '_') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
