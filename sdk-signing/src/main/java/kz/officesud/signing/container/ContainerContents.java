package kz.officesud.signing.container;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.officesud.signing.container.ContainerProblem.Code;
import kz.officesud.signing.container.ZipReader.Entry;
import kz.officesud.signing.container.ZipReader.EntryException;
import kz.officesud.signing.internal.Digests;
import org.bouncycastle.crypto.Digest;
import org.jspecify.annotations.Nullable;

/**
 * What a container holds, checked up to the signatures: the archive's entries, the manifest, each listed
 * file against its digest (streamed), files missing or extra, and the signature entries' bytes. The
 * signatures themselves are checked by the caller: {@link SignedZipVerifier} with its trust policy,
 * {@link SignedZip} before co-signing. One pass; each entry is read at most once.
 *
 * @param problems what is wrong, in the order found
 * @param files the listed files whose bytes match
 * @param manifest the manifest's bytes, or null when it is missing or unreadable
 * @param signatures each signature entry the manifest names and the archive holds, with its bytes
 * @param entries the archive's entries
 */
record ContainerContents(
        List<ContainerProblem> problems,
        List<ContainerFile> files,
        byte @Nullable [] manifest,
        Map<Entry, byte[]> signatures,
        List<Entry> entries) {

    private static final int BUFFER = 64 * 1024;

    /** Reads and checks everything but the signatures. Failing to read the file throws; a bad archive does not. */
    static ContainerContents read(ZipReader zip, ContainerLimits limits) throws IOException {
        return new Reading(zip, limits).run();
    }

    /** The mutable state of one check. */
    private static final class Reading {
        private final ZipReader zip;
        private final ContainerLimits limits;
        private final List<ContainerProblem> problems = new ArrayList<>();
        private final List<ContainerFile> files = new ArrayList<>();
        private final Map<String, Entry> byName = new HashMap<>();
        /** Entries that cannot be trusted to be one file (unsafe or duplicate names): never matched. */
        private final Set<Entry> ambiguous = new HashSet<>();
        /** Entries whose bytes cannot be read (encrypted, unsupported, beyond the limits). */
        private final Set<Entry> unreadable = new HashSet<>();
        /** Entries the manifest accounts for: itself, its signatures, its files. */
        private final Set<Entry> accounted = new HashSet<>();

        private final Map<Entry, byte[]> signatures = new LinkedHashMap<>();

        Reading(ZipReader zip, ContainerLimits limits) {
            this.zip = zip;
            this.limits = limits;
        }

        ContainerContents run() throws IOException {
            List<Entry> entries = zip.entries();
            long declared = 0;
            for (Entry e : entries) {
                declared += e.size();
            }
            if (declared > limits.maxTotalBytes()) {
                problems.add(new ContainerProblem(
                        Code.ZIP_BOMB,
                        "",
                        "the entries declare " + declared + " bytes in all, the limit is " + limits.maxTotalBytes()));
                return done(null);
            }
            index(entries);
            Entry manifestEntry = byName.get(EntryNames.MANIFEST);
            if (manifestEntry == null) {
                problems.add(new ContainerProblem(
                        Code.MANIFEST_MISSING, EntryNames.MANIFEST, "the archive has no " + EntryNames.MANIFEST));
                extras();
                return done(null);
            }
            accounted.add(manifestEntry);
            byte[] manifestBytes = small(manifestEntry, limits.maxManifestBytes());
            if (manifestBytes == null) {
                extras();
                return done(null);
            }
            NcaManifest manifest;
            try {
                manifest = NcaManifest.parse(manifestBytes);
            } catch (NcaManifest.Malformed e) {
                problems.add(new ContainerProblem(Code.MANIFEST_MALFORMED, EntryNames.MANIFEST, e.getMessage()));
                extras();
                return done(manifestBytes);
            }
            signatures(manifest);
            references(manifest);
            extras();
            return done(manifestBytes);
        }

        private ContainerContents done(byte @Nullable [] manifest) {
            return new ContainerContents(problems, files, manifest, signatures, zip.entries());
        }

        /** Names, duplicates, encryption, methods and declared sizes of every entry. */
        private void index(List<Entry> entries) {
            Map<String, Entry> keys = new HashMap<>();
            for (Entry e : entries) {
                String shown = EntryNames.shown(e.name());
                Optional<String> unsafe =
                        e.decodable() ? EntryNames.unsafe(e.name()) : Optional.of("a name that is not valid UTF-8");
                if (unsafe.isPresent()) {
                    problems.add(new ContainerProblem(Code.UNSAFE_NAME, shown, "the name has " + unsafe.get()));
                    ambiguous.add(e);
                    continue;
                }
                Entry first = keys.putIfAbsent(EntryNames.key(e.name()), e);
                if (first != null) {
                    problems.add(new ContainerProblem(
                            Code.DUPLICATE_NAME,
                            shown,
                            "the archive holds two entries named " + shown + " (ignoring case)"));
                    ambiguous.add(e);
                    ambiguous.add(first);
                    continue;
                }
                byName.put(e.name(), e);
                if (e.encrypted()) {
                    problems.add(new ContainerProblem(Code.ENCRYPTED_ENTRY, shown, "the entry is encrypted"));
                    unreadable.add(e);
                } else if (!e.supportedMethod()) {
                    problems.add(new ContainerProblem(
                            Code.UNSUPPORTED_ENTRY, shown, "compression method " + e.method() + " is not supported"));
                    unreadable.add(e);
                } else if (e.size() > limits.maxEntryBytes()) {
                    problems.add(new ContainerProblem(
                            Code.ZIP_BOMB,
                            shown,
                            "the entry declares " + e.size() + " bytes, the limit is " + limits.maxEntryBytes()));
                    unreadable.add(e);
                } else if (e.size() > limits.ratioGraceBytes()
                        && e.size() > (long) limits.maxCompressionRatio() * Math.max(1, e.compressedSize())) {
                    problems.add(new ContainerProblem(
                            Code.ZIP_BOMB,
                            shown,
                            "the entry expands " + e.size() / Math.max(1, e.compressedSize()) + " times, the limit is "
                                    + limits.maxCompressionRatio()));
                    unreadable.add(e);
                }
            }
            for (Entry e : ambiguous) {
                byName.remove(e.name());
            }
        }

        private void signatures(NcaManifest manifest) throws IOException {
            if (manifest.signatures().isEmpty()) {
                problems.add(new ContainerProblem(
                        Code.SIGNATURE_MISSING, EntryNames.MANIFEST, "the manifest names no signature"));
                return;
            }
            Set<String> seen = new HashSet<>();
            for (String uri : manifest.signatures()) {
                String shown = EntryNames.shown(uri);
                if (EntryNames.unsafe(uri).isPresent() || !EntryNames.reserved(uri)) {
                    problems.add(new ContainerProblem(
                            Code.MANIFEST_MALFORMED, shown, "a signature must be an entry in " + EntryNames.META_INF));
                    continue;
                }
                if (!seen.add(EntryNames.key(uri))) {
                    problems.add(new ContainerProblem(Code.DUPLICATE_NAME, shown, "the manifest names it twice"));
                    continue;
                }
                Entry entry = lookup(uri);
                if (entry == null) {
                    if (!ambiguousName(uri)) {
                        problems.add(new ContainerProblem(
                                Code.SIGNATURE_MISSING,
                                shown,
                                "the signature the manifest names is not in the archive"));
                    }
                    continue;
                }
                accounted.add(entry);
                byte[] cms = small(entry, limits.maxSignatureBytes());
                if (cms != null) {
                    signatures.put(entry, cms);
                }
            }
        }

        private void references(NcaManifest manifest) throws IOException {
            Set<String> seen = new HashSet<>();
            for (String s : manifest.signatures()) {
                seen.add(EntryNames.key(s));
            }
            seen.add(EntryNames.key(EntryNames.MANIFEST));
            Set<String> listed = new HashSet<>();
            for (NcaManifest.Reference reference : manifest.references()) {
                String uri = reference.uri();
                String shown = EntryNames.shown(uri);
                Optional<String> unsafe = EntryNames.unsafe(uri);
                if (unsafe.isPresent()) {
                    problems.add(new ContainerProblem(
                            Code.UNSAFE_NAME, shown, "the manifest lists a name with " + unsafe.get()));
                    continue;
                }
                String key = EntryNames.key(uri);
                if (seen.contains(key)) {
                    problems.add(new ContainerProblem(
                            Code.MANIFEST_MALFORMED, shown, "the manifest lists itself or a signature as a file"));
                    continue;
                }
                if (!listed.add(key)) {
                    problems.add(new ContainerProblem(Code.DUPLICATE_NAME, shown, "the manifest lists it twice"));
                    continue;
                }
                Optional<ManifestDigest> method = ManifestDigest.ofUri(reference.digestMethod());
                Entry entry = lookup(uri);
                if (entry == null) {
                    if (!ambiguousName(uri)) {
                        problems.add(new ContainerProblem(
                                Code.FILE_MISSING, shown, "the manifest lists it, the archive does not hold it"));
                    }
                    continue;
                }
                accounted.add(entry);
                if (method.isEmpty()) {
                    problems.add(new ContainerProblem(
                            Code.UNSUPPORTED_DIGEST,
                            shown,
                            "digest method " + EntryNames.shown(reference.digestMethod()) + " is not supported"));
                    continue;
                }
                if (unreadable.contains(entry)) {
                    continue;
                }
                check(entry, reference, method.get());
            }
        }

        /** Streams the entry through the manifest's digest and compares. */
        private void check(Entry entry, NcaManifest.Reference reference, ManifestDigest method) throws IOException {
            String shown = EntryNames.shown(entry.name());
            Digest digest = method.newDigest();
            try (InputStream in = zip.open(entry)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (EntryException e) {
                problems.add(e.problem());
                return;
            }
            if (!MessageDigest.isEqual(Digests.doFinal(digest), reference.digest())) {
                problems.add(new ContainerProblem(
                        Code.FILE_CHANGED, shown, "the file's bytes differ from the digest the manifest records"));
                return;
            }
            files.add(new ContainerFile(entry.name(), entry.size(), reference.digestMethod(), reference.digestValue()));
        }

        /** Every entry the manifest does not account for, but empty directories and names already refused. */
        private void extras() {
            for (Entry e : zip.entries()) {
                if (accounted.contains(e) || ambiguous.contains(e) || (e.directory() && e.size() == 0)) {
                    continue;
                }
                problems.add(new ContainerProblem(
                        Code.EXTRA_FILE,
                        EntryNames.shown(e.name()),
                        e.directory()
                                ? "a directory entry holds " + e.size() + " bytes the manifest does not list"
                                : "the archive holds a file the manifest does not list"));
            }
        }

        /** A small entry (the manifest, a signature) read whole, or null with the problem recorded. */
        private byte @Nullable [] small(Entry entry, int max) throws IOException {
            String shown = EntryNames.shown(entry.name());
            if (unreadable.contains(entry)) {
                return null;
            }
            if (entry.size() > max) {
                problems.add(new ContainerProblem(
                        Code.ZIP_BOMB, shown, "the entry declares " + entry.size() + " bytes, the limit is " + max));
                return null;
            }
            try (InputStream in = zip.open(entry)) {
                byte[] bytes = in.readNBytes((int) entry.size());
                if (in.read() != -1) {
                    throw new IllegalStateException("unreachable: the entry stream stops at its declared size");
                }
                return bytes;
            } catch (EntryException e) {
                problems.add(e.problem());
                return null;
            }
        }

        /** The entry a manifest URI names: the name as written, or percent-decoded. */
        private @Nullable Entry lookup(String uri) {
            Entry entry = byName.get(uri);
            if (entry == null && uri.indexOf('%') >= 0) {
                try {
                    entry = byName.get(URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            return entry;
        }

        /** Whether the URI names an entry already reported for an unsafe or duplicate name. */
        private boolean ambiguousName(String uri) {
            String key = EntryNames.key(uri);
            return ambiguous.stream().anyMatch(e -> EntryNames.key(e.name()).equals(key));
        }
    }
}
