package kz.officesud.mockserver.internal.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import kz.officesud.mockserver.internal.casefile.Records.AnswerRecord;
import kz.officesud.mockserver.internal.casefile.Records.CaseFileRecord;
import kz.officesud.mockserver.internal.casefile.Records.DeliveryRecord;
import kz.officesud.mockserver.internal.casefile.Records.EmailRecord;
import kz.officesud.mockserver.internal.casefile.Records.NotificationRecord;
import kz.officesud.mockserver.internal.casefile.Records.PaymentRecord;
import kz.officesud.mockserver.internal.casefile.Records.PurgeRecord;
import kz.officesud.mockserver.internal.casefile.Records.WebhookRecord;

/** The tables of the case files, the cabinet and the outboxes, in the court's data directory. */
public final class CaseFiles {
    public final Table<CaseFileRecord> cases;
    public final Table<AnswerRecord> answers;
    public final Table<PaymentRecord> payments;
    public final Table<NotificationRecord> notifications;
    public final Table<EmailRecord> emails;
    public final Table<WebhookRecord> webhooks;
    public final Table<DeliveryRecord> deliveries;
    public final Table<PurgeRecord> purged;

    public CaseFiles(Path dataDirectory, ObjectMapper mapper) throws IOException {
        cases = new Table<>(dataDirectory.resolve("cases"), CaseFileRecord.class, CaseFileRecord::filingId, mapper);
        answers = new Table<>(dataDirectory.resolve("answers"), AnswerRecord.class, AnswerRecord::answerId, mapper);
        payments =
                new Table<>(dataDirectory.resolve("payments"), PaymentRecord.class, PaymentRecord::paymentCode, mapper);
        notifications = new Table<>(
                dataDirectory.resolve("notifications"),
                NotificationRecord.class,
                NotificationRecord::notificationId,
                mapper);
        emails = new Table<>(dataDirectory.resolve("outbox/emails"), EmailRecord.class, EmailRecord::messageId, mapper);
        webhooks =
                new Table<>(dataDirectory.resolve("webhooks"), WebhookRecord.class, WebhookRecord::webhookId, mapper);
        deliveries = new Table<>(
                dataDirectory.resolve("outbox/webhooks"), DeliveryRecord.class, DeliveryRecord::deliveryId, mapper);
        purged = new Table<>(dataDirectory.resolve("purged"), PurgeRecord.class, PurgeRecord::uploadId, mapper);
    }
}
