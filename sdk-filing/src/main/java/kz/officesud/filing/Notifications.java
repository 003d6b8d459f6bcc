package kz.officesud.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import kz.officesud.core.wire.NotificationView;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.internal.Answer;
import kz.officesud.transport.internal.ApiRequest;
import kz.officesud.transport.internal.Futures;

/**
 * «Уведомления»: the notices of the logged-in account — arrival, registration or refusal, the case's events, judicial
 * acts (with the link to download them: {@link MyCases#downloadAct}), answers, payment checks — newest first, in the
 * office's language. Each method asks the court afresh.
 */
public final class Notifications {
    private static final TypeReference<List<NotificationView>> LIST = new TypeReference<>() {};

    private final CourtSession session;

    Notifications(CourtSession session) {
        this.session = session;
    }

    /** The latest notices (at most 100), read and unread. */
    public List<NotificationView> list() {
        return session.execute(listRequest(false), this::notices);
    }

    /** As {@link #list()}, without blocking. */
    public CompletableFuture<List<NotificationView>> listAsync() {
        return Futures.start(() -> session.executeAsync(listRequest(false), this::notices));
    }

    /** The notices not yet marked read. */
    public List<NotificationView> unread() {
        return session.execute(listRequest(true), this::notices);
    }

    /** As {@link #unread()}, without blocking. */
    public CompletableFuture<List<NotificationView>> unreadAsync() {
        return Futures.start(() -> session.executeAsync(listRequest(true), this::notices));
    }

    private ApiRequest.Builder listRequest(boolean unread) {
        ApiRequest.Builder request =
                session.request(unread ? "list unread notices" : "list notices", "GET", "notifications");
        if (unread) {
            request.query("unread", "true");
        }
        return request;
    }

    private List<NotificationView> notices(Answer answer) throws IOException {
        return List.copyOf(session.office().mapper().readValue(answer.body(), LIST));
    }

    /**
     * Marks a notice read.
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such notice
     */
    public NotificationView markRead(String notificationId) {
        return session.execute(markReadRequest(notificationId), session.office().reader(NotificationView.class));
    }

    /** As {@link #markRead(String)}, without blocking. */
    public CompletableFuture<NotificationView> markReadAsync(String notificationId) {
        return Futures.start(() -> session.executeAsync(
                markReadRequest(notificationId), session.office().reader(NotificationView.class)));
    }

    private ApiRequest.Builder markReadRequest(String notificationId) {
        Objects.requireNonNull(notificationId, "notificationId");
        return session.request(
                "mark notice " + notificationId + " read", "POST", "notifications", notificationId, "read");
    }
}
