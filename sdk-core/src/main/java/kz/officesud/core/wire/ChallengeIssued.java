package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /auth/challenges}: data to sign with an NCA key to register or log in.
 *
 * @param challengeId the challenge's id, to send back with the signature
 * @param challenge the bytes to sign (a detached CMS), base64
 * @param expiresAt when the challenge stops being accepted
 * @param xml the same challenge as the XML to sign by XMLDSig (the live cabinet's log-in by ЭЦП), UTF-8, base64
 */
public record ChallengeIssued(String challengeId, String challenge, Instant expiresAt, @Nullable String xml) {
    public ChallengeIssued {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A challenge without its XML form. */
    public ChallengeIssued(String challengeId, String challenge, Instant expiresAt) {
        this(challengeId, challenge, expiresAt, null);
    }
}
