package kz.officesud.core.wire;

import java.time.OffsetDateTime;
import java.util.Objects;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /hearings}: one hearing of a court's published schedule («График судебных заседаний», seed 001), as the
 * court last set or moved it. No party is named.
 *
 * @param court the court
 * @param hearingAt the hearing's date and time
 * @param service what was filed (a claim, an appeal…)
 * @param caseNumber the case's number, when the filing was made in an existing case
 * @param text the court's words when it set or moved the hearing
 */
public record HearingView(
        Court court, OffsetDateTime hearingAt, CourtService service, @Nullable String caseNumber, String text) {
    public HearingView {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(hearingAt, "hearingAt");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(text, "text");
    }
}
