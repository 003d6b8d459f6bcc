package kz.officesud.mockserver;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event's delivery to one webhook, as the court's outbox records it.
 *
 * @param deliveryId the delivery's id
 * @param eventId the event's id: the same on every attempt (the receiver drops repeats by it)
 * @param webhookId the receiver
 * @param type the event's type ({@code notification.REGISTERED}, …)
 * @param status pending (to be tried again), delivered or failed (out of attempts)
 * @param attempts the attempts made
 * @param nextAttemptAt when the next attempt is due
 * @param lastStatus the HTTP status of the last attempt, if it got one
 * @param lastError why the last attempt failed
 * @param deliveredAt when it was delivered
 */
public record WebhookDelivery(
        String deliveryId,
        String eventId,
        String webhookId,
        String type,
        Status status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        @Nullable Instant deliveredAt) {
    public WebhookDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    /** Where a delivery stands. */
    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }
}
