package kz.officesud.core.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An event of a case's progress, as the court records it on the filing.
 *
 * @param eventId the court's id of the event
 * @param kind what happened
 * @param at when the court recorded it
 * @param text the court's words
 * @param hearingAt the hearing's date and time, for a hearing set or moved
 */
public record CaseEvent(
        String eventId, CaseEventKind kind, Instant at, String text, @Nullable OffsetDateTime hearingAt) {
    public CaseEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
