package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.NotificationKind;
import org.jspecify.annotations.Nullable;

/**
 * A notice in the cabinet's «Уведомления» (the 2018 rules on filing electronic documents, §27: the text of the notice
 * and a link to download the judicial act): {@code GET /notifications} lists them, newest first.
 *
 * @param notificationId the court's id of the notice (the same in its e-mail and its webhook event)
 * @param kind what it is about
 * @param createdAt when the court sent it
 * @param text the notice, in the language asked for
 * @param filingId the filing it is about, if any
 * @param link where to download what it is about (a judicial act, the answer's document), relative to the API root
 * @param read whether the account has read it
 * @param readAt when it was marked read
 */
public record NotificationView(
        String notificationId,
        NotificationKind kind,
        Instant createdAt,
        String text,
        @Nullable FilingId filingId,
        @Nullable String link,
        boolean read,
        @Nullable Instant readAt) {
    public NotificationView {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(text, "text");
    }
}
