package kz.officesud.mockserver;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail the court sent, as its outbox keeps it (the reference court sends no real mail).
 *
 * @param messageId the message's id
 * @param to the account's e-mail address
 * @param subject the subject
 * @param body the text (Russian, then Kazakh)
 * @param sentAt when it was sent
 * @param notificationId the cabinet notice it repeats
 */
public record EmailMessage(
        String messageId, String to, String subject, String body, Instant sentAt, @Nullable String notificationId) {
    public EmailMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
