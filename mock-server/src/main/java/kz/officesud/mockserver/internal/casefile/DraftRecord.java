package kz.officesud.mockserver.internal.casefile;

import java.util.Objects;

/**
 * A draft kept in «Ожидает отправки», {@code drafts/<draftId>.json}: its owner, and the filing as {@code OfficesudJson}
 * writes it.
 */
public record DraftRecord(String draftId, String userId, String service, String savedAt, String filing) {
    public DraftRecord {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(filing, "filing");
    }
}
