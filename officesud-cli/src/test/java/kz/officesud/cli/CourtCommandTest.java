package kz.officesud.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourtCommandTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void court_startsTheReferenceCourt_withTheLaunchersOptions_andStopsIt() throws Exception {
        AtomicReference<URI> api = new AtomicReference<>();
        AtomicInteger status = new AtomicInteger();
        FakeTerminal terminal = new FakeTerminal();
        terminal.whileRunning(court -> {
            Matcher url = Pattern.compile("(http://\\S+/api/v1)").matcher(terminal.printed());
            assertThat(url.find()).as(terminal.printed()).isTrue();
            api.set(URI.create(url.group(1)));
            try {
                status.set(get(URI.create(api.get() + "/openapi.yaml")).statusCode());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        FakeTerminal.Result r = terminal.run(
                "court", "--port", "0", "--data-dir", dir.resolve("data").toString(), "--clerk", "manual");

        assertThat(r.status()).as(r.all()).isEqualTo(0);
        assertThat(r.out())
                .contains("Reference court listening on http://127.0.0.1:")
                .contains("Ctrl+C stops it.")
                .containsPattern("Control API: http://127\\.0\\.0\\.1:\\d+/__admin \\(Authorization: Bearer \\S+\\)");
        assertThat(status.get()).isEqualTo(200);
        assertThat(Files.isDirectory(dir.resolve("data"))).isTrue();
        assertThatThrownBy(() -> get(URI.create(api.get() + "/openapi.yaml"))).isInstanceOf(IOException.class);
    }

    @Test
    void court_inMemory_saysSo_andMakesNoDataDirectory() {
        FakeTerminal terminal = new FakeTerminal();
        terminal.whileRunning(court -> {});

        FakeTerminal.Result r = terminal.run("court", "--port", "0", "--in-memory", "--lang", "ru");

        assertThat(r.status()).as(r.all()).isEqualTo(0);
        assertThat(r.out())
                .contains("Эталонный суд слушает http://127.0.0.1:")
                .contains("в памяти: ничего не сохраняется")
                .contains("Управляющий API: http://127.0.0.1:");
    }

    @Test
    void court_help_listsTheLaunchersOptions() {
        FakeTerminal.Result r = new FakeTerminal().run("court", "--help", "--lang", "kk");

        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out())
                .contains("Қолданылуы: officesud court")
                .contains("--data-dir DIR")
                .contains("--clerk POLICY");
    }

    @Test
    void court_withABadOption_isAUsageError() {
        FakeTerminal.Result r = new FakeTerminal().run("court", "--port", "many");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--port takes a number, not many").contains("--data-dir DIR");
    }
}
