package kz.officesud.core.validation;

/**
 * The paths of a filing's parts, as {@link Violation#path()} names them (its JSON property names). A file's path
 * is {@link kz.officesud.core.model.FilingDocument#path()}.
 */
public final class FilingPaths {
    private FilingPaths() {}

    /** {@code participants[i]}. */
    public static String participant(int index) {
        return "participants[" + index + "]";
    }
}
