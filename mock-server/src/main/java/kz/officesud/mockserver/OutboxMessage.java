package kz.officesud.mockserver;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something the court sent out, as a test reads it from one of its outboxes ({@code notifications},
 * {@code email}, {@code webhooks}): nothing leaves the machine, everything is kept to be looked at.
 *
 * @param id the message's id (the same id on every retry of one event)
 * @param outbox which outbox
 * @param at when it was sent, on the court clock
 * @param recipient to whom (an account, an address, a URL)
 * @param subject a subject or event type, if any
 * @param body the text or JSON sent
 * @param attributes anything else the outbox records (headers, attempt number…)
 */
public record OutboxMessage(
        String id,
        String outbox,
        Instant at,
        String recipient,
        @Nullable String subject,
        String body,
        Map<String, String> attributes) {
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
