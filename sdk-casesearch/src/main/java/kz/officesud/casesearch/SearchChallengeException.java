package kz.officesud.casesearch;

import java.io.Serial;
import kz.officesud.core.wire.SearchChallenge;
import kz.officesud.transport.CourtServiceException;
import org.jspecify.annotations.Nullable;

/**
 * The court wants a person to answer a challenge before it searches again for this address (HTTP 429, {@code
 * challenge_required}; the live site shows a CAPTCHA). Show {@link #challenge()}'s image to the user and search again
 * with {@link ChallengeAnswer}. The SDK never answers it itself; repeating the search without an answer only brings a
 * new challenge, so this failure is not retryable.
 */
public final class SearchChallengeException extends CourtServiceException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SearchChallenge challenge;

    public SearchChallengeException(
            String message, SearchChallenge challenge, @Nullable String detail, @Nullable String requestId) {
        super(message, 429, "challenge_required", detail, requestId);
        this.challenge = challenge;
    }

    /** The challenge to show the user. */
    public SearchChallenge challenge() {
        return challenge;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
