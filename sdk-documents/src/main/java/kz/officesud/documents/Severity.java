package kz.officesud.documents;

/** How much a problem weighs. */
public enum Severity {
    /** The court refuses the file (or the rule is broken beyond the caller's tolerance). */
    ERROR,
    /** The file is accepted but something could not be checked; the user should look. */
    WARNING
}
