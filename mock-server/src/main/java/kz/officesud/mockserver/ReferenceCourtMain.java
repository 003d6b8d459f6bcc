package kz.officesud.mockserver;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import kz.officesud.signing.TrustAnchors;
import org.jspecify.annotations.Nullable;

/**
 * Runs the reference court standalone: {@code java -jar mock-server-<version>.jar [options]}. A bad option, a
 * port in use or a data directory it cannot use is one {@code error:} line on standard error and exit status 2.
 */
public final class ReferenceCourtMain {
    /** The environment variable that may carry the key store's password instead of {@code --https-password}. */
    public static final String KEYSTORE_PASSWORD_ENV = "OFFICESUD_COURT_KEYSTORE_PASSWORD";

    private static final String HELP = String.join(
            System.lineSeparator(),
            "  --port N               port to listen on (default 8080; 0 = any free port)",
            "  --bind ADDRESS         address to listen on (default: loopback)",
            "  --data-dir DIR         where the court keeps what it decided (default ./court-data)",
            "  --in-memory            keep nothing: everything is forgotten when the court stops",
            "  --trust-dir DIR        also trust the production CA certificates (*.cer, *.crt, *.pem, *.der) in DIR",
            "  --test-trust-dir DIR   also trust the test CA certificates in DIR (e.g. the NCA's test CAs): their",
            "                         signers may carry IINs/BINs that fail the checksum; both options repeatable",
            "  --clerk POLICY         within-one-working-day (default), immediate or manual",
            "  --max-upload BYTES     hard cap of one upload (default 67108864)",
            "  --calendar FILE        add or replace years of the working-day calendar from FILE (the format of",
            "                         the bundled working-calendar-kz.json)",
            "  --control-token TOKEN  the control API's token (default: a random one, printed at start)",
            "  --https-keystore FILE  serve HTTPS with the key in this PKCS#12 key store",
            "  --https-password PASS  its password (or the environment variable " + KEYSTORE_PASSWORD_ENV + ")",
            "  --idle-timeout SECONDS close connections silent this long (default 30)",
            "  --help                 this text");
    private static final String USAGE = "Usage: java -jar mock-server.jar [options]" + System.lineSeparator() + HELP;

    private static final java.util.Set<String> OPTIONS_WITH_VALUES = java.util.Set.of(
            "--port",
            "--bind",
            "--data-dir",
            "--trust-dir",
            "--test-trust-dir",
            "--clerk",
            "--max-upload",
            "--calendar",
            "--control-token",
            "--https-keystore",
            "--https-password",
            "--idle-timeout");

    /** Counted down when the shutdown hook has stopped the court. */
    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    private ReferenceCourtMain() {}

    public static void main(String[] args) throws InterruptedException {
        // The court's own lines are what a newcomer reads: the engine speaks only when something is wrong.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        }
        int status = run(args, System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
        STOPPED.await();
    }

    /**
     * Starts the court and returns -1 while it runs (a shutdown hook stops it), or the exit status: 0 after
     * {@code --help}, 2 for an option, a port or a data directory that cannot be used.
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        ReferenceCourt.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + " (see --help)");
            return 2;
        }
        if (builder == null) {
            out.println(USAGE);
            return 0;
        }
        ReferenceCourt court;
        try {
            court = builder.build().start();
        } catch (ReferenceCourtException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            court.close();
                            STOPPED.countDown();
                        },
                        "reference-court-shutdown"));
        for (String line : startUpLines(court)) {
            out.println(line);
        }
        out.flush();
        return -1;
    }

    /** What the court says when it is up: where its API, OpenAPI description and control API are. */
    static List<String> startUpLines(ReferenceCourt court) {
        URI base = court.baseUrl();
        List<String> lines = new ArrayList<>();
        lines.add("Reference court up (clerk: "
                + court.clerk().policy().name().toLowerCase(Locale.ROOT).replace('_', '-') + ")");
        lines.add("  API:      " + base + "api/v1");
        lines.add("  OpenAPI:  " + base + "api/v1/openapi.yaml");
        lines.add("  Control:  " + base + "__admin  (Authorization: Bearer " + court.controlToken() + ")");
        lines.add("  Data:     "
                + court.dataDirectory()
                        .map(directory -> directory.toAbsolutePath().normalize().toString())
                        .orElse("in memory (nothing is kept)"));
        lines.add("Ctrl+C stops it.");
        return lines;
    }

    /**
     * The court the arguments describe, not yet started; empty for {@code --help}. For launchers that start the
     * reference court with the same options (the {@code officesud court} command).
     *
     * @throws IllegalArgumentException an unknown option, a missing or malformed value, an unreadable trust directory
     */
    public static Optional<ReferenceCourt.Builder> options(String... args) {
        return Optional.ofNullable(parse(args));
    }

    /** The options and what each does, one per line, as {@code --help} lists them. */
    public static String optionsHelp() {
        return HELP;
    }

    /** The builder the arguments describe; null for --help. */
    static ReferenceCourt.@Nullable Builder parse(String[] args) {
        ReferenceCourt.Builder builder = ReferenceCourt.builder().port(8080).dataDirectory(Path.of("court-data"));
        List<Path> trustDirectories = new ArrayList<>();
        List<Path> testTrustDirectories = new ArrayList<>();
        Path keyStore = null;
        String keyStorePassword = System.getenv(KEYSTORE_PASSWORD_ENV);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (option.equals("--in-memory")) {
                builder.inMemory();
                continue;
            }
            if (!OPTIONS_WITH_VALUES.contains(option)) {
                throw new IllegalArgumentException(
                        option.startsWith("--") ? "unknown option " + option : "unexpected argument " + option);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(integer(option, value, 0, 65535));
                case "--bind" -> builder.bindAddress(address(value));
                case "--data-dir" -> builder.dataDirectory(Path.of(value));
                case "--trust-dir" -> trustDirectories.add(directory(option, value));
                case "--test-trust-dir" -> testTrustDirectories.add(directory(option, value));
                case "--clerk" -> builder.clerkPolicy(policy(value));
                case "--max-upload" -> builder.maxUploadSize(integer(option, value, 1, Long.MAX_VALUE));
                case "--calendar" -> calendar(builder, value);
                case "--control-token" -> builder.controlToken(value);
                case "--https-keystore" -> keyStore = Path.of(value);
                case "--https-password" -> keyStorePassword = value;
                case "--idle-timeout" -> builder.idleTimeout(Duration.ofSeconds(integer(option, value, 1, 3600)));
                default -> throw new IllegalStateException("an option without a case: " + option);
            }
        }
        if (keyStore != null) {
            if (keyStorePassword == null) {
                throw new IllegalArgumentException(
                        "--https-keystore needs --https-password or " + KEYSTORE_PASSWORD_ENV);
            }
            builder.https(keyStore, keyStorePassword.toCharArray());
        }
        try {
            for (Path directory : trustDirectories) {
                builder.trust(TrustAnchors.fromDirectory(directory));
            }
            for (Path directory : testTrustDirectories) {
                builder.trust(TrustAnchors.fromDirectory(directory).asTest());
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read trust anchors: " + e.getMessage(), e);
        }
        return builder;
    }

    private static long integer(String option, String value, long min, long max) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException(option + " is " + min + " to " + max + ", not " + value);
        }
        return number;
    }

    private static int integer(String option, String value, int min, int max) {
        return (int) integer(option, value, (long) min, (long) max);
    }

    private static void calendar(ReferenceCourt.Builder builder, String file) {
        try {
            builder.clock(CourtClock.system()
                    .withCalendar(KazakhstanCalendar.standard().withFile(Path.of(file))));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--calendar " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path directory(String option, String value) {
        Path directory = Path.of(value);
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(option + " " + value + " is not a directory");
        }
        return directory;
    }

    private static InetAddress address(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown address " + value);
        }
    }

    private static Clerk.Policy policy(String value) {
        try {
            return Clerk.Policy.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--clerk is immediate, within-one-working-day or manual");
        }
    }
}
