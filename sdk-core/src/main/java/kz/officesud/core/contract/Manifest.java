package kz.officesud.core.contract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.internal.StrictJson;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * What a filing's signature covers: the service, the filing's form, each document's name, media type, size,
 * SHA-256 and role, who signs, the caller's reference and when it was made. One signature over these bytes binds
 * the form and every file — as the court office's own XML to sign does — and the files travel apart, streamed.
 *
 * <p>The client writes a manifest with {@link #canonicalBytes()} and signs those bytes; the court reads them with
 * {@link #parse(byte[], Courts)}, which accepts nothing but the canonical form of this version: an unknown field,
 * another version, a document list that is not the filing's, or bytes that are not canonical are each a {@link
 * ManifestException} with its {@link ManifestException.Reason reason}. Client, court and tests use this type
 * and nothing else to write or read a manifest.
 *
 * @param version the manifest's version, {@value #VERSION}
 * @param service the service, the filing's own
 * @param filing the filing's form (documents by their metadata)
 * @param documents every file of the filing, as {@link Filing#documents()} lists them
 * @param signer who signs, as the signer's certificate names them
 * @param reference the caller's own reference for the filing (an ERP's document number), if any
 * @param createdAt when the manifest was made, to the second
 */
public record Manifest(
        int version,
        CourtService service,
        Filing filing,
        List<Document> documents,
        Signer signer,
        @Nullable String reference,
        Instant createdAt) {

    /** The version this library writes and reads. */
    public static final int VERSION = 2;

    /** The largest manifest read, in bytes (the form of a filing, not its files). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The longest caller's reference. */
    public static final int MAX_REFERENCE_LENGTH = 100;

    public Manifest {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(filing, "filing");
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(createdAt, "createdAt");
        if (version != VERSION) {
            throw new ManifestException(
                    ManifestException.Reason.UNSUPPORTED_VERSION,
                    "version",
                    "manifest version " + version + " is not read here; this library reads version " + VERSION);
        }
        if (service != filing.service()) {
            throw new ManifestException(
                    ManifestException.Reason.INCONSISTENT,
                    "service",
                    "the manifest names the service " + service + " but holds a filing of " + filing.service());
        }
        if (!documents.equals(Document.listOf(filing))) {
            throw new ManifestException(
                    ManifestException.Reason.INCONSISTENT,
                    "documents",
                    "the manifest's documents are not the filing's documents (their paths, roles, names, sizes or"
                            + " SHA-256 differ)");
        }
        if (reference != null && !isValidReference(reference)) {
            throw new ManifestException(
                    ManifestException.Reason.INVALID_VALUE,
                    "reference",
                    "a reference is 1 to " + MAX_REFERENCE_LENGTH + " characters with no control characters");
        }
    }

    /**
     * The manifest of {@code filing} signed by {@code signer}, made at {@code createdAt} (cut to the second).
     *
     * @param reference the caller's reference, 1 to {@value #MAX_REFERENCE_LENGTH} characters with no control
     *     characters; null for none
     */
    public static Manifest of(Filing filing, Signer signer, @Nullable String reference, Instant createdAt) {
        Objects.requireNonNull(filing, "filing");
        return new Manifest(
                VERSION,
                filing.service(),
                filing,
                Document.listOf(filing),
                signer,
                reference,
                createdAt.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Whether {@code reference} may be a caller's reference. */
    public static boolean isValidReference(String reference) {
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE_LENGTH || !reference.equals(reference.strip())) {
            return false;
        }
        return reference.codePoints().noneMatch(Character::isISOControl);
    }

    /**
     * The canonical bytes: JSON with keys sorted, no whitespace, decimals plain, UTF-8. The same manifest gives
     * the same bytes everywhere; this is what is signed.
     */
    public byte[] canonicalBytes() {
        return OfficesudJson.canonicalBytes(this);
    }

    /**
     * The digest of what the filing says — its service, its form and its documents' SHA-256 — apart from who
     * signed it, when, and under which reference. Two manifests of the same filing have the same content digest
     * however often it is signed again: the court judges a repeated filing (refusal ground 2) and a repeated
     * submission under one idempotency key by it.
     */
    public Sha256 contentDigest() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("documents", documents);
        content.put("filing", filing);
        content.put("service", service);
        return Sha256.of(OfficesudJson.canonicalBytes(content));
    }

    /**
     * Reads a manifest strictly, with the {@linkplain Courts#standard() standard court directory}.
     *
     * @throws ManifestException the bytes are not the canonical manifest of this version
     */
    public static Manifest parse(byte[] bytes) {
        return parse(bytes, Courts.standard());
    }

    /**
     * Reads a manifest strictly: the canonical form of version {@value #VERSION}, every field present, no other
     * field, the documents those of the filing; court codes looked up in {@code courts}.
     *
     * @throws ManifestException the bytes are not the canonical manifest of this version
     */
    public static Manifest parse(byte[] bytes, Courts courts) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(courts, "courts");
        if (bytes.length > MAX_BYTES) {
            throw new ManifestException(
                    ManifestException.Reason.TOO_LARGE,
                    "",
                    "a manifest is at most " + MAX_BYTES + " bytes, this one has " + bytes.length);
        }
        Manifest manifest = StrictJson.readManifest(bytes, courts);
        if (!java.util.Arrays.equals(bytes, manifest.canonicalBytes())) {
            throw new ManifestException(
                    ManifestException.Reason.NOT_CANONICAL,
                    "",
                    "the manifest is not in canonical form (keys sorted, no whitespace, plain decimals, UTF-8):"
                            + " these are not the bytes the client signs");
        }
        return manifest;
    }

    /**
     * A file of the filing, as the signature binds it.
     *
     * @param path the file's path in the filing ({@code statement}, {@code annexes[0]}…)
     * @param role what the document is to the filing
     * @param fileName the file name, which identifies the document
     * @param mediaType the media type
     * @param size the size in bytes
     * @param sha256 the SHA-256 of the bytes
     */
    public record Document(
            String path, DocumentRole role, String fileName, String mediaType, long size, Sha256 sha256) {
        public Document {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
            if (size < 0) {
                throw new IllegalArgumentException("size cannot be negative: " + size);
            }
        }

        /** The entry of a filing's file. */
        public static Document of(FilingDocument document) {
            Attachment a = document.attachment();
            return new Document(document.path(), document.role(), a.fileName(), a.mediaType(), a.size(), a.sha256());
        }

        static List<Document> listOf(Filing filing) {
            List<Document> out = new ArrayList<>();
            for (FilingDocument document : filing.documents()) {
                out.add(of(document));
            }
            return List.copyOf(out);
        }
    }

    /**
     * Who signs the manifest, as the signer's certificate names them.
     *
     * @param iin the signer's IIN
     * @param bin the organisation's BIN for a legal entity's key
     */
    public record Signer(Iin iin, @Nullable Bin bin) {
        public Signer {
            Objects.requireNonNull(iin, "iin");
        }

        /** The signer of {@code identity}. */
        public static Signer of(SignerIdentity identity) {
            return new Signer(identity.iin(), identity.bin());
        }

        /** Whether {@code identity} is this signer (the same IIN and BIN). */
        public boolean is(SignerIdentity identity) {
            return iin.equals(identity.iin()) && Objects.equals(bin, identity.bin());
        }
    }
}
