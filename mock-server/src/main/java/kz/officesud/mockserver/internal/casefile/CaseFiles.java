package kz.officesud.mockserver.internal.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AccessGrantRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AccessRequestRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AuditRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.ObservedCaseRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.ViewedCasesRecord;
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
    public final Table<ObservedCaseRecord> observed;
    public final Table<AccessGrantRecord> grants;
    public final Table<AuditRecord> audit;
    public final Table<AccessRequestRecord> requests;
    public final Table<ViewedCasesRecord> viewed;

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
        // case observation (ЭНП): a case number has a '/' and may have Cyrillic letters, so its file is named by its
        // hex
        observed = new Table<>(
                sub(dataDirectory, "observed"), ObservedCaseRecord.class, c -> observedKey(c.caseNumber()), mapper);
        grants = new Table<>(
                sub(dataDirectory, "access-grants"), AccessGrantRecord.class, AccessGrantRecord::grantId, mapper);
        audit = new Table<>(sub(dataDirectory, "access-audit"), AuditRecord.class, AuditRecord::auditId, mapper);
        requests = new Table<>(
                sub(dataDirectory, "access-requests"),
                AccessRequestRecord.class,
                AccessRequestRecord::requestId,
                mapper);
        viewed = new Table<>(
                sub(dataDirectory, "viewed-cases"), ViewedCasesRecord.class, ViewedCasesRecord::userId, mapper);
    }

    private static @Nullable Path sub(@Nullable Path directory, String name) {
        return directory == null ? null : directory.resolve(name);
    }

    /** Forgets every row of every table (the court's reset). */
    public void clear() {
        for (Table<?> table : List.of(
                cases,
                answers,
                payments,
                notifications,
                emails,
                webhooks,
                deliveries,
                purged,
                observed,
                grants,
                audit,
                requests,
                viewed)) {
            table.clear();
        }
    }

    /** The key of an observed case's record: its case number's UTF-8 bytes in hex. */
    public static String observedKey(String caseNumber) {
        return java.util.HexFormat.of().formatHex(caseNumber.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
