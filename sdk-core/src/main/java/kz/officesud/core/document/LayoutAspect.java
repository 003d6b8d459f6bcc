package kz.officesud.core.document;

/** What a layout finding is about. */
public enum LayoutAspect {
    FONT,
    FONT_SIZE,
    LINE_SPACING
}
