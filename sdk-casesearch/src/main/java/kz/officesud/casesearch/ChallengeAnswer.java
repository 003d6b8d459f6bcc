package kz.officesud.casesearch;

import java.util.Objects;
import kz.officesud.core.wire.SearchChallenge;

/**
 * A person's answer to the court's search challenge: what they read in its image.
 *
 * @param challengeId the challenge's id ({@link SearchChallenge#challengeId()})
 * @param text what the user read
 */
public record ChallengeAnswer(String challengeId, String text) {
    public ChallengeAnswer {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(text, "text");
    }

    /** The answer {@code text} to {@code challenge}. */
    public static ChallengeAnswer of(SearchChallenge challenge, String text) {
        return new ChallengeAnswer(challenge.challengeId(), text);
    }
}
