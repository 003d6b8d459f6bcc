package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Filing;

/**
 * A draft in «Ожидает отправки»: the account's own filing kept unsigned and unsent.
 *
 * @param draftId the court's id of the draft
 * @param service the service of its filing
 * @param savedAt when it was last saved
 * @param filing the filing, its documents as metadata (bind their bytes with {@code Attachment.withContent} to file it)
 */
public record DraftView(String draftId, CourtService service, Instant savedAt, Filing filing) {
    public DraftView {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(filing, "filing");
    }
}
