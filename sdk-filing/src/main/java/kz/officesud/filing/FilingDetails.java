package kz.officesud.filing;

import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import org.jspecify.annotations.Nullable;

/**
 * A filing in «Мои дела» with the history of its status.
 *
 * @param filingId the court's id of the filing
 * @param service the court service it was filed under
 * @param talon the talon of sending; null for a filing not sent yet
 * @param court the court it was addressed to
 * @param status where it stands now
 * @param statusHistory every change of status, oldest first (SENT → REGISTERED → IN_PROCEEDINGS ...)
 * @param reference the caller's reference the filing was signed with, if any
 */
public record FilingDetails(
        FilingId filingId,
        CourtService service,
        @Nullable Talon talon,
        Court court,
        FilingStatus status,
        List<StatusChange> statusHistory,
        @Nullable String reference) {
    public FilingDetails {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(status, "status");
        statusHistory = List.copyOf(statusHistory);
    }
}
