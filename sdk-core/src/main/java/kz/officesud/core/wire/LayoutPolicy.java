package kz.officesud.core.wire;

import java.util.Objects;

/**
 * How the text of a document must be set, in a {@link FilingPolicy}: «шрифт 14 TimesNewRoman, межстрочный интервал»
 * (the 2018 rules, seed 004, §9).
 *
 * @param fontFamily the font's family name
 * @param fontSizePoints the size in points
 * @param minLineSpacing the smallest accepted line spacing, a multiple of single
 * @param maxLineSpacing the largest accepted line spacing, a multiple of single
 */
public record LayoutPolicy(String fontFamily, double fontSizePoints, double minLineSpacing, double maxLineSpacing) {
    public LayoutPolicy {
        Objects.requireNonNull(fontFamily, "fontFamily");
    }
}
