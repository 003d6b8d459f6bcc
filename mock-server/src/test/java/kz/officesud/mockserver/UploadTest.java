package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Uploads: streamed to disk, hashed on the way, capped. */
@ExtendWith(NoLeakedCourt.class)
class UploadTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
                    builder -> builder.maxUploadSize(256 * 1024))
            .onDisk();

    private final CourtHttp http = CourtHttp.of(court);

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void upload_isStoredContentAddressed_withItsHashSizeAndName() throws Exception {
        TestUser user = court.users().individual();
        byte[] bytes = new byte[200 * 1024 + 17];
        new Random(42).nextBytes(bytes);

        JsonNode upload = http.upload(http.token(user), "Договор № 5 (копия).pdf", "application/pdf", bytes)
                .expect(201)
                .json();

        String sha = sha256(bytes);
        assertThat(upload.path("sha256").asText()).isEqualTo(sha);
        assertThat(upload.path("size").asLong()).isEqualTo(bytes.length);
        assertThat(upload.path("fileName").asText()).isEqualTo("Договор № 5 (копия).pdf");
        assertThat(upload.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(upload.path("uploadId").asText()).startsWith("UP-");
        Path blob = court.dataDirectory()
                .resolve("blobs")
                .resolve(sha.substring(0, 2))
                .resolve(sha);
        assertThat(blob).hasBinaryContent(bytes);
    }

    @Test
    void upload_overTheCap_is413_andNothingIsKept() throws Exception {
        TestUser user = court.users().individual();
        byte[] bytes = new byte[256 * 1024 + 1];

        JsonNode problem = http.upload(http.token(user), "big.pdf", "application/pdf", bytes)
                .expect(413)
                .json();

        assertThat(problem.path("code").asText()).isEqualTo("payload_too_large");
        try (Stream<Path> temp = Files.list(court.dataDirectory().resolve("tmp"))) {
            assertThat(temp).isEmpty();
        }
        assertThat(court.dataDirectory()
                        .resolve("blobs")
                        .resolve(sha256(bytes).substring(0, 2))
                        .resolve(sha256(bytes)))
                .doesNotExist();
    }

    @Test
    void upload_streamedWithoutLength_isCountedWhileStreaming_413PastTheCap() throws Exception {
        TestUser user = court.users().individual();
        byte[] bytes = new byte[300 * 1024];
        HttpRequest request = HttpRequest.newBuilder(court.baseUrl().resolve("/api/v1/uploads"))
                .header("Authorization", CourtHttp.bearer(http.token(user)))
                .header("X-File-Name", "chunked.pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload_too_large");
        try (Stream<Path> temp = Files.list(court.dataDirectory().resolve("tmp"))) {
            assertThat(temp).isEmpty();
        }
    }

    @Test
    void upload_declaringMoreThanTheCap_isRefusedBeforeReading() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        try (Socket socket =
                new Socket(court.baseUrl().getHost(), court.baseUrl().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/uploads HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                            + "\r\nX-File-Name: huge.pdf\r\nContent-Type: application/pdf\r\nContent-Length: "
                            + (64L * 1024 * 1024 + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void upload_withoutToken_is401_withoutFileName_is400() {
        assertThat(http.send("POST", "/api/v1/uploads", new byte[] {1}, "X-File-Name", "a.pdf")
                        .expect(401)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("unauthorized");
        TestUser user = court.users().individual();
        assertThat(http.send(
                                "POST",
                                "/api/v1/uploads",
                                new byte[] {1},
                                "Authorization",
                                CourtHttp.bearer(http.token(user)))
                        .expect(400)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("file_name_required");
    }

    @Test
    void upload_withPathInFileName_isRejected() {
        TestUser user = court.users().individual();

        assertThat(http.upload(http.token(user), "../../etc/passwd", "text/plain", new byte[] {1})
                        .expect(400)
                        .json()
                        .path("code")
                        .asText())
                .isEqualTo("file_name_invalid");
    }
}
