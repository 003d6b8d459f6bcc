package kz.officesud.mockserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a court holds at one moment — users, uploads with their bytes, filings, the clock's offset, the
 * clerk's policy and pending decisions, revocations, and every other table it keeps (case files with their events
 * and judicial acts and the acts' bytes, answers, payments, notifications, the e-mail and webhook outboxes, case
 * observation with its access grants, requests and audit, drafts) — as one JSON document ({@code format:
 * officesud-court-snapshot}). Taken with {@link CourtControl#snapshot()}, put back with
 * {@link CourtControl#restore}; saved to a file it is a fixture for {@link CourtControl#seed}. The users' keys
 * are not in it: a user of another court's test NCA logs in by password.
 */
public final class CourtSnapshot {
    /** The largest snapshot the court takes in. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private final byte[] json;

    private CourtSnapshot(byte[] json) {
        this.json = json;
    }

    /** A snapshot from its JSON (as {@link #toJson()} wrote it); checked when the court takes it in. */
    public static CourtSnapshot of(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length == 0 || json.length > MAX_BYTES) {
            throw new IllegalArgumentException("a snapshot is 1 byte to " + MAX_BYTES + " bytes");
        }
        return new CourtSnapshot(json.clone());
    }

    /** A snapshot saved in a file (a fixture). */
    public static CourtSnapshot read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("a snapshot is at most " + MAX_BYTES + " bytes: " + file);
        }
        return of(Files.readAllBytes(file));
    }

    public byte[] toJson() {
        return json.clone();
    }

    public void write(Path file) throws IOException {
        Files.write(file, json);
    }

    @Override
    public String toString() {
        return "CourtSnapshot[" + json.length + " bytes]";
    }
}
