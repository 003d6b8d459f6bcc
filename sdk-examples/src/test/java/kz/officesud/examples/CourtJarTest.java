package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference court as its README starts it, {@code java -jar mock-server/target/mock-server-<version>.jar}, run
 * from a copy of the repository's layout that has no test material beside it: it starts, says where its API,
 * OpenAPI description and control API are, serves them, logs one access line per request without a secret, and a
 * port in use is one line and exit status 2. Skipped when the jar has not been packaged (a build that stops before
 * {@code package}).
 */
class CourtJarTest {
    private static final Path ROOT = Path.of("..");
    private static final Path TARGET = ROOT.resolve("mock-server").resolve("target");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The README's {@code java -jar} line, split into words. */
    private static List<String> readmeCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("mock-server").resolve("README.md"), StandardCharsets.UTF_8);
        Matcher line = Pattern.compile("(?m)^java -jar (\\S+\\.jar)(.*)$").matcher(readme);
        assertThat(line.find()).as("the README's standalone command").isTrue();
        List<String> words = new ArrayList<>(List.of("java", "-jar", line.group(1)));
        words.addAll(Arrays.asList(line.group(2).strip().split("\\s+")));
        return words;
    }

    /** Skips when the court is not packaged; fails when it is but not under the name the README gives. */
    private static void packaged(String jar) throws IOException {
        boolean any;
        try (Stream<Path> files = Files.list(TARGET.toFile().isDirectory() ? TARGET : ROOT)) {
            any = files.anyMatch(file -> file.getFileName().toString().matches("mock-server-.+\\.jar"));
        }
        assumeTrue(any, "the reference court is not packaged");
        assertThat(ROOT.resolve(jar)).as("the jar the README names").isRegularFile();
    }

    /** Runs the command in {@code dir} with this JVM's {@code java}. */
    private static Process start(Path dir, List<String> command) throws IOException {
        List<String> args = new ArrayList<>(command);
        args.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder(args)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectError(dir.resolve("stderr.log").toFile())
                .start();
    }

    private static List<String> withOption(List<String> command, String option, String value) {
        List<String> changed = new ArrayList<>(command);
        int at = changed.indexOf(option);
        assertThat(at).as("the README's command sets %s", option).isPositive();
        changed.set(at + 1, value);
        return changed;
    }

    /** A fresh checkout's layout under {@code dir}: the packaged jar and its {@code lib/} (linked), nothing else. */
    private static Path checkout(Path dir, String jar) throws IOException {
        Path repository = Files.createDirectories(dir.resolve("officesud"));
        Path target = Files.createDirectories(repository.resolve(jar).getParent());
        Files.createSymbolicLink(
                repository.resolve(jar),
                TARGET.resolve(Path.of(jar).getFileName()).toAbsolutePath());
        Files.createSymbolicLink(target.resolve("lib"), TARGET.resolve("lib").toAbsolutePath());
        return repository;
    }

    private static HttpResponse<String> get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theReadmesCommand_startsTheCourt_onAFreshCheckout_withoutTheTestMaterial(@TempDir Path dir) throws Exception {
        List<String> command = readmeCommand();
        packaged(command.get(2));
        Path repository = checkout(dir, command.get(2));
        assertThat(repository.resolveSibling("shared")).doesNotExist();
        command = withOption(withOption(command, "--port", "0"), "--data-dir", "./court-data");

        Process court = start(repository, command);
        List<String> out = new ArrayList<>();
        try {
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(court.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = stdout.readLine()) != null && !line.startsWith("Ctrl+C")) {
                out.add(line);
            }
            String said = String.join("\n", out);
            Matcher api = Pattern.compile("API: +(http://\\S+/)api/v1$", Pattern.MULTILINE)
                    .matcher(said);
            assertThat(api.find()).as(said).isTrue();
            URI base = URI.create(api.group(1));
            Matcher control = Pattern.compile(
                            "Control: +" + Pattern.quote(base + "__admin") + " +\\(Authorization: Bearer (\\S+)\\)")
                    .matcher(said);
            assertThat(control.find()).as(said).isTrue();
            String token = control.group(1);
            assertThat(said)
                    .contains("OpenAPI:  " + base + "api/v1/openapi.yaml")
                    .contains("Data:     "
                            + repository.resolve("court-data").toAbsolutePath().normalize());

            assertThat(get(base.resolve("api/v1/openapi.yaml")).statusCode()).isEqualTo(200);
            assertThat(get(base.resolve("__admin/health")).statusCode()).isEqualTo(401);
            HttpResponse<String> health = get(base.resolve("__admin/health"), "Authorization", "Bearer " + token);
            assertThat(health.statusCode()).isEqualTo(200);
            String requestId = health.headers().firstValue("X-Request-Id").orElseThrow();

            court.destroy(); // SIGTERM: the shutdown hook stops the court
            assertThat(court.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<String> log = Files.readAllLines(repository.resolve("stderr.log"), StandardCharsets.UTF_8);
            List<String> access = log.stream()
                    .filter(entry -> entry.contains(" INFO kz.officesud.mockserver.access - "))
                    .toList();
            assertThat(access)
                    .as("one access line per request: %s", log)
                    .hasSize(3)
                    .anySatisfy(
                            entry -> assertThat(entry).matches(".* - GET /api/v1/openapi\\.yaml 200 \\d+ ms req-\\S+$"))
                    .anySatisfy(entry -> assertThat(entry).matches(".* - GET /__admin/health 401 \\d+ ms req-\\S+$"))
                    .anySatisfy(entry -> assertThat(entry).endsWith(" ms " + requestId));
            assertThat(String.join("\n", log)).doesNotContain(token);
            assertThat(repository.resolve("court-data")).isDirectory();
        } finally {
            court.destroyForcibly();
            court.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void thePortInUse_isOneLine_andExitStatus2(@TempDir Path dir) throws Exception {
        List<String> command = readmeCommand();
        packaged(command.get(2));
        Path repository = checkout(dir, command.get(2));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process court = start(repository, withOption(command, "--port", String.valueOf(taken.getLocalPort())));
            String out = new String(court.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(court.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(repository.resolve("stderr.log"), StandardCharsets.UTF_8);
            assertThat(court.exitValue()).as("%s%s", out, err).isEqualTo(2);
            assertThat(err.lines().toList()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("error: ")
                    .contains(String.valueOf(taken.getLocalPort())));
            assertThat(out).isEmpty();
        }
    }
}
