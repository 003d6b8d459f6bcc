package kz.officesud.core.wire;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /sessions/signature}: log-in with the NCA key, by a signed challenge.
 *
 * @param challengeId the challenge that was signed
 * @param signature the detached CMS over the challenge, base64
 */
public record SignatureLogInForm(@Nullable String challengeId, @Nullable String signature) {}
