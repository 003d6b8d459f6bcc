package kz.officesud.mockserver.internal.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kz.officesud.mockserver.internal.casefile.Records.AnswerRecord;
import kz.officesud.mockserver.internal.casefile.Records.CaseFileRecord;
import kz.officesud.mockserver.internal.casefile.Records.DeliveryRecord;
import kz.officesud.mockserver.internal.casefile.Records.EmailRecord;
import kz.officesud.mockserver.internal.casefile.Records.NotificationRecord;
import kz.officesud.mockserver.internal.casefile.Records.PaymentRecord;
import kz.officesud.mockserver.internal.casefile.Records.PurgeRecord;
import kz.officesud.mockserver.internal.casefile.Records.WebhookRecord;
import org.jspecify.annotations.Nullable;

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

    /** The case files under {@code dataDirectory}, or in memory only when it is null. */
    public CaseFiles(@Nullable Path dataDirectory, ObjectMapper mapper) throws IOException {
        cases = new Table<>(sub(dataDirectory, "cases"), CaseFileRecord.class, CaseFileRecord::filingId, mapper);
        answers = new Table<>(sub(dataDirectory, "answers"), AnswerRecord.class, AnswerRecord::answerId, mapper);
        payments = new Table<>(sub(dataDirectory, "payments"), PaymentRecord.class, PaymentRecord::paymentCode, mapper);
        notifications = new Table<>(
                sub(dataDirectory, "notifications"),
                NotificationRecord.class,
                NotificationRecord::notificationId,
                mapper);
        emails = new Table<>(sub(dataDirectory, "outbox/emails"), EmailRecord.class, EmailRecord::messageId, mapper);
        webhooks = new Table<>(sub(dataDirectory, "webhooks"), WebhookRecord.class, WebhookRecord::webhookId, mapper);
        deliveries = new Table<>(
                sub(dataDirectory, "outbox/webhooks"), DeliveryRecord.class, DeliveryRecord::deliveryId, mapper);
        purged = new Table<>(sub(dataDirectory, "purged"), PurgeRecord.class, PurgeRecord::uploadId, mapper);
    }

    private static @Nullable Path sub(@Nullable Path directory, String name) {
        return directory == null ? null : directory.resolve(name);
    }

    /** Forgets every row of every table (the court's reset). */
    public void clear() {
        for (Table<?> table : List.of(cases, answers, payments, notifications, emails, webhooks, deliveries, purged)) {
            table.clear();
        }
    }
}
