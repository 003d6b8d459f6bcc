package kz.officesud.mockserver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import kz.officesud.signing.TrustAnchors;
import org.jspecify.annotations.Nullable;

/**
 * Runs the reference court standalone:
 * {@code java -jar mock-server-<version>.jar --port 8080 --data-dir ./court-data [--trust-dir DIR]
 * [--test-trust-dir DIR]...}.
 */
public final class ReferenceCourtMain {
    private static final String OPTIONS = String.join(
            System.lineSeparator(),
            "  --port N             port to listen on (default 8080; 0 = any free port)",
            "  --bind ADDRESS       address to listen on (default: loopback)",
            "  --data-dir DIR       where users, uploads and filings are kept (default ./court-data)",
            "  --trust-dir DIR      also trust the production CA certificates (*.cer, *.crt, *.pem, *.der) in DIR",
            "  --test-trust-dir DIR also trust the test CA certificates in DIR (e.g. the NCA's test CAs): their",
            "                       signers may carry IINs/BINs that fail the checksum; both options repeatable",
            "  --clerk POLICY       within-one-working-day (default), immediate or manual",
            "  --max-upload BYTES   hard cap of one upload (default 67108864)",
            "  --calendar FILE      add or replace years of the working-day calendar from FILE (the format of",
            "                       the bundled working-calendar-kz.json)",
            "  --help               this text");
    private static final String USAGE = "Usage: java -jar mock-server.jar [options]" + System.lineSeparator() + OPTIONS;

    private ReferenceCourtMain() {}

    public static void main(String[] args) throws InterruptedException {
        ReferenceCourt.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.println(USAGE);
            return;
        }
        ReferenceCourt court = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            court.close();
                            stopped.countDown();
                        },
                        "reference-court-shutdown"));
        System.out.println("Reference court listening on " + court.baseUrl() + "api/v1 (data in "
                + court.dataDirectory().toAbsolutePath().normalize() + "); Ctrl+C stops it.");
        stopped.await();
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
        return OPTIONS;
    }

    /** The builder the arguments describe; null for --help. */
    static ReferenceCourt.@Nullable Builder parse(String[] args) {
        ReferenceCourt.Builder builder = ReferenceCourt.builder().port(8080).dataDirectory(Path.of("court-data"));
        List<Path> trustDirectories = new ArrayList<>();
        List<Path> testTrustDirectories = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(integer(option, value));
                case "--bind" -> builder.bindAddress(address(value));
                case "--data-dir" -> builder.dataDirectory(Path.of(value));
                case "--trust-dir" -> trustDirectories.add(Path.of(value));
                case "--test-trust-dir" -> testTrustDirectories.add(Path.of(value));
                case "--clerk" -> builder.clerkPolicy(policy(value));
                case "--max-upload" -> builder.maxUploadSize(Long.parseLong(value));
                case "--calendar" ->
                    builder.clock(CourtClock.system()
                            .withCalendar(KazakhstanCalendar.standard().withFile(Path.of(value))));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        for (Path directory : trustDirectories) {
            builder.trust(TrustAnchors.fromDirectory(directory));
        }
        for (Path directory : testTrustDirectories) {
            builder.trust(TrustAnchors.fromDirectory(directory).asTest());
        }
        return builder;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
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
