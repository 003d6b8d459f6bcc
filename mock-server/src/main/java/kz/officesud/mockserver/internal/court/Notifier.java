package kz.officesud.mockserver.internal.court;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.officesud.core.model.NotificationKind;
import kz.officesud.mockserver.internal.casefile.CaseFiles;
import kz.officesud.mockserver.internal.casefile.Records.EmailRecord;
import kz.officesud.mockserver.internal.casefile.Records.NotificationRecord;
import kz.officesud.mockserver.internal.http.Messages;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;

/**
 * Tells an applicant what happened to a filing, the three ways the court does: a notice in the cabinet's
 * «Уведомления» (the text in kk, ru and en, a link to what it is about), an e-mail to the account's address (kept in
 * the court's outbox: the reference court sends no real mail), and an event to the registered webhooks, all under one
 * id. Thread-safe.
 */
public final class Notifier {
    private static final int MAX_PER_USER = 10_000;

    private final CaseFiles files;
    private final CourtStore store;
    private final WebhookDispatcher webhooks;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicLong sequence;

    public Notifier(CaseFiles files, CourtStore store, WebhookDispatcher webhooks, Clock clock) {
        this.files = files;
        this.store = store;
        this.webhooks = webhooks;
        this.clock = clock;
        this.sequence = new java.util.concurrent.atomic.AtomicLong(files.notifications.all().stream()
                .mapToLong(NotificationRecord::sequence)
                .max()
                .orElse(0));
    }

    /** The event a webhook receives. */
    public record Event(
            String eventId,
            String type,
            String occurredAt,
            String userId,
            @Nullable String filingId,
            @Nullable String link,
            Map<String, String> text) {}

    /** Sends a notice of {@code kind} to the account, its text the message {@code notice.<kind>} with {@code args}. */
    public NotificationRecord notify(
            String userId, NotificationKind kind, @Nullable String filingId, @Nullable String link, Object... args) {
        Map<String, String> text = new LinkedHashMap<>();
        for (Locale locale : List.of(Messages.KAZAKH, Messages.RUSSIAN, Messages.ENGLISH)) {
            text.put(locale.getLanguage(), Messages.text(locale, "notice." + kind.name(), localized(locale, args)));
        }
        String now = clock.instant().toString();
        NotificationRecord notice = files.notifications.put(new NotificationRecord(
                "N-" + UUID.randomUUID(),
                sequence.incrementAndGet(),
                userId,
                kind.name(),
                filingId,
                text,
                link,
                now,
                null));
        store.user(userId).ifPresent(user -> mail(notice, user));
        webhooks.publish(notice.notificationId(), "notification." + kind.name(), event(notice));
        return notice;
    }

    private void mail(NotificationRecord notice, UserRecord user) {
        files.emails.put(new EmailRecord(
                "M-" + UUID.randomUUID(),
                user.email(),
                Messages.text(Messages.RUSSIAN, "notice.subject"),
                notice.text().get("ru") + "\n\n" + notice.text().get("kk") + "\n",
                notice.createdAt(),
                notice.notificationId()));
    }

    private static Event event(NotificationRecord notice) {
        String type = "notification." + notice.kind();
        return new Event(
                notice.notificationId(),
                type,
                notice.createdAt(),
                notice.userId(),
                notice.filingId(),
                notice.link(),
                notice.text());
    }

    /**
     * At start: a notice is written first, then its e-mail, then its webhook deliveries; what a crash of the court's
     * process left out after the notice is done now, once — the e-mail of a notice that has none (its account still
     * there), the delivery to each webhook registered by then that has none of it. Returns how many it made.
     */
    public int finishInterrupted() {
        Set<String> mailed = new HashSet<>();
        for (EmailRecord email : files.emails.all()) {
            if (email.notificationId() != null) {
                mailed.add(email.notificationId());
            }
        }
        int made = 0;
        for (NotificationRecord notice : files.notifications.all()) {
            if (!mailed.contains(notice.notificationId())) {
                Optional<UserRecord> user = store.user(notice.userId());
                if (user.isPresent()) {
                    mail(notice, user.get());
                    made++;
                }
            }
            made += webhooks.publishMissing(
                    notice.notificationId(),
                    "notification." + notice.kind(),
                    Instant.parse(notice.createdAt()),
                    event(notice));
        }
        return made;
    }

    /** An argument given as a message key ({@code @notice.payment.positive}) is localized too. */
    private static Object[] localized(Locale locale, Object... args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.startsWith("@")) {
                out[i] = Messages.text(locale, s.substring(1));
            }
        }
        return out;
    }

    /** The account's notices, newest first (unread only, when asked), at most the latest {@code limit}. */
    public List<NotificationRecord> of(String userId, boolean unreadOnly, int limit) {
        List<NotificationRecord> out = new ArrayList<>();
        for (NotificationRecord n : files.notifications.all()) {
            if (n.userId().equals(userId) && (!unreadOnly || n.readAt() == null)) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing((NotificationRecord n) -> Instant.parse(n.createdAt()))
                .thenComparingLong(NotificationRecord::sequence)
                .reversed());
        return out.subList(0, Math.min(out.size(), Math.min(limit, MAX_PER_USER)));
    }

    /** Marks a notice of the account read; empty when the account has no such notice. */
    public Optional<NotificationRecord> markRead(String userId, String notificationId) {
        Objects.requireNonNull(notificationId, "notificationId");
        Optional<NotificationRecord> found =
                files.notifications.get(notificationId).filter(n -> n.userId().equals(userId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().readAt() != null) {
            return found;
        }
        return Optional.of(
                files.notifications.put(found.get().read(clock.instant().toString())));
    }

    public List<EmailRecord> emails() {
        List<EmailRecord> all = files.emails.all();
        all.sort(Comparator.comparing(EmailRecord::sentAt));
        return all;
    }
}
