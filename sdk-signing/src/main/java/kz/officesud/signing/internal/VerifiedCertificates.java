package kz.officesud.signing.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * What stays true of certificates whatever the time and whoever trusts them, remembered: that a CA
 * certificate's key verifies a certificate's signature (a link of a certification path), keyed by the SHA-256
 * digests of both encodings, and each certificate's parsed public key (with the precomputed multiples of its
 * point that make the next GOST verification under it about twice as fast), keyed by the certificate's
 * digest. Only links that hold are kept, so junk certificates cannot crowd out good ones for long.
 *
 * <p>Nothing here says a certificate is trusted, valid or not revoked: paths are assembled from the links on
 * every verification against the verifier's own anchors, and validity and revocation are judged at the
 * validation time, every time. Bounded: the least recently used entries go first. Thread-safe; the
 * verifications run outside the lock, so two threads may both check a link that neither has seen yet.
 */
public final class VerifiedCertificates implements CertificatePaths.Links {
    /** Checks one link: whether {@code issuerKey} verifies {@code certificate}'s signature. */
    @FunctionalInterface
    public interface LinkCheck {
        boolean verify(X509Certificate certificate, VerificationKey issuerKey);
    }

    private final int maximumSize;
    private final LinkCheck check;
    private final Map<Object, Object> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * @param maximumSize entries kept at most (links and keys together); 0 keeps nothing
     * @param check how a link is checked when it is not remembered
     */
    public VerifiedCertificates(int maximumSize, LinkCheck check) {
        if (maximumSize < 0) {
            throw new IllegalArgumentException("maximumSize < 0: " + maximumSize);
        }
        this.maximumSize = maximumSize;
        this.check = check;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > VerifiedCertificates.this.maximumSize;
            }
        };
    }

    /** A remembered link: the digests of the certificate and of the CA certificate whose key verifies it. */
    private record Link(Sha256 certificate, Sha256 issuer) {}

    /** A remembered public key: the digest of the certificate that carries it. */
    private record Key(Sha256 certificate) {}

    /** A SHA-256 digest, compared by value. */
    private record Sha256(byte[] bytes) {
        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Sha256 that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(bytes);
        }
    }

    @Override
    public boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        Sha256 certificateDigest = digest(certificate);
        Sha256 issuerDigest = digest(issuer);
        if (certificateDigest == null || issuerDigest == null) {
            return false;
        }
        Link link = new Link(certificateDigest, issuerDigest);
        if (get(link) != null) {
            hits.incrementAndGet();
            return true;
        }
        misses.incrementAndGet();
        VerificationKey issuerKey;
        try {
            issuerKey = key(issuer, issuerDigest);
        } catch (UnsupportedAlgorithmException | IOException e) {
            return false;
        }
        boolean holds = check.verify(certificate, issuerKey);
        if (holds) {
            put(link, Boolean.TRUE);
        }
        return holds;
    }

    /** The certificate's public key, parsed once. */
    public VerificationKey key(X509Certificate certificate) throws UnsupportedAlgorithmException, IOException {
        Sha256 digest = digest(certificate);
        if (digest == null) {
            throw new IOException("certificate cannot be encoded");
        }
        return key(certificate, digest);
    }

    private VerificationKey key(X509Certificate certificate, Sha256 digest)
            throws UnsupportedAlgorithmException, IOException {
        Key id = new Key(digest);
        if (get(id) instanceof VerificationKey known) {
            return known;
        }
        VerificationKey parsed = VerificationKey.of(certificate);
        put(id, parsed);
        return parsed;
    }

    public int maximumSize() {
        return maximumSize;
    }

    /** Entries held now. */
    public synchronized int size() {
        return entries.size();
    }

    /** Links found remembered. */
    public long hitCount() {
        return hits.get();
    }

    /** Links checked because they were not remembered. */
    public long missCount() {
        return misses.get();
    }

    public synchronized void clear() {
        entries.clear();
    }

    private synchronized @Nullable Object get(Object key) {
        return entries.get(key);
    }

    private synchronized void put(Object key, Object value) {
        if (maximumSize > 0) {
            entries.put(key, value);
        }
    }

    private static @Nullable Sha256 digest(X509Certificate certificate) {
        try {
            return new Sha256(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
