package kz.officesud.cli;

import java.io.Serial;

/**
 * A failure the command explains to its user: a message already in the user's language, and the exit status.
 * Never carries a password or document content.
 */
final class CliException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A usage, input or I/O error: status 2. */
    static CliException usage(String message) {
        return new CliException(ExitCode.ERROR, message);
    }

    int exitCode() {
        return exitCode;
    }
}
