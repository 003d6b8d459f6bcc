package kz.officesud.signing;

/** Whether a verifier requires each signer to carry a signature timestamp (CAdES-T). */
public enum TimestampPolicy {
    /**
     * A signature timestamp is checked when a signer has one, and must then hold; a signer without one is
     * fine. The default.
     */
    OPTIONAL,
    /**
     * Every signer must carry a signature timestamp that holds: a signer without one is
     * {@link VerificationProblem.Code#TIMESTAMP_MISSING} (XMLDSig signatures carry none, so under this policy
     * they are all missing one).
     */
    REQUIRED
}
