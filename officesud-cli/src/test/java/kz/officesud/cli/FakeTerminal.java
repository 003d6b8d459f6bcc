package kz.officesud.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A terminal for tests: output captured, a password typed (or none), the environment and the locale given. */
final class FakeTerminal implements Terminal {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out, true);
    private final PrintWriter errWriter = new PrintWriter(err, true);
    private final Map<String, String> env = new HashMap<>();
    private final List<String> prompts = new ArrayList<>();
    private boolean interactive;
    private char[] password;
    private Locale locale = Locale.forLanguageTag("en");
    private Consumer<AutoCloseable> whileRunning = resource -> {};
    /** The password arrays handed out, to check they were wiped. */
    final List<char[]> handedOut = new ArrayList<>();

    FakeTerminal interactive(boolean value) {
        interactive = value;
        return this;
    }

    /** Typed at the prompt; null: there is no console. */
    FakeTerminal password(String value) {
        password = value == null ? null : value.toCharArray();
        return this;
    }

    FakeTerminal env(String name, String value) {
        env.put(name, value);
        return this;
    }

    FakeTerminal locale(Locale value) {
        locale = value;
        return this;
    }

    /** What {@code court} does while it runs; then it is stopped. */
    FakeTerminal whileRunning(Consumer<AutoCloseable> action) {
        whileRunning = action;
        return this;
    }

    /** What was printed on standard output so far. */
    String printed() {
        return out.toString();
    }

    /** Runs {@code args}; the status, and what was printed. */
    Result run(String... args) {
        int status = Cli.run(this, args);
        return new Result(status, out.toString(), err.toString(), List.copyOf(prompts));
    }

    record Result(int status, String out, String err, List<String> prompts) {
        String all() {
            return out + err;
        }
    }

    @Override
    public PrintWriter out() {
        return outWriter;
    }

    @Override
    public PrintWriter err() {
        return errWriter;
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public Optional<char[]> readPassword(String prompt) {
        prompts.add(prompt);
        if (password == null) {
            return Optional.empty();
        }
        char[] copy = password.clone();
        handedOut.add(copy);
        return Optional.of(copy);
    }

    @Override
    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name));
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public void runUntilStopped(AutoCloseable resource) {
        try (AutoCloseable stopped = resource) {
            whileRunning.accept(resource);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
