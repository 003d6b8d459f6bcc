package kz.officesud.core.wire;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /filings}, under an {@code Idempotency-Key}: a signed filing. The manifest's canonical bytes, the
 * uploads that hold its documents, and its signature: the detached CMS over the manifest, or — the live cabinet's
 * way — the XML the court prepared for it ({@code POST /filings/xml}) signed as an enveloped XMLDSig.
 *
 * @param manifest the manifest's canonical bytes, base64
 * @param signature the detached CMS over the manifest, base64 (absent when {@code signedXml} is given)
 * @param uploads each document's SHA-256 (hex) → the upload id holding its bytes
 * @param signedXml the court's XML of this filing with an enveloped XMLDSig, UTF-8, base64 (instead of {@code
 *     signature})
 */
public record FilingSubmission(
        @Nullable String manifest,
        @Nullable String signature,
        @Nullable Map<String, String> uploads,
        @Nullable String signedXml) {
    public FilingSubmission {
        uploads = uploads == null ? null : Map.copyOf(uploads);
    }

    /** A submission signed by a detached CMS. */
    public FilingSubmission(
            @Nullable String manifest, @Nullable String signature, @Nullable Map<String, String> uploads) {
        this(manifest, signature, uploads, null);
    }

    /** A submission of the manifest, signed by the court's XML signed as an enveloped XMLDSig. */
    public static FilingSubmission ofSignedXml(byte[] manifest, byte[] signedXml, Map<String, String> uploads) {
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        return new FilingSubmission(
                base64.encodeToString(manifest),
                null,
                new java.util.TreeMap<>(Objects.requireNonNull(uploads, "uploads")),
                base64.encodeToString(signedXml));
    }

    /** A submission of the manifest and signature given as bytes. */
    public static FilingSubmission of(byte[] manifest, byte[] signature, Map<String, String> uploads) {
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        return new FilingSubmission(
                base64.encodeToString(manifest),
                base64.encodeToString(signature),
                new java.util.TreeMap<>(Objects.requireNonNull(uploads, "uploads")));
    }
}
