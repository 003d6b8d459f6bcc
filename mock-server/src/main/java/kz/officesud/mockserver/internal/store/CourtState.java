package kz.officesud.mockserver.internal.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the court decided besides its records, kept in {@code state/court.json} and written atomically on every
 * change: how far its clock was moved, the clerk's policy and the decisions it was told to take, and the
 * revocations made through it. With the records it is everything a restart must bring back.
 *
 * @param clockOffset the court clock's offset from its base (ISO-8601 duration)
 * @param clerkPolicy the clerk's policy (a {@code ClerkEngine.Policy} name)
 * @param nextDecisions decisions the clerk takes on the next filings it examines, in order
 * @param forced decisions the clerk takes on given filings, by filing id
 * @param revocations certificates revoked or held through the court
 */
public record CourtState(
        String clockOffset,
        String clerkPolicy,
        List<DecisionRecord> nextDecisions,
        Map<String, DecisionRecord> forced,
        List<RevocationRecord> revocations) {
    public CourtState {
        Objects.requireNonNull(clockOffset, "clockOffset");
        Objects.requireNonNull(clerkPolicy, "clerkPolicy");
        nextDecisions = nextDecisions == null ? List.of() : List.copyOf(nextDecisions);
        forced = forced == null ? Map.of() : Map.copyOf(forced);
        revocations = revocations == null ? List.of() : List.copyOf(revocations);
    }

    /** A decision of the clerk: a state name, a refusal ground name (or null), a note. */
    public record DecisionRecord(String state, @Nullable String ground, @Nullable String note) {
        public DecisionRecord {
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * A revocation: the certificate (base64 DER), its issuer and serial number (hex), the RFC 5280 reason name
     * ({@code KEY_COMPROMISE}…) and when (ISO instant).
     */
    public record RevocationRecord(
            String serialNumber, String issuer, String reason, String revokedAt, String certificate) {
        public RevocationRecord {
            Objects.requireNonNull(serialNumber, "serialNumber");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(revokedAt, "revokedAt");
            Objects.requireNonNull(certificate, "certificate");
        }
    }
}
