package kz.officesud.mockserver;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A receiver of the court's events: each notice the court sends is also POSTed to it as JSON, signed with its secret
 * ({@code X-Officesud-Signature: v1=hex(HMAC-SHA256(secret, X-Officesud-Timestamp + "." + body))}), under the event's
 * id ({@code X-Officesud-Event-Id}), retried with backoff until it answers 2xx.
 *
 * @param webhookId the court's id of the receiver
 * @param url where events are POSTed
 * @param secret the key of the signatures (test material, shown to the test)
 * @param createdAt when it was registered
 */
public record Webhook(String webhookId, URI url, String secret, Instant createdAt) {
    public Webhook {
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "Webhook[" + webhookId + ", " + url + "]";
    }
}
