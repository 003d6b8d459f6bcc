package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.officesud.mockserver.internal.court.WebhookDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event not yet delivered when the court stops is not lost: the pending delivery is on disk, and the court started
 * again on the same data directory delivers it, under the same event id and signed with the webhook's secret; once
 * delivered, a further restart does not send it again.
 */
class WebhookRestartTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");
    private static final String SECRET = "restart-secret-0123456789";

    @TempDir
    Path dataDirectory;

    private ReferenceCourt start() {
        return ReferenceCourt.builder()
                .dataDirectory(dataDirectory)
                .clock(CourtClock.fixed(MONDAY_10))
                .clerkPolicy(Clerk.Policy.MANUAL)
                .build()
                .start();
    }

    @Test
    void aDeliveryPendingAtAStop_isMadeAfterTheRestart_underTheSameId_andOnlyOnce() throws Exception {
        AtomicBoolean receiving = new AtomicBoolean(false);
        List<WebhookTest.Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = WebhookTest.receiver(() -> receiving.get() ? 204 : 503, received);
        try {
            URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            String webhookId;
            try (ReferenceCourt court = start()) {
                // one attempt now, the next an hour away: the court stops before it
                court.webhooks().retries(8, Duration.ofHours(1), Duration.ofSeconds(5));
                webhookId = court.webhooks().register(hook, SECRET).webhookId();
                CourtHttp http = CourtHttp.of(court);
                TestUser user = court.control().newIndividual();
                http.filedClaim(user, "webhook restart", "webhook-restart");
                awaitAttempts(received, 1);
                assertThat(pending(court, webhookId)).isEqualTo(1);
            }
            assertThat(received)
                    .singleElement()
                    .extracting(WebhookTest.Received::answered)
                    .isEqualTo(503);
            String eventId = received.get(0).eventId();

            receiving.set(true);
            try (ReferenceCourt court = start()) {
                awaitAttempts(received, 2);
                awaitDelivered(court, webhookId);
            }
            WebhookTest.Received again = received.get(1);
            assertThat(again.eventId()).isEqualTo(eventId);
            assertThat(again.answered()).isEqualTo(204);
            assertThat(again.signature())
                    .isEqualTo("v1=" + WebhookDispatcher.sign(SECRET, again.timestamp(), again.body()));
            assertThat(CourtHttp.MAPPER.readTree(again.body()).path("eventId").asText())
                    .isEqualTo(eventId);

            try (ReferenceCourt court = start()) {
                Thread.sleep(300);
                assertThat(pending(court, webhookId)).isZero();
            }
            assertThat(received).as("delivered once, never again").hasSize(2);
        } finally {
            receiver.stop(0);
        }
    }

    private static long pending(ReferenceCourt court, String webhookId) {
        return court.outbox().webhookDeliveries().stream()
                .filter(d -> d.webhookId().equals(webhookId) && d.status() == WebhookDelivery.Status.PENDING)
                .count();
    }

    private static void awaitDelivered(ReferenceCourt court, String webhookId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (court.outbox().webhookDeliveries().stream()
                    .anyMatch(d -> d.webhookId().equals(webhookId) && d.status() == WebhookDelivery.Status.DELIVERED)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not delivered within 20 s");
    }

    private static void awaitAttempts(List<WebhookTest.Received> received, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).hasSizeGreaterThanOrEqualTo(count);
    }
}
