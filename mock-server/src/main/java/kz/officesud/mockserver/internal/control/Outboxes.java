package kz.officesud.mockserver.internal.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.officesud.mockserver.OutboxMessage;

/**
 * The court's outboxes: whatever it sends out (the cabinet's notifications, e-mails, webhook deliveries) is put
 * into a named outbox, where tests read it through the control API. Each keeps its last {@value #CAPACITY}
 * messages. Thread-safe.
 *
 * <pre>{@code
 * outboxes.outbox(Outboxes.EMAIL).add(new OutboxMessage(id, Outboxes.EMAIL, clock.instant(), to, subject, text, Map.of()));
 * }</pre>
 */
public final class Outboxes {
    public static final String NOTIFICATIONS = "notifications";
    public static final String EMAIL = "email";
    public static final String WEBHOOKS = "webhooks";
    public static final int CAPACITY = 10_000;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Map<String, Outbox> outboxes = new ConcurrentHashMap<>();

    /** One outbox. */
    public static final class Outbox {
        private final String name;
        private final Deque<OutboxMessage> messages = new ArrayDeque<>();

        Outbox(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** Keeps a message sent through this outbox. */
        public synchronized void add(OutboxMessage message) {
            Objects.requireNonNull(message, "message");
            if (!message.outbox().equals(name)) {
                throw new IllegalArgumentException("a message of outbox " + message.outbox() + " put into " + name);
            }
            if (messages.size() >= CAPACITY) {
                messages.removeFirst();
            }
            messages.addLast(message);
        }

        public synchronized List<OutboxMessage> messages() {
            return new ArrayList<>(messages);
        }

        public synchronized void clear() {
            messages.clear();
        }
    }

    /** The outbox of that name (made on first use): a lower-case word such as {@code email}. */
    public Outbox outbox(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an outbox is named by a lower-case word, e.g. 'email'");
        }
        return outboxes.computeIfAbsent(name, Outbox::new);
    }

    public void clear() {
        outboxes.values().forEach(Outbox::clear);
    }
}
