package kz.officesud.filing;

import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.model.Filing;

/**
 * A filing whose documents are uploaded and whose manifest awaits a signature made elsewhere (in the
 * user's browser, with NCALayer). Made by {@link CourtSession#prepare(Filing)}, completed by {@link
 * CourtSession#submit(PreparedFiling, byte[])}. Immutable; submitting it twice files it once.
 */
public final class PreparedFiling {
    private final Filing filing;
    private final byte[] manifest;
    private final Map<String, String> uploads;
    private final String idempotencyKey;

    PreparedFiling(Filing filing, byte[] manifest, Map<String, String> uploads, String idempotencyKey) {
        this.filing = Objects.requireNonNull(filing, "filing");
        this.manifest = manifest.clone();
        this.uploads = Map.copyOf(uploads);
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** The filing as prepared. */
    public Filing filing() {
        return filing;
    }

    /**
     * The bytes to sign with a detached CMS: the manifest (canonical JSON, UTF-8). A copy: changing it changes
     * nothing here.
     */
    public byte[] dataToSign() {
        return manifest.clone();
    }

    /** {@link #dataToSign()} in base64, as NCALayer's {@code createCAdESFromBase64} takes it. */
    public String dataToSignBase64() {
        return Base64.getEncoder().encodeToString(manifest);
    }

    byte[] manifest() {
        return manifest;
    }

    Map<String, String> uploads() {
        return uploads;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public String toString() {
        return "PreparedFiling[" + filing.service() + ", " + uploads.size() + " documents, manifest of "
                + manifest.length + " bytes]";
    }
}
