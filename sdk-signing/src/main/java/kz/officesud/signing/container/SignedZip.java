package kz.officesud.signing.container;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.ContentSource;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.NcaSigner;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.container.ContainerProblem.Code;
import kz.officesud.signing.container.ZipReader.Entry;
import kz.officesud.signing.internal.CmsEncoder;
import kz.officesud.signing.internal.Digests;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.crypto.Digest;
import org.jspecify.annotations.Nullable;

/**
 * Makes signed ZIP containers in the layout of Kalkan's {@code ZipConSign}, and co-signs them: the files,
 * then {@code META-INF/NCAManifest.xml} listing each file's digest (Streebog-512 for a GOST-2015 key,
 * GOST 34.311-95 for GOST-2004, SHA-256 for RSA), then {@code META-INF/signature-<uuid>.cms}, a detached
 * CMS over the manifest's bytes (CAdES-T when a {@link TsaClient} is given). A co-signer is added to that
 * same CMS, as Kalkan does ("множественная подпись"): the manifest, which the earlier signers signed,
 * stays byte for byte.
 *
 * <pre>{@code
 * SignedZip.builder()
 *         .add(Path.of("claim.pdf"))
 *         .add(Path.of("power-of-attorney.pdf"))
 *         .signer(key)
 *         .writeTo(Path.of("claim.zip"));
 *
 * SignedZip.coSigning(Path.of("claim.zip")).signer(secondKey).writeTo(Path.of("claim-2.zip"));
 * }</pre>
 *
 * <p>Each file is read once, hashed while it is deflated into the archive; nothing is held in memory but a
 * 64 KiB buffer, the manifest and the signature. A container written to a {@link Path} appears whole or not
 * at all (it is written beside the target and moved into place).
 */
public final class SignedZip {
    private static final int BUFFER = 64 * 1024;
    /** Problems of an earlier signature that do not stop a co-signer: they concern trust, not the bytes. */
    private static final Set<VerificationProblem.Code> TRUST = EnumSet.of(
            VerificationProblem.Code.UNTRUSTED_CHAIN,
            VerificationProblem.Code.EXPIRED,
            VerificationProblem.Code.NOT_YET_VALID,
            VerificationProblem.Code.REVOKED,
            VerificationProblem.Code.REVOCATION_UNKNOWN,
            VerificationProblem.Code.WRONG_PURPOSE,
            VerificationProblem.Code.TIMESTAMP_INVALID);

    private SignedZip() {}

    /** Starts a new container. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts co-signing the container at {@code container}. */
    public static CoSigning coSigning(Path container) {
        return new CoSigning(container);
    }

    /** One file to put into a new container. */
    private record Item(String name, ContentSource content, @Nullable Attachment attachment) {}

    /** The files, the signer and the options of a new container. Not thread-safe; use once or many times. */
    public static final class Builder {
        private final List<Item> items = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private @Nullable NcaSigner signer;
        private @Nullable TsaClient tsa;
        private @Nullable Instant signingTime;

        private Builder() {}

        /**
         * Adds the file under its own name.
         *
         * @throws IllegalArgumentException if the name is unsafe, reserved or already taken
         */
        public Builder add(Path file) {
            Objects.requireNonNull(file, "file");
            Path name = file.getFileName();
            if (name == null) {
                throw new IllegalArgumentException("not a file: " + file);
            }
            return add(name.toString(), ContentSource.ofPath(file));
        }

        /**
         * Adds an attachment under its file name; when written, its bytes must still have the size and
         * SHA-256 it records.
         *
         * @throws IllegalArgumentException if the name is unsafe, reserved or already taken
         */
        public Builder add(Attachment attachment) {
            Objects.requireNonNull(attachment, "attachment");
            return add(new Item(attachment.fileName(), attachment.content(), attachment));
        }

        /**
         * Adds {@code content} under {@code name}, a relative path with {@code /} between folders
         * ({@code annexes/receipt.pdf}).
         *
         * @throws IllegalArgumentException if the name is unsafe (absolute, {@code ..}, a backslash, a
         *     colon, control characters), lies in {@code META-INF/}, or is already taken (ignoring case)
         */
        public Builder add(String name, ContentSource content) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
            return add(new Item(name, content, null));
        }

        private Builder add(Item item) {
            String name = item.name();
            EntryNames.unsafe(name).ifPresent(reason -> {
                throw new IllegalArgumentException("the name " + EntryNames.shown(name) + " has " + reason);
            });
            if (name.endsWith("/")) {
                throw new IllegalArgumentException("a file name cannot end with '/': " + EntryNames.shown(name));
            }
            if (EntryNames.reserved(name)) {
                throw new IllegalArgumentException(EntryNames.META_INF
                        + " is reserved for the manifest and signatures: " + EntryNames.shown(name));
            }
            if (!keys.add(EntryNames.key(name))) {
                throw new IllegalArgumentException("two files named " + EntryNames.shown(name) + " (ignoring case)");
            }
            items.add(item);
            return this;
        }

        /** The key that signs (required); its generation picks the manifest's digest. */
        public Builder signer(NcaSigner signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /** Time-stamps the signature (CAdES-T) with this TSA. Default: no time-stamp. */
        public Builder timestamp(TsaClient tsa) {
            this.tsa = Objects.requireNonNull(tsa, "tsa");
            return this;
        }

        /** The signingTime attribute and the entries' modification time. Default: now, when written. */
        public Builder signingTime(Instant signingTime) {
            this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
            return this;
        }

        /**
         * Writes the container to {@code target}, replacing it if it exists; on failure nothing is left.
         *
         * @throws IllegalStateException if there is no signer or no file
         * @throws OfficesudIoException if a file cannot be read or the target cannot be written
         * @throws SigningException if the key cannot sign, or an attachment's bytes changed
         */
        public void writeTo(Path target) {
            check();
            writeAtomically(target, this::write);
        }

        /** Writes the container to {@code out}, which the caller closes. */
        public void writeTo(OutputStream out) {
            check();
            writeStream(out, this::write);
        }

        private static InputStream open(Item item) {
            try {
                return item.content().open();
            } catch (IOException e) {
                throw new OfficesudIoException("cannot read " + EntryNames.shown(item.name()) + " to sign it", e);
            }
        }

        private static int read(InputStream in, byte[] buffer, Item item) {
            try {
                return in.read(buffer);
            } catch (IOException e) {
                throw new OfficesudIoException("cannot read " + EntryNames.shown(item.name()) + " to sign it", e);
            }
        }

        private void check() {
            if (signer == null) {
                throw new IllegalStateException("a signed container needs a signer");
            }
            if (items.isEmpty()) {
                throw new IllegalStateException("a signed container needs at least one file");
            }
        }

        private void write(OutputStream target) throws IOException {
            NcaSigner key = Objects.requireNonNull(signer);
            Instant time = (signingTime != null ? signingTime : Instant.now()).truncatedTo(ChronoUnit.SECONDS);
            LocalDateTime modified = LocalDateTime.ofInstant(time, ZoneId.systemDefault());
            ManifestDigest method = ManifestDigest.forKey(key.algorithm());
            ZipWriter zip = new ZipWriter(target);
            List<NcaManifest.Reference> references = new ArrayList<>();
            byte[] buffer = new byte[BUFFER];
            for (Item item : items) {
                Digest digest = method.newDigest();
                Attachment attachment = item.attachment();
                @Nullable MessageDigest sha256 = attachment == null ? null : sha256();
                long size = 0;
                try (InputStream in = open(item);
                        OutputStream entry = zip.entry(item.name(), modified)) {
                    for (int n; (n = read(in, buffer, item)) != -1; ) {
                        digest.update(buffer, 0, n);
                        if (sha256 != null) {
                            sha256.update(buffer, 0, n);
                        }
                        entry.write(buffer, 0, n);
                        size += n;
                    }
                }
                if (attachment != null
                        && sha256 != null
                        && (size != attachment.size()
                                || !MessageDigest.isEqual(attachment.sha256().bytes(), sha256.digest()))) {
                    throw new SigningException("the bytes of " + EntryNames.shown(item.name())
                            + " are not those of the attachment any more: it changed after it was attached");
                }
                references.add(new NcaManifest.Reference(
                        item.name(), method.uri(), Base64.getEncoder().encodeToString(Digests.doFinal(digest))));
            }
            String signatureName = EntryNames.SIGNATURE_PREFIX + UUID.randomUUID() + EntryNames.SIGNATURE_SUFFIX;
            byte[] manifest = new NcaManifest(List.of(signatureName), references).toXml();
            byte[] cms = sign(key, manifest, time, tsa);
            zip.put(EntryNames.MANIFEST, manifest, modified);
            zip.put(signatureName, cms, modified);
            zip.finish();
        }
    }

    /** Co-signs a container: adds a signer to its signature. Not thread-safe. */
    public static final class CoSigning {
        private final Path source;
        private @Nullable NcaSigner signer;
        private @Nullable TsaClient tsa;
        private @Nullable Instant signingTime;
        private ContainerLimits limits = ContainerLimits.defaults();
        private @Nullable SignedZipVerifier verifier;

        private CoSigning(Path source) {
            this.source = Objects.requireNonNull(source, "container");
        }

        /** The co-signer's key (required). */
        public CoSigning signer(NcaSigner signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /** Time-stamps the co-signer's signature (CAdES-T) with this TSA. Default: no time-stamp. */
        public CoSigning timestamp(TsaClient tsa) {
            this.tsa = Objects.requireNonNull(tsa, "tsa");
            return this;
        }

        /** The co-signer's signingTime attribute. Default: now. */
        public CoSigning signingTime(Instant signingTime) {
            this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
            return this;
        }

        /** The bounds on reading the container. Default: {@link ContainerLimits#defaults()}. */
        public CoSigning limits(ContainerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Co-sign only a container this verifier finds valid (its limits replace {@link #limits}). Default:
         * the container must be intact - a sound archive whose files all match the manifest and whose
         * signatures hold over it - whoever its earlier signers are.
         */
        public CoSigning verifiedBy(SignedZipVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier");
            this.limits = verifier.limits();
            return this;
        }

        /**
         * Writes the co-signed container to {@code target} (which may be the container itself); on failure
         * nothing is left and the container is unchanged.
         *
         * @throws SignedZipException if the container is not intact (or, with {@link #verifiedBy}, not valid)
         * @throws OfficesudIoException if the container cannot be read or the target written
         * @throws SigningException if the key cannot sign
         */
        public void writeTo(Path target) {
            check();
            writeAtomically(target, this::write);
        }

        /** Writes the co-signed container to {@code out}, which the caller closes. */
        public void writeTo(OutputStream out) {
            check();
            writeStream(out, this::write);
        }

        private void check() {
            if (signer == null) {
                throw new IllegalStateException("co-signing needs a signer");
            }
        }

        private void write(OutputStream target) throws IOException {
            NcaSigner key = Objects.requireNonNull(signer);
            try (ZipReader zip = ZipReader.open(source, limits.maxEntries())) {
                ContainerContents contents = ContainerContents.read(zip, limits);
                refuseUnlessIntact(contents);
                byte[] manifest = Objects.requireNonNull(contents.manifest());
                Map.Entry<Entry, byte[]> first =
                        contents.signatures().entrySet().iterator().next();
                Instant time = (signingTime != null ? signingTime : Instant.now()).truncatedTo(ChronoUnit.SECONDS);
                byte[] cms = addSigner(first.getValue(), key, manifest, time, tsa);
                copy(zip, contents.entries(), first.getKey(), cms, target);
            } catch (ZipReader.Refused e) {
                throw new SignedZipException(
                        "the container cannot be co-signed",
                        new SignedZipReport(List.of(e.problem()), List.of(), List.of()));
            }
        }

        private void refuseUnlessIntact(ContainerContents contents) {
            SignedZipReport report = verifier != null
                    ? SignedZipVerifier.report(contents, SignedZipVerifier.signatures(contents, verifier.cmsVerifier()))
                    : integrity(contents);
            if (!report.valid()) {
                throw new SignedZipException("the container cannot be co-signed", report);
            }
        }

        /**
         * The container judged on its bytes alone: the archive, the files against the manifest, and each
         * signature over the manifest, whoever the signers are and whatever their certificates' status.
         */
        private static SignedZipReport integrity(ContainerContents contents) {
            List<ContainerSignature> signatures =
                    SignedZipVerifier.signatures(contents, CmsVerifier.builder().build());
            List<ContainerProblem> problems = new ArrayList<>(contents.problems());
            for (ContainerSignature s : signatures) {
                List<VerificationProblem> broken = s.report().problems().stream()
                        .filter(p -> !TRUST.contains(p.code()))
                        .toList();
                if (!broken.isEmpty()) {
                    problems.add(new ContainerProblem(
                            Code.SIGNATURE_INVALID,
                            EntryNames.shown(s.entry()),
                            "the signature does not hold over the manifest: " + broken));
                }
            }
            return new SignedZipReport(problems, contents.files(), signatures);
        }

        /** Copies every entry as it is stored, the signature replaced. */
        private static void copy(ZipReader zip, List<Entry> entries, Entry signature, byte[] cms, OutputStream target)
                throws IOException {
            ZipWriter out = new ZipWriter(target);
            for (Entry e : entries) {
                if (e.equals(signature)) {
                    out.put(e.name(), cms, e.modified().orElseGet(LocalDateTime::now));
                } else {
                    out.copy(zip, e);
                }
            }
            out.finish();
        }
    }

    /** A detached CMS over the manifest, time-stamped when a TSA is given. */
    private static byte[] sign(NcaSigner signer, byte[] manifest, Instant time, @Nullable TsaClient tsa) {
        byte[] cms = Cms.signDetached(signer, new ByteArrayInputStream(manifest), time);
        return tsa == null ? cms : Cms.addTimestamp(cms, tsa);
    }

    /**
     * {@code cms} with one more signer over the manifest. The new signer is signed (and time-stamped) on its
     * own, then joined to the earlier ones, so that only its signature is time-stamped now.
     */
    private static byte[] addSigner(
            byte[] cms, NcaSigner signer, byte[] manifest, Instant time, @Nullable TsaClient tsa) {
        byte[] own = sign(signer, manifest, time, tsa);
        SignerInfo info = SignerInfo.getInstance(
                CmsEncoder.signedData(own).getSignerInfos().getObjectAt(0));
        try {
            return CmsEncoder.addSigner(cms, info, signer.chain());
        } catch (IOException e) {
            throw new SigningException("cannot encode the co-signed CMS", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What writes a container to a stream. */
    private interface Writing {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to the caller's stream, which stays open. */
    private static void writeStream(OutputStream out, Writing writing) {
        Objects.requireNonNull(out, "out");
        try {
            writing.write(out);
        } catch (IOException e) {
            throw new OfficesudIoException("cannot write the container", e);
        }
    }

    /** Writes beside {@code target}, then moves into place: the target is whole or untouched. */
    private static void writeAtomically(Path target, Writing writing) {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (folder == null || name == null) {
            throw new IllegalArgumentException("not a file path: " + target);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + name, ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER)) {
                writing.write(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new OfficesudIoException("cannot write the container " + name, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // the write already failed; the caller hears of that failure
                }
            }
        }
    }
}
