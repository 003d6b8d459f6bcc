package kz.officesud.filing;

import java.util.Objects;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Talon;
import org.jspecify.annotations.Nullable;

/**
 * One line of «Мои дела»: a filing, its talon and where it stands.
 *
 * @param filingId the court's id of the filing
 * @param service the court service it was filed under
 * @param talon the talon of sending (талон об отправке); null for a filing not sent yet
 * @param court the court it was addressed to
 * @param status where it stands (sent, registered, refused and why, ...)
 */
public record CaseSummary(
        FilingId filingId, CourtService service, @Nullable Talon talon, Court court, FilingStatus status) {
    public CaseSummary {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(status, "status");
    }
}
