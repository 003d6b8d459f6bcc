package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An online request for an access password, as the court holds it.
 *
 * @param requestId the request's id
 * @param caseNumber the case
 * @param status {@code PENDING}, {@code APPROVED} (the password went to the request's e-mail) or {@code REFUSED}
 * @param submittedAt when it arrived
 * @param decidedAt when the court's office decided it
 * @param reason why it was refused
 */
public record AccessRequestView(
        String requestId,
        String caseNumber,
        String status,
        Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable String reason) {
    public AccessRequestView {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
