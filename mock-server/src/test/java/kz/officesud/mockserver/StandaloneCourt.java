package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The standalone court ({@code ReferenceCourtMain}) in a JVM of its own, on a data directory, its clerk deciding at
 * once: started, read up to its start-up lines, its log kept; killed with SIGKILL (no shutdown hook, no flush) or
 * stopped.
 *
 * @param process the court's JVM
 * @param base the court's base address
 * @param out its standard output
 * @param log its standard error (the log)
 */
record StandaloneCourt(Process process, URI base, List<String> out, List<String> log) {
    /** Starts a court on {@code dataDirectory} at {@code port} (0: any free port). */
    static StandaloneCourt start(Path dataDirectory, int port, String controlToken)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx512m",
                        // the tests' logging keeps the access log quiet; the standalone court speaks as it would
                        "-Dorg.slf4j.simpleLogger.log.kz.officesud.mockserver.access=info",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReferenceCourtMain.class.getName(),
                        "--port",
                        Integer.toString(port),
                        "--data-dir",
                        dataDirectory.toString(),
                        "--control-token",
                        controlToken,
                        "--clerk",
                        "immediate")
                .start();
        List<String> out = new CopyOnWriteArrayList<>();
        List<String> log = new CopyOnWriteArrayList<>();
        read(process.getErrorStream(), log);
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI base = null;
        String line;
        while ((line = stdout.readLine()) != null) {
            out.add(line);
            if (line.trim().startsWith("API:")) {
                String api = line.trim().substring("API:".length()).trim();
                base = URI.create(api.substring(0, api.length() - "api/v1".length()));
            }
            if (line.startsWith("Ctrl+C")) {
                break;
            }
        }
        if (base == null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(base).as("the start-up lines %s; the log %s", out, log).isNotNull();
        read(process.getInputStream(), out);
        return new StandaloneCourt(process, base, out, log);
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Stops the court as Ctrl+C would, and waits until the process is gone. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static void read(InputStream stream, List<String> lines) {
        SmallHeapCourt.keep(stream, lines);
    }
}
