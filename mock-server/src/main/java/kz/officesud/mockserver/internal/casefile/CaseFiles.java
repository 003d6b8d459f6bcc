package kz.officesud.mockserver.internal.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AccessGrantRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AccessRequestRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AuditRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.ObservedCaseRecord;
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
    private final Map<String, Table<?>> tables = new LinkedHashMap<>();
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

    /** The case files under {@code dataDirectory}, or in memory only when it is null. */
    public CaseFiles(@Nullable Path dataDirectory, ObjectMapper mapper) throws IOException {
        cases = table(dataDirectory, "cases", CaseFileRecord.class, CaseFileRecord::filingId, mapper);
        answers = table(dataDirectory, "answers", AnswerRecord.class, AnswerRecord::answerId, mapper);
        payments = table(dataDirectory, "payments", PaymentRecord.class, PaymentRecord::paymentCode, mapper);
        notifications = table(
                dataDirectory, "notifications", NotificationRecord.class, NotificationRecord::notificationId, mapper);
        emails = table(dataDirectory, "outbox/emails", EmailRecord.class, EmailRecord::messageId, mapper);
        webhooks = table(dataDirectory, "webhooks", WebhookRecord.class, WebhookRecord::webhookId, mapper);
        deliveries = table(dataDirectory, "outbox/webhooks", DeliveryRecord.class, DeliveryRecord::deliveryId, mapper);
        purged = table(dataDirectory, "purged", PurgeRecord.class, PurgeRecord::uploadId, mapper);
        // case observation (ЭНП): a case number has a '/' and may have Cyrillic letters, so its file is named by its
        // hex
        observed = table(dataDirectory, "observed", ObservedCaseRecord.class, c -> observedKey(c.caseNumber()), mapper);
        grants = table(dataDirectory, "access-grants", AccessGrantRecord.class, AccessGrantRecord::grantId, mapper);
        audit = table(dataDirectory, "access-audit", AuditRecord.class, AuditRecord::auditId, mapper);
        requests = table(
                dataDirectory, "access-requests", AccessRequestRecord.class, AccessRequestRecord::requestId, mapper);
    }

    /**
     * A table kept under {@code dataDirectory/name} and known to {@link #tables()} by that name, so that the court's reset
     * forgets it and its snapshots carry it.
     */
    private <T> Table<T> table(
            @Nullable Path dataDirectory,
            String name,
            Class<T> type,
            java.util.function.Function<T, String> id,
            ObjectMapper mapper)
            throws IOException {
        Table<T> table = new Table<>(sub(dataDirectory, name), type, id, mapper);
        if (tables.putIfAbsent(name, table) != null) {
            throw new IllegalStateException("two tables named " + name);
        }
        return table;
    }

    /** Every table by the name of its folder, in the order they were made. */
    public Map<String, Table<?>> tables() {
        return java.util.Collections.unmodifiableMap(tables);
    }

    private static @Nullable Path sub(@Nullable Path directory, String name) {
        return directory == null ? null : directory.resolve(name);
    }

    /** Forgets every row of every table (the court's reset). */
    public void clear() {
        tables.values().forEach(Table::clear);
    }

    /** The key of an observed case's record: its case number's UTF-8 bytes in hex. */
    public static String observedKey(String caseNumber) {
        return java.util.HexFormat.of().formatHex(caseNumber.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
