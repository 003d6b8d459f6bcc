package kz.officesud.mockserver.internal.court;

import java.time.Instant;
import java.util.Locale;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.NotificationKind;
import kz.officesud.core.wire.NotificationView;
import kz.officesud.mockserver.EmailMessage;
import kz.officesud.mockserver.Webhook;
import kz.officesud.mockserver.WebhookDelivery;
import kz.officesud.mockserver.internal.casefile.Records.DeliveryRecord;
import kz.officesud.mockserver.internal.casefile.Records.EmailRecord;
import kz.officesud.mockserver.internal.casefile.Records.NotificationRecord;
import kz.officesud.mockserver.internal.casefile.Records.WebhookRecord;

/** The stored records of the cabinet and the outboxes as the API and the Java control show them. */
public final class DomainViews {
    private DomainViews() {}

    public static EmailMessage email(EmailRecord e) {
        return new EmailMessage(
                e.messageId(), e.to(), e.subject(), e.body(), Instant.parse(e.sentAt()), e.notificationId());
    }

    public static Webhook webhook(WebhookRecord w) {
        return new Webhook(w.webhookId(), java.net.URI.create(w.url()), w.secret(), Instant.parse(w.createdAt()));
    }

    public static WebhookDelivery delivery(DeliveryRecord d) {
        return new WebhookDelivery(
                d.deliveryId(),
                d.eventId(),
                d.webhookId(),
                d.type(),
                WebhookDelivery.Status.valueOf(d.status()),
                d.attempts(),
                d.nextAttemptAt() == null ? null : Instant.parse(d.nextAttemptAt()),
                d.lastStatus(),
                d.lastError(),
                d.deliveredAt() == null ? null : Instant.parse(d.deliveredAt()));
    }

    public static NotificationView notification(NotificationRecord n, Locale locale) {
        String text = n.text().getOrDefault(locale.getLanguage(), n.text().getOrDefault("ru", ""));
        return new NotificationView(
                n.notificationId(),
                NotificationKind.valueOf(n.kind()),
                Instant.parse(n.createdAt()),
                text,
                n.filingId() == null ? null : FilingId.of(n.filingId()),
                n.link(),
                n.readAt() != null,
                n.readAt() == null ? null : Instant.parse(n.readAt()));
    }
}
