package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code POST /auth/challenges}: data to sign with an NCA key to register or log in.
 *
 * @param challengeId the challenge's id, to send back with the signature
 * @param challenge the bytes to sign (a detached CMS), base64
 * @param expiresAt when the challenge stops being accepted
 */
public record ChallengeIssued(String challengeId, String challenge, Instant expiresAt) {
    public ChallengeIssued {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
