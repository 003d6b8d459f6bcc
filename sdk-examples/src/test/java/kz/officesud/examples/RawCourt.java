package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.FilingView;
import kz.officesud.core.wire.LogInForm;
import kz.officesud.core.wire.Problem;
import kz.officesud.core.wire.SessionView;
import kz.officesud.core.wire.UploadView;

/**
 * The court's HTTP API driven without the client's checks, on the JDK's HttpClient and the shared wire types:
 * how a test puts before the court what the SDK would have stopped, to see the court judge it.
 */
final class RawCourt {
    private static final ObjectMapper JSON = OfficesudJson.newMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    RawCourt(URI base) {
        this.base = base;
    }

    String token(String login, char[] password) {
        return send(post("/api/v1/sessions", write(new LogInForm(login, password))), 201, SessionView.class)
                .token();
    }

    /** Uploads every file of {@code documents}; the upload ids by SHA-256 hex. */
    Map<String, String> uploadAll(String token, Iterable<FilingDocument> documents) {
        Map<String, String> uploads = new TreeMap<>();
        for (FilingDocument document : documents) {
            Attachment a = document.attachment();
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/uploads"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", a.mediaType())
                    .header(
                            "X-File-Name",
                            URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8)
                                    .replace("+", "%20"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> open(a)))
                    .build();
            uploads.put(a.sha256().hex(), send(request, 201, UploadView.class).uploadId());
        }
        return uploads;
    }

    FilingView file(String token, byte[] manifest, byte[] signature, Map<String, String> uploads) {
        HttpRequest request = post("/api/v1/filings", write(FilingSubmission.of(manifest, signature, uploads)))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", IdempotencyKey.random().value())
                .build();
        return send(request, 201, FilingView.class);
    }

    /** Sends a filing the court must refuse with {@code status}; its problem. */
    Problem fileRefused(String token, byte[] manifest, byte[] signature, Map<String, String> uploads, int status) {
        HttpRequest request = post("/api/v1/filings", write(FilingSubmission.of(manifest, signature, uploads)))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", IdempotencyKey.random().value())
                .build();
        return send(request, status, Problem.class);
    }

    FilingView filing(String token, FilingId id) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/filings/" + id.value()))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return send(request, 200, FilingView.class);
    }

    private HttpRequest.Builder post(String path, byte[] json) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    }

    private <T> T send(HttpRequest.Builder request, int status, Class<T> type) {
        return send(request.build(), status, type);
    }

    private <T> T send(HttpRequest request, int status, Class<T> type) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode())
                    .as(
                            "%s %s: %s",
                            request.method(), request.uri(), new String(response.body(), StandardCharsets.UTF_8))
                    .isEqualTo(status);
            return JSON.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(Attachment a) {
        try {
            return a.content().open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
