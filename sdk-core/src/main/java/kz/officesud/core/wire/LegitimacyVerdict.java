package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;
import kz.officesud.core.model.ActLegitimacy;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the public check of a judicial act: the outcome and, for an act the courts issued, what it is.
 *
 * @param actId the identifier checked
 * @param outcome genuine, a different file, outside the twelve months the check answers for, or not found
 * @param kind the act's kind, for an act found
 * @param title the act's title, for an act found
 * @param court the court that issued it, for an act found
 * @param issuedAt when it was issued, for an act found
 * @param sha256 the SHA-256 of the act's file, for an act found
 */
public record LegitimacyVerdict(
        String actId,
        ActLegitimacy outcome,
        @Nullable JudicialActKind kind,
        @Nullable String title,
        @Nullable Court court,
        @Nullable Instant issuedAt,
        @Nullable Sha256 sha256) {
    public LegitimacyVerdict {
        Objects.requireNonNull(actId, "actId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
