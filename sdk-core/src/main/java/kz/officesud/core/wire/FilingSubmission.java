package kz.officesud.core.wire;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /filings}, under an {@code Idempotency-Key}: a signed filing. The manifest's canonical bytes and
 * the detached CMS over them, and the uploads that hold its documents.
 *
 * @param manifest the manifest's canonical bytes, base64
 * @param signature the detached CMS over the manifest, base64
 * @param uploads each document's SHA-256 (hex) → the upload id holding its bytes
 */
public record FilingSubmission(
        @Nullable String manifest, @Nullable String signature, @Nullable Map<String, String> uploads) {
    public FilingSubmission {
        uploads = uploads == null ? null : Map.copyOf(uploads);
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
