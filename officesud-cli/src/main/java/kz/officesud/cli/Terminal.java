package kz.officesud.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Everything the commands take from and give to the world outside the JVM's libraries: the two output streams, whether
 * a person watches them (progress bars redraw in place only then), the password prompt, the environment, the JVM's
 * locale, and the wait of a server until it is stopped. {@link #system()} is the real one; tests give their own.
 */
interface Terminal {
    /** Results: tables, JSON, talons. */
    PrintWriter out();

    /** Progress, warnings and errors. */
    PrintWriter err();

    /** Whether standard output is a terminal: progress bars then redraw in place, else they are plain lines. */
    boolean interactive();

    /**
     * Asks for a password with echo off; empty when there is no console to ask on (input or output redirected).
     * The caller wipes the array.
     */
    Optional<char[]> readPassword(String prompt);

    /** An environment variable. */
    Optional<String> env(String name);

    /** The JVM's locale, from which the language is taken when none is asked for. */
    Locale locale();

    /**
     * Blocks until the process is asked to stop (Ctrl+C, SIGTERM), then closes {@code resource}; on the way out of
     * the JVM the close runs in the shutdown hook, so it finishes before the JVM does.
     */
    void runUntilStopped(AutoCloseable resource) throws InterruptedException;

    /** The real terminal: standard output and error in the console's encoding, the system console. */
    static Terminal system() {
        Console console = System.console();
        Charset charset = console != null ? console.charset() : Charset.defaultCharset();
        // the JVM's streams are wrapped, never closed: System.out stays usable for anything else
        PrintWriter out =
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset), true);
        PrintWriter err =
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset), true);
        return new Terminal() {
            @Override
            public PrintWriter out() {
                return out;
            }

            @Override
            public PrintWriter err() {
                return err;
            }

            @Override
            public boolean interactive() {
                return console != null;
            }

            @Override
            public Optional<char[]> readPassword(String prompt) {
                if (console == null) {
                    return Optional.empty();
                }
                return Optional.ofNullable(console.readPassword("%s", prompt));
            }

            @Override
            public Optional<String> env(String name) {
                return Optional.ofNullable(System.getenv(name));
            }

            @Override
            public Locale locale() {
                return Locale.getDefault();
            }

            @Override
            public void runUntilStopped(AutoCloseable resource) throws InterruptedException {
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                () -> {
                                    try {
                                        resource.close();
                                    } catch (Exception e) {
                                        err.println(e.getMessage());
                                    } finally {
                                        stopped.countDown();
                                    }
                                },
                                "officesud-shutdown"));
                stopped.await();
            }
        };
    }
}
