package kz.officesud.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.wire.NotificationView;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.internal.ApiRequest;

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
        return fetch(false);
    }

    /** The notices not yet marked read. */
    public List<NotificationView> unread() {
        return fetch(true);
    }

    private List<NotificationView> fetch(boolean unread) {
        ApiRequest.Builder request =
                session.request(unread ? "list unread notices" : "list notices", "GET", "notifications");
        if (unread) {
            request.query("unread", "true");
        }
        return List.copyOf(
                session.execute(request, answer -> session.office().mapper().readValue(answer.body(), LIST)));
    }

    /**
     * Marks a notice read.
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such notice
     */
    public NotificationView markRead(String notificationId) {
        Objects.requireNonNull(notificationId, "notificationId");
        return session.execute(
                session.request(
                        "mark notice " + notificationId + " read", "POST", "notifications", notificationId, "read"),
                answer -> session.office().mapper().readValue(answer.body(), NotificationView.class));
    }
}
