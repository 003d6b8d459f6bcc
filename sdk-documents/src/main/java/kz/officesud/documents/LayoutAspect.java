package kz.officesud.documents;

/** What a layout finding is about. */
public enum LayoutAspect {
    FONT,
    FONT_SIZE,
    LINE_SPACING
}
