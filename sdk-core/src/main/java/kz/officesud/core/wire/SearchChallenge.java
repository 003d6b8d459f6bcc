package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;

/**
 * A challenge the court puts in front of its public case search once an address has searched too often (the live site
 * shows a CAPTCHA): an image for a person to read. The court sends it in its {@code 429} problem answer as the member
 * {@code challenge}; the application shows the image to its user and sends the search again with the challenge's id and
 * what the user read. The SDK never solves it.
 *
 * @param challengeId the challenge's id
 * @param mediaType the image's media type ({@code image/png})
 * @param image the image, base64 in JSON
 * @param expiresAt when the challenge stops being accepted
 */
public record SearchChallenge(String challengeId, String mediaType, byte[] image, Instant expiresAt) {
    public SearchChallenge {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(mediaType, "mediaType");
        image = Objects.requireNonNull(image, "image").clone();
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchChallenge other
                && challengeId.equals(other.challengeId)
                && mediaType.equals(other.mediaType)
                && java.util.Arrays.equals(image, other.image)
                && expiresAt.equals(other.expiresAt);
    }

    @Override
    public int hashCode() {
        return challengeId.hashCode();
    }

    @Override
    public String toString() {
        return "SearchChallenge[" + challengeId + ", " + mediaType + ", " + image.length + " bytes, expires "
                + expiresAt + "]";
    }
}
