package kz.officesud.cli;

/**
 * The entry point of {@code java -jar officesud.jar}: runs the command line and exits with its status (0 done and
 * acceptable, 1 something was refused or does not hold, 2 a usage, input or I/O error).
 */
public final class Officesud {
    private Officesud() {}

    public static void main(String[] args) {
        System.exit(Cli.run(Terminal.system(), args));
    }
}
