package kz.officesud.cli;

/** The command's exit statuses, the same for every subcommand. */
final class ExitCode {
    /** Done: every document acceptable, every signature holds, the filing registered or would be. */
    static final int OK = 0;
    /** Something was judged and refused: a document, a signature, a filing. */
    static final int REFUSED = 1;
    /** The command could not do its work: bad usage, an unreadable file, a wrong password, no court. */
    static final int ERROR = 2;

    private ExitCode() {}
}
