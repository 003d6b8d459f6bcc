package kz.officesud.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.mockserver.ReferenceCourtMain;

/**
 * The reference court as a process of its own ({@link ReferenceCourtMain}, the standalone court's main), bound to
 * loopback on a free port, with its own heap and, with {@code taskset}, a fixed set of cores. Its output and its
 * GC log go to files in its directory; its peak heap is read from the GC log and its peak resident memory from
 * {@code /proc}.
 */
final class StandaloneCourt implements AutoCloseable {
    private static final Pattern API = Pattern.compile("API:\\s+(http://127\\.0\\.0\\.1:\\d+/)api/v1");
    /** A G1 pause line of {@code -Xlog:gc}: {@code … 120M->30M(256M) 5.1ms}. */
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Process process;
    private final Path directory;
    private final URI baseUrl;
    private final String controlToken;

    private StandaloneCourt(Process process, Path directory, URI baseUrl, String controlToken) {
        this.process = process;
        this.directory = directory;
        this.baseUrl = baseUrl;
        this.controlToken = controlToken;
    }

    /** How to start it. */
    record Settings(
            String heap,
            String cpus,
            List<String> jvmOptions,
            List<String> courtOptions,
            Path directory,
            Path libraries) {}

    static StandaloneCourt start(Settings settings) throws IOException, InterruptedException {
        Path directory = settings.directory();
        Files.createDirectories(directory);
        Path data = Files.createDirectories(directory.resolve("data"));
        String token = "load-" + Long.toHexString(System.nanoTime())
                + Long.toHexString(Double.doubleToLongBits(Math.random()));
        List<String> command = new ArrayList<>();
        if (settings.cpus() != null) {
            command.addAll(List.of("taskset", "-c", settings.cpus()));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heap());
        command.add("-Xlog:gc:file=" + directory.resolve("gc.log"));
        command.addAll(settings.jvmOptions());
        String classPath = settings.libraries() == null
                ? classPath()
                : settings.libraries().toAbsolutePath().resolve("*").toString();
        command.addAll(List.of("-cp", classPath, ReferenceCourtMain.class.getName()));
        command.addAll(
                List.of("--port", "0", "--bind", "127.0.0.1", "--data-dir", data.toString(), "--control-token", token));
        command.addAll(settings.courtOptions());
        Path out = directory.resolve("court.out");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(directory.resolve("court.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the court exited with " + process.exitValue() + ": "
                        + Files.readString(directory.resolve("court.log")) + Files.readString(out));
            }
            Matcher matcher = API.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return new StandaloneCourt(process, directory, URI.create(matcher.group(1)), token);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IOException("the court did not say where it is within 90 s; see " + directory);
    }

    /** Every jar beside the court's own: benchmarks/target/lib holds the court and its dependencies. */
    private static String classPath() {
        try {
            Path jar = Path.of(ReferenceCourtMain.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(jar)) { // run from classes (an IDE): the whole class path of this JVM
                return System.getProperty("java.class.path");
            }
            return jar.getParent().resolve("*").toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    URI baseUrl() {
        return baseUrl;
    }

    String controlToken() {
        return controlToken;
    }

    long pid() {
        return process.pid();
    }

    /**
     * The CPU time the court's process has used so far (user and system, all its threads), in ms; -1 off Linux. Read
     * before and after a phase, it gives the court's own work per filing, whatever else the machine runs.
     */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime 14 and stime 15 (1-based, in clock ticks of 1/100 s)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The peak resident set of the court's process ({@code VmHWM}), in bytes; empty off Linux. */
    OptionalLong peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return OptionalLong.empty();
    }

    /** The most heap in use before any collection, from the GC log, in bytes (empty: no collection happened). */
    OptionalLong peakHeapBeforeGc() {
        try {
            long peak = -1;
            for (String line : Files.readAllLines(directory.resolve("gc.log"))) {
                Matcher matcher = GC.matcher(line);
                while (matcher.find()) {
                    peak = Math.max(peak, Long.parseLong(matcher.group(1)));
                }
            }
            return peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak * 1024 * 1024);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** How many collections the GC log shows. */
    long collections() {
        try (var lines = Files.lines(directory.resolve("gc.log"))) {
            return lines.filter(line -> GC.matcher(line).find()).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether the court ran out of memory (its log says so). */
    boolean outOfMemory() throws IOException {
        return Files.readString(directory.resolve("court.log")).contains("OutOfMemoryError")
                || Files.readString(directory.resolve("court.out")).contains("OutOfMemoryError");
    }

    /** Stops the court (SIGTERM, then after 15 s SIGKILL), the process this object started and no other. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(15).toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
