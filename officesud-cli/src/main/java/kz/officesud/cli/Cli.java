package kz.officesud.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.json.JsonException;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.filing.DocumentChangedException;
import kz.officesud.signing.NcaKeyException;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.CourtServiceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code officesud} command and its subcommands, wired to a {@link Terminal}. {@link #run(Terminal, String...)}
 * parses, runs and maps every failure to a line in the user's language and an exit status; nothing it prints
 * carries a password.
 */
@Command(
        name = "officesud",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        subcommands = {
            CheckCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            CourtCommand.class,
            FileCommand.class,
            CommandLine.HelpCommand.class
        },
        resourceBundle = "kz.officesud.cli.Messages")
final class Cli implements Runnable {
    /** Read before parsing (see {@link #language}); declared so that every subcommand accepts it and lists it. */
    @Option(names = "--lang", paramLabel = "kk|ru|en", descriptionKey = "option.lang", scope = ScopeType.INHERIT)
    @SuppressWarnings("unused")
    private String lang = "";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final Context context;

    Cli(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        // no subcommand: say what there is
        throw new CommandLine.ParameterException(spec.commandLine(), context.t("error.noCommand"));
    }

    /** Runs the command line {@code args} on {@code terminal}; returns the exit status. */
    static int run(Terminal terminal, String... args) {
        String language;
        try {
            language = language(args).orElse(Texts.defaultLanguage(terminal.locale()));
            Texts.of(language);
        } catch (IllegalArgumentException e) {
            terminal.err().println("officesud: --lang kk|ru|en");
            terminal.err().flush();
            return ExitCode.ERROR;
        }
        Context context = new Context(terminal, Texts.of(language));
        CommandLine line = commandLine(context);
        int status = line.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return status;
    }

    /** The command line, its commands made with {@code context}. */
    static CommandLine commandLine(Context context) {
        CommandLine line = new CommandLine(new Cli(context), new Factory(context));
        line.setResourceBundle(context.texts().bundle());
        line.setOut(context.out());
        line.setErr(context.err());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own status for bad usage is 2 already, as ours
        line.setExecutionExceptionHandler((e, cmd, parsed) -> failure(context, e));
        return line;
    }

    /** The value of {@code --lang} among the arguments, if given. */
    static Optional<String> language(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--lang")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--lang needs a value");
                }
                return Optional.of(args[i + 1].toLowerCase(Locale.ROOT));
            }
            if (args[i].startsWith("--lang=")) {
                return Optional.of(args[i].substring("--lang=".length()).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** One line on the error stream, in the user's language, and the exit status of {@code e}. */
    static int failure(Context context, Exception e) {
        int status = ExitCode.ERROR;
        String message;
        if (e instanceof CliException cli) {
            status = cli.exitCode();
            message = cli.getMessage();
        } else if (e instanceof NcaKeyException key) {
            message = key.title(context.locale());
        } else if (e instanceof ValidationException invalid) {
            status = ExitCode.REFUSED;
            StringBuilder text = new StringBuilder(
                    context.t(invalid.checkedByCourt() ? "error.refusedByCourt" : "error.refusedLocally"));
            invalid.report().violations().forEach(v -> text.append(System.lineSeparator())
                    .append("  - ")
                    .append(v.path())
                    .append(": ")
                    .append(v.message(context.locale())));
            message = text.toString();
        } else if (e instanceof AuthenticationException auth) {
            message = context.t("error.authentication", auth.getMessage());
        } else if (e instanceof DocumentChangedException changed) {
            message = context.t("error.documentChanged", changed.getMessage());
        } else if (e instanceof CourtServiceException court) {
            message = context.t("error.court", court.statusCode(), court.getMessage());
        } else if (e instanceof CourtIoException io) {
            message = context.t("error.courtUnreachable", io.getMessage());
        } else if (e instanceof JsonException json) {
            message = context.t("error.json", json.getMessage());
        } else if (e instanceof OfficesudIoException || e instanceof UncheckedIOException || e instanceof IOException) {
            message = context.t("error.io", e.getMessage());
        } else if (e instanceof OfficesudException sdk) {
            message = sdk.getMessage();
        } else if (e instanceof IllegalArgumentException bad) {
            message = bad.getMessage();
        } else {
            message = context.t("error.unexpected", e.getClass().getName(), e.getMessage());
        }
        context.err().println(context.t("error", message));
        return status;
    }

    /** Makes the commands with the context; anything else picocli needs, its default factory makes. */
    private record Factory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Context.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /** The version: the jar's, when run from it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"officesud " + (version == null ? "(development build)" : version)};
        }
    }
}
