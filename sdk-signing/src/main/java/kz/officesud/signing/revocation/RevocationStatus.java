package kz.officesud.signing.revocation;

import java.time.Instant;
import java.util.Objects;

/**
 * What a revocation source (CRL, OCSP) says about one certificate at one instant: good, revoked (with
 * date and reason), or unknown (no usable answer, with the reason why).
 */
public sealed interface RevocationStatus
        permits RevocationStatus.Good, RevocationStatus.Revoked, RevocationStatus.Unknown {

    /** Where the answer came from, for reports (e.g. {@code "CRL #166 of ..."} or {@code "OCSP"}). */
    String source();

    /** Not revoked as of the instant asked about. */
    record Good(String source) implements RevocationStatus {
        public Good {
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Revoked (or on hold) since {@code revokedAt}.
     *
     * @param revokedAt the revocation date the CA recorded
     */
    record Revoked(Instant revokedAt, RevocationReason reason, String source) implements RevocationStatus {
        public Revoked {
            Objects.requireNonNull(revokedAt, "revokedAt");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(source, "source");
        }

        /** Whether the revocation had happened by {@code at}. */
        public boolean effectiveAt(Instant at) {
            return !revokedAt.isAfter(at);
        }
    }

    /** No trustworthy answer: no CRL for the issuer, a stale or badly signed one, an unreachable responder... */
    record Unknown(String reason, String source) implements RevocationStatus {
        public Unknown {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(source, "source");
        }
    }
}
