package kz.officesud.core.wire;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /filings/dry-runs}: a whole filing for the court to judge without registering it — its manifest and its
 * uploads as a filing would send them, no signature.
 *
 * @param manifest the manifest's canonical bytes, base64
 * @param uploads the upload ids of the filing's documents, by SHA-256 hex
 * @param strictLayout whether layout deviations count as violations (by default they are warnings)
 */
public record DryRunForm(
        @Nullable String manifest, @Nullable Map<String, String> uploads, @Nullable Boolean strictLayout) {
    public DryRunForm {
        uploads = uploads == null ? null : Map.copyOf(uploads);
    }
}
