package kz.officesud.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/** What every command works with: the terminal and the texts in the language asked for. */
record Context(Terminal terminal, Texts texts) {
    Context {
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(texts, "texts");
    }

    PrintWriter out() {
        return terminal.out();
    }

    PrintWriter err() {
        return terminal.err();
    }

    Locale locale() {
        return texts.locale();
    }

    /** The text of {@code key} in the command's language. */
    String t(String key, Object... args) {
        return texts.get(key, args);
    }

    /** A warning line on the error stream. */
    void warn(String key, Object... args) {
        err().println(t("warning", t(key, args)));
    }
}
