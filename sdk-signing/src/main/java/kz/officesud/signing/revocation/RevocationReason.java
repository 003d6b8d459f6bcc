package kz.officesud.signing.revocation;

import java.util.Optional;

/** Why a certificate was revoked: the RFC 5280 {@code CRLReason} codes, as CRLs and OCSP carry them. */
public enum RevocationReason {
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    CA_COMPROMISE(2),
    AFFILIATION_CHANGED(3),
    SUPERSEDED(4),
    CESSATION_OF_OPERATION(5),
    /** Suspended («приостановлен»): counts as revoked while it lasts. */
    CERTIFICATE_HOLD(6),
    /** Only in a delta CRL: a certificate on hold has been released. */
    REMOVE_FROM_CRL(8),
    PRIVILEGE_WITHDRAWN(9),
    AA_COMPROMISE(10);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The RFC 5280 code. */
    public int code() {
        return code;
    }

    public static Optional<RevocationReason> ofCode(int code) {
        for (RevocationReason r : values()) {
            if (r.code == code) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
