package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import kz.officesud.mockserver.internal.court.WebhookDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The court's events reach a webhook at least once: signed, under one id, retried with backoff after failures. */
@ExtendWith(NoLeakedCourt.class)
class WebhookTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(b -> b.clerkPolicy(Clerk.Policy.MANUAL));

    /** One delivery as the receiver saw it. */
    record Received(String eventId, String timestamp, String signature, String body, int answered) {}

    @Test
    void aReceiverThatFailsTwice_getsTheEventOnTheThirdAttempt_underTheSameId_signed() throws Exception {
        String secret = "test-secret-0123456789";
        AtomicInteger calls = new AtomicInteger();
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = receiver(() -> calls.incrementAndGet() <= 2 ? 503 : 204, received);
        try {
            court.court().webhooks().retries(5, Duration.ofMillis(50), Duration.ofSeconds(5));
            Webhook webhook = court.court()
                    .webhooks()
                    .register(
                            URI.create(
                                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
                            secret);

            CourtHttp http = CourtHttp.of(court);
            TestUser user = court.users().individual();
            String token = http.token(user);
            ClaimWithFiles claim = TestClaims.claimBy(user, "webhook");
            byte[] manifest = CourtHttp.manifest(claim.claim(), user);
            http.file(
                            token,
                            "webhook",
                            CourtHttp.filingBody(
                                    manifest,
                                    CourtHttp.sign(user.key(), manifest),
                                    http.uploadAll(token, claim.files())))
                    .expect(201);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            // The receiver answers before the dispatcher records the answer: wait for the court's record.
            while (!delivered(webhook) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(received).hasSize(3);
            assertThat(received)
                    .extracting(Received::eventId)
                    .containsOnly(received.get(0).eventId());
            for (Received r : received) {
                assertThat(r.signature()).isEqualTo("v1=" + WebhookDispatcher.sign(secret, r.timestamp(), r.body()));
            }
            JsonNode event = CourtHttp.MAPPER.readTree(received.get(2).body());
            assertThat(event.path("type").asText()).isEqualTo("notification.ARRIVED");
            assertThat(event.path("eventId").asText()).isEqualTo(received.get(0).eventId());
            assertThat(event.path("text").path("ru").asText()).isNotBlank();
            List<WebhookDelivery> deliveries = court.court().outbox().webhookDeliveries().stream()
                    .filter(d -> d.webhookId().equals(webhook.webhookId()))
                    .toList();
            assertThat(deliveries).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
                assertThat(d.attempts()).isEqualTo(3);
                assertThat(d.eventId()).isEqualTo(received.get(0).eventId());
            });
        } finally {
            receiver.stop(0);
        }
    }

    /** A receiver on loopback at {@code /hook}, started, answering each delivery with {@code status} and recording it. */
    static HttpServer receiver(java.util.function.IntSupplier status, List<Received> received) throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer = status.getAsInt();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst(WebhookDispatcher.EVENT_ID),
                    exchange.getRequestHeaders().getFirst(WebhookDispatcher.TIMESTAMP),
                    exchange.getRequestHeaders().getFirst(WebhookDispatcher.SIGNATURE),
                    body,
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        receiver.start();
        return receiver;
    }

    private static boolean delivered(Webhook webhook) {
        return court.court().outbox().webhookDeliveries().stream()
                .anyMatch(d ->
                        d.webhookId().equals(webhook.webhookId()) && d.status() == WebhookDelivery.Status.DELIVERED);
    }

    @Test
    void aWebhookUrl_mustBeHttp() {
        CourtHttp http = CourtHttp.of(court);
        assertThat(http.postJson("/__admin/webhooks", java.util.Map.of("url", "file:///etc/passwd"))
                        .status())
                .isEqualTo(400);
    }
}
