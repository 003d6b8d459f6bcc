package kz.officesud.mockserver.internal.store;

import java.util.Objects;

/**
 * A snapshot as JSON: {@code format} ({@value #FORMAT}), {@code version}, when it was taken (court clock), the
 * court's state and its records.
 */
public record SnapshotDocument(
        String format, int version, String takenAt, CourtState state, CourtStore.Contents contents) {
    public static final String FORMAT = "officesud-court-snapshot";
    public static final int VERSION = 1;

    public SnapshotDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(contents, "contents");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("not a court snapshot: format is " + format);
        }
        if (version != VERSION) {
            throw new IllegalArgumentException(
                    "a court snapshot of version " + version + "; this court reads " + VERSION);
        }
    }
}
