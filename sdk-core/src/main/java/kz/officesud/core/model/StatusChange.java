package kz.officesud.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a filing's history.
 *
 * @param status the status it moved to
 * @param at when
 * @param note a remark by the court, if any
 */
public record StatusChange(FilingStatus status, Instant at, @Nullable String note) {
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
