package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Filing;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaKey;
import org.jspecify.annotations.Nullable;

/** The wire protocol from a test's side, on the JDK's HttpClient (tests do not use sdk-filing). */
final class CourtHttp {
    static final ObjectMapper MAPPER = OfficesudJson.newMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final @Nullable String controlToken;

    CourtHttp(URI base) {
        this(base, null);
    }

    /** Sends {@code controlToken} with every request to the control API that names no Authorization itself. */
    CourtHttp(URI base, @Nullable String controlToken) {
        this.base = base;
        this.controlToken = controlToken;
    }

    static CourtHttp of(ReferenceCourt court) {
        return new CourtHttp(court.baseUrl(), court.controlToken());
    }

    static CourtHttp of(ReferenceCourtExtension court) {
        return of(court.court());
    }

    /** An answer: status, headers, body. */
    record Reply(int status, java.net.http.HttpHeaders headers, byte[] body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Reply expect(int expected) {
            assertThat(status).as("status of %s", text()).isEqualTo(expected);
            return this;
        }
    }

    Reply send(String method, String path, byte @Nullable [] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        boolean authorized = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            authorized |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!authorized && controlToken != null && path.startsWith("/__admin")) {
            request.header("Authorization", "Bearer " + controlToken);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply postJson(String path, Object json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", path, write(json), all);
    }

    Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    static byte[] write(Object json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    // Steps of the protocol

    JsonNode challenge() {
        return postJson("/api/v1/auth/challenges", Map.of()).expect(201).json();
    }

    static String sign(NcaKey key, byte[] content) {
        return Base64.getEncoder().encodeToString(Cms.signDetached(key, new ByteArrayInputStream(content)));
    }

    Reply register(NcaKey key, String password, String email) {
        JsonNode challenge = challenge();
        byte[] bytes = Base64.getDecoder().decode(challenge.path("challenge").asText());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("agreementAccepted", true);
        form.put("password", password);
        form.put("passwordConfirmation", password);
        form.put("email", email);
        form.put("challengeId", challenge.path("challengeId").asText());
        form.put("signature", sign(key, bytes));
        return postJson("/api/v1/users", form);
    }

    Reply logIn(String login, String password) {
        return postJson("/api/v1/sessions", Map.of("login", login, "password", password));
    }

    String token(TestUser user) {
        return logIn(user.login(), user.password())
                .expect(201)
                .json()
                .path("token")
                .asText();
    }

    Reply logInWithKey(NcaKey key) {
        JsonNode challenge = challenge();
        byte[] bytes = Base64.getDecoder().decode(challenge.path("challenge").asText());
        return postJson(
                "/api/v1/sessions/signature",
                Map.of("challengeId", challenge.path("challengeId").asText(), "signature", sign(key, bytes)));
    }

    Reply upload(String token, String fileName, String mediaType, byte[] bytes) {
        return send(
                "POST",
                "/api/v1/uploads",
                bytes,
                "Authorization",
                bearer(token),
                "Content-Type",
                mediaType,
                "X-File-Name",
                URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** Uploads each document's bytes; the upload ids by SHA-256 hex. */
    Map<String, String> uploadAll(String token, Map<Attachment, byte[]> documents) {
        Map<String, String> uploads = new LinkedHashMap<>();
        documents.forEach((attachment, bytes) -> uploads.put(
                attachment.sha256().hex(),
                upload(token, attachment.fileName(), attachment.mediaType(), bytes)
                        .expect(201)
                        .json()
                        .path("uploadId")
                        .asText()));
        return uploads;
    }

    /** The manifest a client signs: the SDK's own {@link Manifest} of the filing, signed by {@code signer}. */
    static byte[] manifest(Filing filing, TestUser signer) {
        return manifest(filing, signer, Instant.parse("2026-11-23T10:00:00Z"));
    }

    /** The manifest of the filing made at {@code createdAt}. */
    static byte[] manifest(Filing filing, TestUser signer, Instant createdAt) {
        return Manifest.of(filing, new Manifest.Signer(signer.iin(), signer.bin()), null, createdAt)
                .canonicalBytes();
    }

    static Map<String, Object> filingBody(byte[] manifest, String signature, Map<String, String> uploads) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("manifest", Base64.getEncoder().encodeToString(manifest));
        body.put("signature", signature);
        body.put("uploads", uploads);
        return body;
    }

    Reply file(String token, String idempotencyKey, Map<String, Object> body) {
        return postJson("/api/v1/filings", body, "Authorization", bearer(token), "Idempotency-Key", idempotencyKey);
    }

    List<JsonNode> myCases(String token) {
        JsonNode list = get("/api/v1/filings", "Authorization", bearer(token))
                .expect(200)
                .json();
        List<JsonNode> out = new java.util.ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    /** Logs {@code user} in, uploads a claim's documents, signs and files it: the court's answer. */
    Reply fileClaim(TestUser user, String text, String idempotencyKey) {
        String token = token(user);
        TestClaims.ClaimWithFiles claim = TestClaims.claimBy(user, text);
        byte[] manifest = manifest(claim.claim(), user);
        return file(
                token,
                idempotencyKey,
                filingBody(manifest, sign(user.key(), manifest), uploadAll(token, claim.files())));
    }

    /** {@link #fileClaim}, answered 201: the new filing's id. */
    String filedClaim(TestUser user, String text, String idempotencyKey) {
        return fileClaim(user, text, idempotencyKey)
                .expect(201)
                .json()
                .path("filingId")
                .asText();
    }
}
