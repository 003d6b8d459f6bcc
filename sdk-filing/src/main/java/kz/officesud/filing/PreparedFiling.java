package kz.officesud.filing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.ManifestException;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Sha256;
import kz.officesud.filing.internal.SavedFiling;
import org.jspecify.annotations.Nullable;

/**
 * A filing ready to be sent: its documents uploaded, its {@link Manifest} made, its {@link IdempotencyKey}
 * fixed, and — once signed — its signature. Made by {@link CourtSession#prepare(Filing)}, sent by {@link
 * CourtSession#submit(PreparedFiling, byte[])}. Immutable; submitting it again, from this process or another,
 * returns the same talon and files nothing twice.
 *
 * <p>It outlives the process that made it: {@link #save(Path)} writes it (atomically, with no secret in it) and
 * {@link #load(Path)} reads it back, so that an application that died after sending — not knowing whether the
 * court received the filing — submits the saved filing again and gets the talon of the one filing the court
 * holds.
 */
public final class PreparedFiling {
    /** The {@code format} of a saved prepared filing. */
    static final String FORMAT = "officesud-prepared-filing";

    static final int FORMAT_VERSION = 1;

    /** A saved prepared filing is small (the manifest, a signature, upload ids). */
    static final int MAX_SAVED_BYTES = 4 * Manifest.MAX_BYTES;

    private final Manifest manifest;
    private final byte[] manifestBytes;
    private final Map<String, String> uploads;
    private final IdempotencyKey idempotencyKey;
    private final byte @Nullable [] signature;

    PreparedFiling(
            Manifest manifest,
            byte[] manifestBytes,
            Map<String, String> uploads,
            IdempotencyKey idempotencyKey,
            byte @Nullable [] signature) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.manifestBytes = manifestBytes.clone();
        this.uploads = Map.copyOf(new TreeMap<>(uploads));
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.signature = signature == null ? null : signature.clone();
    }

    /** The filing as prepared (its documents by their metadata). */
    public Filing filing() {
        return manifest.filing();
    }

    /** What the signature covers. */
    public Manifest manifest() {
        return manifest;
    }

    /** The key every submission of this filing repeats. */
    public IdempotencyKey idempotencyKey() {
        return idempotencyKey;
    }

    /** The caller's reference, if the filing has one. */
    public Optional<String> reference() {
        return Optional.ofNullable(manifest.reference());
    }

    /**
     * The bytes to sign with a detached CMS: the manifest's canonical bytes (JSON, UTF-8). A copy: changing it
     * changes nothing here.
     */
    public byte[] dataToSign() {
        return manifestBytes.clone();
    }

    /** {@link #dataToSign()} in base64, as NCALayer's {@code createCAdESFromBase64} takes it. */
    public String dataToSignBase64() {
        return Base64.getEncoder().encodeToString(manifestBytes);
    }

    /** The detached CMS over {@link #dataToSign()}, once this filing is signed (a copy). */
    public Optional<byte[]> signature() {
        return signature == null ? Optional.empty() : Optional.of(signature.clone());
    }

    /**
     * This filing with {@code cmsSignature} (DER), to {@link #save(Path)} before it is submitted. Not checked
     * here: {@link CourtSession#submit(PreparedFiling, byte[])} checks it.
     */
    public PreparedFiling withSignature(byte[] cmsSignature) {
        Objects.requireNonNull(cmsSignature, "cmsSignature");
        return new PreparedFiling(manifest, manifestBytes, uploads, idempotencyKey, cmsSignature);
    }

    /**
     * Writes this prepared filing to {@code file} atomically (a temporary file beside it, forced to disk, then
     * renamed): the file holds the whole prepared filing or its previous content, never a part. It holds the
     * manifest, the signature if any, the upload ids and the idempotency key — no password, token or key.
     *
     * @throws OfficesudIoException the file cannot be written
     */
    public void save(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] json = toJson();
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(json);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new OfficesudIoException("cannot save the prepared filing to " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file stays; it is never read as a prepared filing
                }
            }
        }
    }

    /**
     * Reads a prepared filing {@link #save(Path) saved} earlier, in this process or another.
     *
     * @throws OfficesudIoException the file cannot be read
     * @throws IllegalArgumentException the file is not a saved prepared filing, or its manifest is not one
     */
    public static PreparedFiling load(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] json;
        try {
            if (Files.size(file) > MAX_SAVED_BYTES) {
                throw new IllegalArgumentException(file + " is larger than any saved prepared filing");
            }
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OfficesudIoException("cannot read the prepared filing " + file + ": " + e.getMessage(), e);
        }
        return fromJson(json);
    }

    /** This prepared filing as the JSON {@link #save(Path)} writes. */
    public byte[] toJson() {
        Base64.Encoder base64 = Base64.getEncoder();
        return OfficesudJson.write(new SavedFiling(
                FORMAT,
                FORMAT_VERSION,
                base64.encodeToString(manifestBytes),
                uploads,
                idempotencyKey.value(),
                signature == null ? null : base64.encodeToString(signature)));
    }

    /**
     * Reads the JSON of {@link #toJson()}.
     *
     * @throws IllegalArgumentException it is not a saved prepared filing, or its manifest is not one
     */
    public static PreparedFiling fromJson(byte[] json) {
        Objects.requireNonNull(json, "json");
        SavedFiling saved;
        try {
            saved = SAVED_READER.readValue(json, SavedFiling.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a saved prepared filing: " + e.getMessage(), e);
        }
        if (saved == null || !FORMAT.equals(saved.format()) || saved.version() != FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "not a saved prepared filing of format " + FORMAT + " version " + FORMAT_VERSION);
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] manifestBytes;
        byte[] signature;
        IdempotencyKey key;
        try {
            manifestBytes = base64.decode(saved.manifest());
            signature = saved.signature() == null ? null : base64.decode(saved.signature());
            key = IdempotencyKey.of(saved.idempotencyKey());
            for (String sha256 : saved.uploads().keySet()) {
                Sha256.ofHex(sha256);
            }
        } catch (IllegalArgumentException | kz.officesud.core.OfficesudException e) {
            throw new IllegalArgumentException("a saved prepared filing with a damaged field: " + e.getMessage(), e);
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(manifestBytes);
        } catch (ManifestException e) {
            throw new IllegalArgumentException("the saved filing's manifest cannot be read: " + e.getMessage(), e);
        }
        return new PreparedFiling(manifest, manifestBytes, saved.uploads(), key, signature);
    }

    byte[] manifestBytes() {
        return manifestBytes;
    }

    Map<String, String> uploads() {
        return uploads;
    }

    @Override
    public String toString() {
        return "PreparedFiling[" + manifest.service() + ", " + uploads.size() + " documents, key " + idempotencyKey
                + (signature == null ? ", not signed" : ", signed") + "]";
    }

    private static final ObjectMapper SAVED_READER = OfficesudJson.newMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
}
