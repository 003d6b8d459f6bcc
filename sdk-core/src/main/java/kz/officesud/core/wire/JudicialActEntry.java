package kz.officesud.core.wire;

import java.util.Objects;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;

/**
 * {@code GET /judicial-acts}: one of the account's judicial acts («Судебные акты»), with the filing it was issued on;
 * download it from {@code GET /filings/{filingId}/acts/{actId}}.
 *
 * @param filingId the filing the act was issued on
 * @param service the service that filing was filed under
 * @param court the court that issued it
 * @param act the act
 */
public record JudicialActEntry(FilingId filingId, CourtService service, Court court, JudicialAct act) {
    public JudicialActEntry {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(act, "act");
    }
}
