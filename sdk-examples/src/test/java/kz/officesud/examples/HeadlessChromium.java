package kz.officesud.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol: open a page, evaluate JavaScript in it, wait for
 * a condition. Started as the workplace starts it (no sandbox as root, no background networking, a fresh profile)
 * and with certificate errors ignored, so that a fake NCALayer's own certificate is accepted.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private final Process process;
    private final Path profile;
    private final OkHttpClient http =
            new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, String pageSocket) {
        this.process = process;
        this.profile = profile;
        this.socket = http.newWebSocket(new Request.Builder().url(pageSocket).build(), new WebSocketListener() {
            @Override
            public void onMessage(WebSocket webSocket, String text) {
                try {
                    JsonNode message = JSON.readTree(text);
                    CompletableFuture<JsonNode> call =
                            pending.remove(message.path("id").asInt(-1));
                    if (call != null) {
                        call.complete(message);
                    }
                } catch (IOException ignored) {
                    // events the test does not follow
                }
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
                pending.values().forEach(call -> call.completeExceptionally(t));
            }
        });
    }

    /** The Chromium binary of this machine, if Debian's chromium is installed. */
    static Optional<Path> binary() {
        return BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts Chromium with one blank page and connects to it. */
    static HeadlessChromium start(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("officesud-chromium-");
        Process process = new ProcessBuilder(
                        binary.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--ignore-certificate-errors",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IOException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        OkHttpClient http = new OkHttpClient();
        JsonNode targets;
        try (Response list = http.newCall(new Request.Builder()
                        .url("http://127.0.0.1:" + port + "/json/list")
                        .build())
                .execute()) {
            targets = JSON.readTree(list.body().string());
        }
        for (JsonNode target : targets) {
            if (target.path("type").asText().equals("page")) {
                return new HeadlessChromium(
                        process, profile, target.path("webSocketDebuggerUrl").asText());
            }
        }
        process.destroyForcibly();
        throw new IOException("Chromium has no page to drive");
    }

    /** Sends a DevTools command and waits for its answer. */
    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.send(message.toString());
        JsonNode result = answer.get(30, TimeUnit.SECONDS);
        if (result.has("error")) {
            throw new IllegalStateException(method + " failed: " + result.path("error"));
        }
        return result.path("result");
    }

    void open(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
        waitFor(
                "document.readyState === 'complete' && location.href.startsWith('" + url + "')",
                Duration.ofSeconds(30));
    }

    /** The value of a JavaScript expression in the page. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until {@code condition} is true in the page. */
    void waitFor(String condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the page never met: " + condition + "; it shows: "
                        + evaluate("document.body ? document.body.innerText : ''")
                                .asText());
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws IOException {
        socket.cancel();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        try (var files = Files.walk(profile)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Chromium may still be writing its profile; the temporary directory is the system's to clean
        }
    }
}
