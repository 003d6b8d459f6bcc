package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference court as an operator runs it ({@code ReferenceCourtMain} in a JVM of its own), started by a test
 * with the heap it is given: every line it writes after its start-up lines is kept (its log: slf4j-simple on standard
 * error, the access log at INFO, the court's own loggers at DEBUG), and its collector writes each collection to a GC
 * log, so a test can say how much of the heap was live after the last one. An out-of-memory error ends the process
 * ({@code -XX:+ExitOnOutOfMemoryError}) rather than leaving a court that limps.
 */
final class SmallHeapCourt implements AutoCloseable {
    private static final Pattern GC_AFTER = Pattern.compile("->(\\d+)M\\((\\d+)M\\)");

    private final Process process;
    private final URI base;
    private final String controlToken;
    private final Path gcLog;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private @org.jspecify.annotations.Nullable HttpCourtControl control;

    private SmallHeapCourt(Process process, URI base, String controlToken, Path gcLog) {
        this.process = process;
        this.base = base;
        this.controlToken = controlToken;
        this.gcLog = gcLog;
    }

    /**
     * Starts a court with {@code heap} ({@code -Xmx}), keeping nothing on disk, deciding filings immediately.
     *
     * @param folder where its GC log goes
     * @param extra more options of the court's command line
     */
    static SmallHeapCourt start(String heap, String controlToken, Path folder, String... extra) throws IOException {
        Path gcLog = folder.resolve("gc.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-Xlog:gc:file=" + gcLog,
                "-Dorg.slf4j.simpleLogger.log.kz.officesud=debug",
                "-Dorg.slf4j.simpleLogger.log.kz.officesud.mockserver.access=info",
                "-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=info",
                "-cp",
                System.getProperty("java.class.path"),
                ReferenceCourtMain.class.getName(),
                "--port",
                "0",
                "--in-memory",
                "--control-token",
                controlToken,
                "--clerk",
                "immediate"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).start();
        SmallHeapCourt court;
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> startUp = new ArrayList<>();
        URI base = null;
        String line;
        while ((line = stdout.readLine()) != null) {
            startUp.add(line);
            if (line.trim().startsWith("API:")) {
                String api = line.trim().substring("API:".length()).trim();
                base = URI.create(api.substring(0, api.length() - "api/v1".length()));
            }
            if (line.startsWith("Ctrl+C")) {
                break;
            }
        }
        assertThat(base).as("the start-up lines %s", startUp).isNotNull();
        court = new SmallHeapCourt(process, base, controlToken, gcLog);
        court.keep(process.getErrorStream());
        court.keep(process.getInputStream());
        return court;
    }

    private void keep(InputStream stream) {
        keep(stream, log);
    }

    /** Reads {@code stream} line by line into {@code lines} on a daemon thread, until the process is gone. */
    static void keep(InputStream stream, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** The court's control API over HTTP (its test users' keys stay open until the court is closed). */
    synchronized HttpCourtControl control() {
        if (control == null) {
            control = HttpCourtControl.connect(base, controlToken);
        }
        return control;
    }

    URI baseUrl() {
        return base;
    }

    String controlToken() {
        return controlToken;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Every line the court wrote after it started (its log and anything else on its standard streams). */
    List<String> log() {
        return List.copyOf(log);
    }

    /**
     * The heap live after the collector's last collection and the heap's size then, in MiB, from the GC log; {@code
     * null} when no collection was logged yet.
     */
    long[] heapAfterLastCollection() throws IOException {
        long[] last = null;
        if (!Files.exists(gcLog)) {
            return null;
        }
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher matcher = GC_AFTER.matcher(line);
            if (matcher.find()) {
                last = new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))};
            }
        }
        return last;
    }

    /** Asks the court's JVM for a full collection ({@code jcmd PID GC.run}), so the GC log says what is live. */
    void collect() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(process.pid()),
                        "GC.run")
                .redirectErrorStream(true)
                .start();
        jcmd.getInputStream().readAllBytes();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed");
        }
        Thread.sleep(200); // the log line is written as the collection ends
    }

    /** The GC log's lines (for a message). */
    List<String> gcLog() throws IOException {
        return Files.exists(gcLog) ? Files.readAllLines(gcLog, StandardCharsets.UTF_8) : List.of();
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            if (control != null) {
                control.close();
            }
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
