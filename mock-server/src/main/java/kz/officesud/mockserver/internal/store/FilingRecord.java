package kz.officesud.mockserver.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A filing as stored in {@code filings/<filingId>.json}: what was sent (manifest and signature, base64), the
 * uploads it names, the talon, and the status history. One file, written atomically: a filing is there whole or
 * not at all. {@code fingerprint} is the manifest's content digest: what the filing says, whatever its time,
 * signer or reference — the key of idempotent submission and of duplicate detection.
 */
public record FilingRecord(
        String filingId,
        String userId,
        String idempotencyKey,
        String fingerprint,
        String service,
        String courtCode,
        String manifest,
        String manifestSha256,
        String signature,
        Map<String, String> uploads,
        List<DocumentRecord> documents,
        TalonRecord talon,
        List<StatusRecord> history,
        @Nullable String clerkDueAt,
        @Nullable String reference) {
    public FilingRecord {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(courtCode, "courtCode");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(manifestSha256, "manifestSha256");
        Objects.requireNonNull(signature, "signature");
        uploads = Map.copyOf(uploads);
        documents = List.copyOf(documents);
        Objects.requireNonNull(talon, "talon");
        history = List.copyOf(history);
    }

    /** A document the manifest names: what the signature binds, its role and its path in the filing. */
    public record DocumentRecord(
            String fileName, String mediaType, long size, String sha256, String role, String path) {
        public DocumentRecord {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(path, "path");
        }
    }

    /** The talon об отправке as stored. */
    public record TalonRecord(
            String number,
            String sentAt,
            String senderName,
            String senderIin,
            @Nullable String senderBin,
            String courtCode,
            String courtName) {
        public TalonRecord {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(sentAt, "sentAt");
            Objects.requireNonNull(senderName, "senderName");
            Objects.requireNonNull(senderIin, "senderIin");
            Objects.requireNonNull(courtCode, "courtCode");
            Objects.requireNonNull(courtName, "courtName");
        }
    }

    /** One status change: state name, refusal ground name (or null), ISO instant, note. */
    public record StatusRecord(String state, @Nullable String ground, String at, @Nullable String note) {
        public StatusRecord {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(at, "at");
        }
    }

    public StatusRecord current() {
        return history.get(history.size() - 1);
    }

    public FilingRecord with(StatusRecord change, @Nullable String newClerkDueAt) {
        List<StatusRecord> next = new ArrayList<>(history);
        next.add(change);
        return new FilingRecord(
                filingId,
                userId,
                idempotencyKey,
                fingerprint,
                service,
                courtCode,
                manifest,
                manifestSha256,
                signature,
                uploads,
                documents,
                talon,
                next,
                newClerkDueAt,
                reference);
    }
}
