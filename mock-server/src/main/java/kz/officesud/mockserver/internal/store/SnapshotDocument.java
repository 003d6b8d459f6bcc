package kz.officesud.mockserver.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot as JSON: {@code format} ({@value #FORMAT}), {@code version}, when it was taken (court clock), the
 * court's state, its records, and (since version 2) the rows of every other table the court keeps — case files,
 * answers, payments, notifications, outboxes, observation, drafts — by table name. A version 1 snapshot has no
 * tables and is still read.
 */
public record SnapshotDocument(
        String format,
        int version,
        String takenAt,
        CourtState state,
        CourtStore.Contents contents,
        Map<String, List<JsonNode>> tables) {
    public static final String FORMAT = "officesud-court-snapshot";
    public static final int VERSION = 2;

    public SnapshotDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(contents, "contents");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("not a court snapshot: format is " + format);
        }
        tables = tables == null ? Map.of() : Map.copyOf(tables);
        if (version != VERSION && version != 1) {
            throw new IllegalArgumentException(
                    "a court snapshot of version " + version + "; this court reads 1 and " + VERSION);
        }
    }
}
