package kz.officesud.core.wire;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.CourtInstance;
import org.jspecify.annotations.Nullable;

/**
 * One step of an observed case's course («Динамика рассмотрения судебного дела»): acceptance, hearings, transfers …
 *
 * @param at when it happened
 * @param instance the instance it happened at
 * @param kind what happened
 * @param text the court's words
 * @param hearingAt the hearing's date and time, for a hearing set or moved
 */
public record CaseTimelineEntry(
        Instant at, CourtInstance instance, CaseEventKind kind, String text, @Nullable OffsetDateTime hearingAt) {
    public CaseTimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
