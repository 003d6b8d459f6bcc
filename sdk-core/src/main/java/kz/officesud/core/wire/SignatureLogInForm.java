package kz.officesud.core.wire;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /sessions/signature}: log-in with the NCA key, by a signed challenge — its bytes signed as a detached
 * CMS, or (the live cabinet's way) its XML signed as an enveloped XMLDSig.
 *
 * @param challengeId the challenge that was signed
 * @param signature the detached CMS over the challenge, base64 (absent when {@code signedXml} is given)
 * @param signedXml the challenge's XML with an enveloped XMLDSig, UTF-8, base64 (instead of {@code signature})
 */
public record SignatureLogInForm(@Nullable String challengeId, @Nullable String signature, @Nullable String signedXml) {
    /** A log-in by a detached CMS over the challenge. */
    public SignatureLogInForm(@Nullable String challengeId, @Nullable String signature) {
        this(challengeId, signature, null);
    }
}
