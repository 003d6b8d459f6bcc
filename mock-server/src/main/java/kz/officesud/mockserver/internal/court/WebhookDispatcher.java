package kz.officesud.mockserver.internal.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.officesud.mockserver.internal.casefile.CaseFiles;
import kz.officesud.mockserver.internal.casefile.Records.DeliveryRecord;
import kz.officesud.mockserver.internal.casefile.Records.WebhookRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the court's events to registered webhook URLs: each event is POSTed as JSON to each receiver, at least once,
 * under the event's id (the same on every retry, so that a receiver can drop repeats), signed with HMAC-SHA256 over
 * {@code timestamp + "." + body} with the webhook's secret ({@code X-Officesud-Signature: v1=<hex>}). A failed attempt
 * (no connection, a time-out, a status other than 2xx) is retried with exponential backoff on the wall clock — the
 * first retry after {@link #firstRetry()}, then doubling, at most {@link #maxAttempts()} attempts — and deliveries left
 * pending by a stop resume at the next start. Thread-safe.
 */
public final class WebhookDispatcher implements AutoCloseable {
    public static final String EVENT_ID = "X-Officesud-Event-Id";
    public static final String EVENT_TYPE = "X-Officesud-Event-Type";
    public static final String TIMESTAMP = "X-Officesud-Timestamp";
    public static final String SIGNATURE = "X-Officesud-Signature";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int MAX_WEBHOOKS = 100;

    private final CaseFiles files;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private final ScheduledExecutorService thread;
    private final SecureRandom random = new SecureRandom();
    private volatile int maxAttempts = 8;
    private volatile Duration firstRetry = Duration.ofSeconds(1);
    private volatile Duration timeout = Duration.ofSeconds(10);

    public WebhookDispatcher(CaseFiles files, Clock clock, ObjectMapper mapper) {
        this.files = files;
        this.clock = clock;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.thread = Executors.newScheduledThreadPool(2, runnable -> {
            Thread t = new Thread(runnable, "reference-court-webhooks");
            t.setDaemon(true);
            return t;
        });
        for (DeliveryRecord delivery : files.deliveries.all()) {
            if ("PENDING".equals(delivery.status())) {
                schedule(delivery.deliveryId(), Duration.ZERO);
            }
        }
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration firstRetry() {
        return firstRetry;
    }

    /** How often and how soon failed deliveries are retried (attempts 1–20; first retry 1 ms to 1 hour). */
    public void retries(int attempts, Duration first, Duration attemptTimeout) {
        if (attempts < 1 || attempts > 20) {
            throw new IllegalArgumentException("attempts must be 1 to 20");
        }
        if (first.isNegative() || first.isZero() || first.compareTo(MAX_BACKOFF) > 0) {
            throw new IllegalArgumentException("the first retry comes after 1 ms to 1 hour");
        }
        if (attemptTimeout.isNegative() || attemptTimeout.isZero() || attemptTimeout.toMinutes() > 5) {
            throw new IllegalArgumentException("an attempt times out after up to 5 minutes");
        }
        this.maxAttempts = attempts;
        this.firstRetry = first;
        this.timeout = attemptTimeout;
    }

    /**
     * Registers a receiver: an {@code http} or {@code https} URL; its secret signs the deliveries (a random one when
     * null).
     */
    public WebhookRecord register(String url, @Nullable String secret) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(url, "url"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || url.length() > 2000) {
            throw new IllegalArgumentException("a webhook URL is an absolute http(s) URL of at most 2000 characters");
        }
        if (secret != null && (secret.length() < 16 || secret.length() > 256)) {
            throw new IllegalArgumentException("a webhook secret has 16 to 256 characters");
        }
        if (files.webhooks.all().size() >= MAX_WEBHOOKS) {
            throw new IllegalStateException("at most " + MAX_WEBHOOKS + " webhooks");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String key = secret != null ? secret : "whsec_" + HexFormat.of().formatHex(bytes);
        return files.webhooks.put(new WebhookRecord(
                "WH-" + UUID.randomUUID(), url, key, clock.instant().toString()));
    }

    public List<WebhookRecord> webhooks() {
        return files.webhooks.all();
    }

    public List<DeliveryRecord> deliveries() {
        return files.deliveries.all();
    }

    /** Queues {@code event} (a JSON-serialisable value) for every receiver, under {@code eventId}. */
    public void publish(String eventId, String type, Object event) {
        deliver(eventId, type, event, files.webhooks.all());
    }

    /**
     * At start: delivers an event that occurred at {@code occurredAt} to each webhook registered by then that has no
     * delivery of it (a crash came between the event and its deliveries). Returns how many deliveries it made.
     */
    public int publishMissing(String eventId, String type, Instant occurredAt, Object event) {
        Set<String> delivered = new HashSet<>();
        for (DeliveryRecord delivery : files.deliveries.all()) {
            if (delivery.eventId().equals(eventId)) {
                delivered.add(delivery.webhookId());
            }
        }
        List<WebhookRecord> missing = files.webhooks.all().stream()
                .filter(webhook -> !delivered.contains(webhook.webhookId()))
                .filter(webhook -> !Instant.parse(webhook.createdAt()).isAfter(occurredAt))
                .toList();
        deliver(eventId, type, event, missing);
        return missing.size();
    }

    private void deliver(String eventId, String type, Object event, List<WebhookRecord> receivers) {
        if (receivers.isEmpty()) {
            return;
        }
        String payload;
        try {
            payload = mapper.writeValueAsString(event);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the event " + eventId, e);
        }
        for (WebhookRecord webhook : receivers) {
            DeliveryRecord delivery = files.deliveries.put(new DeliveryRecord(
                    "DL-" + UUID.randomUUID(),
                    eventId,
                    webhook.webhookId(),
                    type,
                    payload,
                    "PENDING",
                    0,
                    clock.instant().toString(),
                    null,
                    null,
                    null));
            schedule(delivery.deliveryId(), Duration.ZERO);
        }
    }

    private void schedule(String deliveryId, Duration delay) {
        if (thread.isShutdown()) {
            return;
        }
        thread.schedule(() -> attempt(deliveryId), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(String deliveryId) {
        DeliveryRecord delivery = files.deliveries.get(deliveryId).orElse(null);
        if (delivery == null || !"PENDING".equals(delivery.status())) {
            return;
        }
        WebhookRecord webhook = files.webhooks.get(delivery.webhookId()).orElse(null);
        if (webhook == null) {
            files.deliveries.put(
                    next(delivery, "FAILED", delivery.attempts(), null, null, "the webhook is gone", null));
            return;
        }
        int attempts = delivery.attempts() + 1;
        Integer status = null;
        String error = null;
        try {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(EVENT_ID, delivery.eventId())
                    .header(EVENT_TYPE, delivery.type())
                    .header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, "v1=" + sign(webhook.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                files.deliveries.put(next(
                        delivery,
                        "DELIVERED",
                        attempts,
                        null,
                        status,
                        null,
                        clock.instant().toString()));
                LOG.debug(
                        "webhook event {} delivered to {} on attempt {}",
                        delivery.eventId(),
                        webhook.webhookId(),
                        attempts);
                return;
            }
            error = "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempts >= maxAttempts) {
            files.deliveries.put(next(delivery, "FAILED", attempts, null, status, error, null));
            LOG.debug(
                    "webhook event {} to {} failed after {} attempts",
                    delivery.eventId(),
                    webhook.webhookId(),
                    attempts);
            return;
        }
        Duration backoff = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
            backoff = MAX_BACKOFF;
        }
        files.deliveries.put(next(
                delivery, "PENDING", attempts, clock.instant().plus(backoff).toString(), status, error, null));
        schedule(deliveryId, backoff);
    }

    private static DeliveryRecord next(
            DeliveryRecord d,
            String status,
            int attempts,
            @Nullable String nextAttemptAt,
            @Nullable Integer lastStatus,
            @Nullable String lastError,
            @Nullable String deliveredAt) {
        return new DeliveryRecord(
                d.deliveryId(),
                d.eventId(),
                d.webhookId(),
                d.type(),
                d.payload(),
                status,
                attempts,
                nextAttemptAt,
                lastStatus,
                lastError,
                deliveredAt);
    }

    /** {@code hex(HMAC-SHA256(secret, timestamp + "." + body))}: what a receiver recomputes to trust a delivery. */
    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
