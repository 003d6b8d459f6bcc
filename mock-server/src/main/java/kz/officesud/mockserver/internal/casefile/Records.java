package kz.officesud.mockserver.internal.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The stored records of the case files, the cabinet and the outboxes: one JSON file each, written atomically. */
public final class Records {
    private Records() {}

    /**
     * A filing's case file, {@code cases/<filingId>.json}: its registration card, the case's events, the judicial
     * acts issued on it, the court's answers to it, the state-fee payments it names and the court's checks of them.
     */
    public record CaseFileRecord(
            String filingId,
            String userId,
            CardRecord card,
            List<EventRecord> events,
            List<ActRecord> acts,
            List<AnswerRecord> answers,
            List<String> paymentCodes,
            List<PaymentCheckRecord> paymentChecks) {
        public CaseFileRecord {
            Objects.requireNonNull(filingId, "filingId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(card, "card");
            events = copy(events);
            acts = copy(acts);
            answers = copy(answers);
            paymentCodes = copy(paymentCodes);
            paymentChecks = copy(paymentChecks);
        }

        public CaseFileRecord withCard(CardRecord next) {
            return new CaseFileRecord(filingId, userId, next, events, acts, answers, paymentCodes, paymentChecks);
        }

        public CaseFileRecord plusEvent(EventRecord event) {
            return new CaseFileRecord(
                    filingId, userId, card, plus(events, event), acts, answers, paymentCodes, paymentChecks);
        }

        public CaseFileRecord plusAct(ActRecord act) {
            return new CaseFileRecord(
                    filingId, userId, card, events, plus(acts, act), answers, paymentCodes, paymentChecks);
        }

        public CaseFileRecord plusAnswer(AnswerRecord answer) {
            return new CaseFileRecord(
                    filingId, userId, card, events, acts, plus(answers, answer), paymentCodes, paymentChecks);
        }

        public CaseFileRecord plusPaymentCode(String code) {
            return new CaseFileRecord(
                    filingId, userId, card, events, acts, answers, plus(paymentCodes, code), paymentChecks);
        }

        public CaseFileRecord plusPaymentCheck(PaymentCheckRecord check) {
            return new CaseFileRecord(
                    filingId, userId, card, events, acts, answers, paymentCodes, plus(paymentChecks, check));
        }
    }

    /**
     * The registration control card of an incoming document (регистрационная контрольная карточка, РКК).
     *
     * @param registrationNumber the incoming registration number, given when registered
     * @param arrivedAt when the filing arrived
     * @param registeredAt when it was registered
     * @param parts the card's parts: the card itself, form 1А, a form per person, the e-document forms, the state-fee
     *     forms
     */
    public record CardRecord(
            @Nullable String registrationNumber,
            String arrivedAt,
            @Nullable String registeredAt,
            List<PartRecord> parts) {
        public CardRecord {
            Objects.requireNonNull(arrivedAt, "arrivedAt");
            parts = copy(parts);
        }
    }

    /** One part of a card: its kind, its title and its fields in order. */
    public record PartRecord(String kind, String title, List<FieldRecord> fields) {
        public PartRecord {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            fields = copy(fields);
        }
    }

    /** A field of a card's part. */
    public record FieldRecord(String name, String value) {
        public FieldRecord {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** An event of the case. */
    public record EventRecord(String eventId, String kind, String at, String text, @Nullable String hearingAt) {
        public EventRecord {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A document the court issued (a judicial act, an answer's document), its bytes in the blob store. */
    public record ActRecord(
            String actId,
            String kind,
            String title,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String issuedAt) {
        public ActRecord {
            Objects.requireNonNull(actId, "actId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }

    /**
     * An outgoing document of the court, {@code answers/<answerId>.json}: delivered only when linked to an incoming
     * filing and marked for delivery through the cabinet.
     */
    public record AnswerRecord(
            String answerId,
            @Nullable String filingId,
            String text,
            @Nullable ActRecord document,
            boolean delivered,
            @Nullable String reason,
            String sentAt) {
        public AnswerRecord {
            Objects.requireNonNull(answerId, "answerId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sentAt, "sentAt");
        }
    }

    /** A court's check of a payment with the tax authority. */
    public record PaymentCheckRecord(
            String paymentCode, String checkedAt, boolean positive, @Nullable String amount, String note) {
        public PaymentCheckRecord {
            Objects.requireNonNull(paymentCode, "paymentCode");
            Objects.requireNonNull(checkedAt, "checkedAt");
            Objects.requireNonNull(note, "note");
        }
    }

    /** A payment made through the e-government payment gateway, {@code payments/<code>.json}. */
    public record PaymentRecord(
            String paymentCode,
            String paidAt,
            String amount,
            String payerIin,
            @Nullable String payerBin,
            String payerName,
            String purpose,
            String settlesAt) {
        public PaymentRecord {
            Objects.requireNonNull(paymentCode, "paymentCode");
            Objects.requireNonNull(paidAt, "paidAt");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(payerIin, "payerIin");
            Objects.requireNonNull(payerName, "payerName");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(settlesAt, "settlesAt");
        }
    }

    /** A notice in a user's cabinet, its text in kk, ru and en; {@code sequence} orders notices of one instant. */
    public record NotificationRecord(
            String notificationId,
            long sequence,
            String userId,
            String kind,
            @Nullable String filingId,
            Map<String, String> text,
            @Nullable String link,
            String createdAt,
            @Nullable String readAt) {
        public NotificationRecord {
            Objects.requireNonNull(notificationId, "notificationId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(kind, "kind");
            text = Map.copyOf(text);
            Objects.requireNonNull(createdAt, "createdAt");
        }

        public NotificationRecord read(String at) {
            return new NotificationRecord(notificationId, sequence, userId, kind, filingId, text, link, createdAt, at);
        }
    }

    /** An e-mail the court sent (kept in its outbox; the reference court sends no real mail). */
    public record EmailRecord(
            String messageId, String to, String subject, String body, String sentAt, @Nullable String notificationId) {
        public EmailRecord {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(sentAt, "sentAt");
        }
    }

    /** A registered webhook receiver. */
    public record WebhookRecord(String webhookId, String url, String secret, String createdAt) {
        public WebhookRecord {
            Objects.requireNonNull(webhookId, "webhookId");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        @Override
        public String toString() {
            return "WebhookRecord[" + webhookId + ", " + url + "]";
        }
    }

    /** One event to deliver to one webhook, and how its delivery went. */
    public record DeliveryRecord(
            String deliveryId,
            String eventId,
            String webhookId,
            String type,
            String payload,
            String status,
            int attempts,
            @Nullable String nextAttemptAt,
            @Nullable Integer lastStatus,
            @Nullable String lastError,
            @Nullable String deliveredAt) {
        public DeliveryRecord {
            Objects.requireNonNull(deliveryId, "deliveryId");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(webhookId, "webhookId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(status, "status");
        }
    }

    /** The copy of an upload, deleted by the retention rule; the upload's record stays. */
    public record PurgeRecord(String uploadId, String sha256, String purgedAt) {
        public PurgeRecord {
            Objects.requireNonNull(uploadId, "uploadId");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(purgedAt, "purgedAt");
        }
    }

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }
}
