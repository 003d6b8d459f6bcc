package kz.officesud.filing.internal;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A prepared filing as saved to a file: the manifest's canonical bytes, the upload ids, the idempotency key and
 * the signature (base64), under a format name and version.
 */
public record SavedFiling(
        String format,
        int version,
        String manifest,
        Map<String, String> uploads,
        String idempotencyKey,
        @Nullable String signature) {
    public SavedFiling {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(manifest, "manifest");
        uploads = Map.copyOf(Objects.requireNonNull(uploads, "uploads"));
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
