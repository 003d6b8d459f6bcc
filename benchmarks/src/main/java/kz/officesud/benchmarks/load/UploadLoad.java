package kz.officesud.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.wire.LogInForm;
import kz.officesud.core.wire.SessionView;
import kz.officesud.core.wire.UploadView;

/**
 * Large uploads at once against a court with a small heap: {@code count} clients each stream {@code megabytes} MB of
 * their own random bytes (made while sent, never held) to {@code POST /api/v1/uploads} at the same moment. Each must
 * be stored whole: answered 201 with the size and the SHA-256 the client computed on the way.
 */
final class UploadLoad {
    private static final ObjectMapper JSON = OfficesudJson.newMapper();

    private final StandaloneCourt court;
    private final int count;
    private final long bytes;
    private final HttpClient http;

    UploadLoad(StandaloneCourt court, int count, int megabytes) {
        this.court = court;
        this.count = count;
        this.bytes = megabytes * 1024L * 1024L;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(2, FilingLoad.daemon("upload-http")))
                .build();
    }

    Map<String, Object> run() throws Exception {
        String token = token();
        Latencies times = new Latencies();
        AtomicInteger stored = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(count);
        List<Thread> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < count; c++) {
            int n = c;
            Thread client = new Thread(
                    () -> {
                        ready.countDown();
                        try {
                            ready.await();
                            long begin = System.nanoTime();
                            String failure = upload(token, n);
                            if (failure == null) {
                                stored.incrementAndGet();
                                times.add(System.nanoTime() - begin);
                            } else {
                                failures.add(failure);
                            }
                        } catch (IOException | RuntimeException e) {
                            failures.add(e.toString());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "upload-client-" + c);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("uploads", count);
        result.put("megabytesEach", bytes / (1024 * 1024));
        result.put("stored", stored.get());
        result.put("failures", failures.size());
        result.put("seconds", Latencies.round(seconds));
        result.put("megabytesPerSecond", Latencies.round(count * (bytes / 1048576.0) / seconds));
        result.put("upload", times.summary());
        result.put("firstFailures", failures.stream().limit(5).toList());
        return result;
    }

    /** A new test user of the court (its control API), logged in with its password. */
    private String token() throws IOException, InterruptedException {
        HttpResponse<byte[]> created = http.send(
                HttpRequest.newBuilder(court.baseUrl().resolve("__admin/test-users"))
                        .header("Authorization", "Bearer " + court.controlToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"individual\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("test user: " + created.statusCode());
        }
        JsonNode user = JSON.readTree(created.body());
        HttpResponse<byte[]> login = http.send(
                HttpRequest.newBuilder(court.baseUrl().resolve("api/v1/sessions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(new LogInForm(
                                user.path("login").asText(),
                                user.path("password").asText().toCharArray()))))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (login.statusCode() != 201) {
            throw new IllegalStateException("log-in: " + login.statusCode());
        }
        return JSON.readValue(login.body(), SessionView.class).token();
    }

    /** Streams one client's bytes; null when stored whole, else what went wrong. */
    private String upload(String token, int n) throws IOException, InterruptedException {
        RandomBytes body = new RandomBytes(bytes, 0x5EED_0000L + n);
        HttpResponse<byte[]> answer = http.send(
                HttpRequest.newBuilder(court.baseUrl().resolve("api/v1/uploads"))
                        .timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/pdf")
                        .header("X-File-Name", "annex-" + n + ".pdf")
                        .POST(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> body), bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 201) {
            return "upload " + n + ": " + answer.statusCode() + " " + new String(answer.body(), StandardCharsets.UTF_8);
        }
        UploadView view = JSON.readValue(answer.body(), UploadView.class);
        if (view.size() != bytes || !view.sha256().equals(body.sha256())) {
            return "upload " + n + " stored as " + view.size() + " bytes " + view.sha256() + ", sent " + bytes + " "
                    + body.sha256();
        }
        return null;
    }

    /** {@code length} pseudo-random bytes from a seed, hashed as they are read. */
    private static final class RandomBytes extends InputStream {
        private final SplittableRandom random;
        private final MessageDigest digest;
        private long remaining;

        RandomBytes(long length, long seed) {
            this.random = new SplittableRandom(seed);
            this.remaining = length;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i += 8) {
                long word = random.nextLong();
                for (int j = 0; j < 8 && i + j < n; j++) {
                    b[off + i + j] = (byte) (word >>> (8 * j));
                }
            }
            digest.update(b, off, n);
            remaining -= n;
            return n;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
