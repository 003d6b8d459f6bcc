package kz.officesud.signing;

import java.io.IOException;
import java.security.cert.X509Certificate;
import kz.officesud.signing.internal.CertificatePaths;
import kz.officesud.signing.internal.UnsupportedAlgorithmException;
import kz.officesud.signing.internal.VerificationKey;
import kz.officesud.signing.internal.VerifiedCertificates;

/**
 * What verifiers remember of the certification paths they have checked, so that a signature by a known
 * signer costs one signature verification and the hashing: that a CA certificate's key verifies a
 * certificate's signature (each link of a path, keyed by the SHA-256 digests of both certificates), and each
 * certificate's parsed public key. Without it, each signature also costs one verification per certificate of
 * its path.
 *
 * <pre>{@code
 * CertificatePathCache cache = CertificatePathCache.ofMaximumSize(10_000);
 * CmsVerifier filings = CmsVerifier.builder().trustAnchors(anchors).pathCache(cache).build();
 * CmsVerifier archive = filings.toBuilder().validateAtTimestamp().build();   // shares the cache
 * }</pre>
 *
 * <p>The cache holds only what neither time nor trust changes, so it cannot make a verifier accept what it
 * would refuse without it: each verification still assembles the path from the signature's certificates and
 * its own {@link TrustAnchors} (a link remembered under other anchors gives no trust), checks every
 * certificate of the path at the validation time (so an expired or not yet valid certificate is seen), and
 * asks its {@link kz.officesud.signing.revocation.RevocationPolicy} about the signer's certificate (so a
 * revocation published since is seen: the CRLs' own signature checks are remembered by each
 * {@link kz.officesud.signing.revocation.Crl}, and an OCSP responder is asked each time). Only links that
 * hold are kept. Bounded: the least recently used entries go first (a parsed GOST key with its precomputed
 * points takes about 5 KB, a link about 200 bytes). Thread-safe; share one across verifiers (CMS, XMLDSig,
 * WS-Security, signed ZIP containers and timestamp tokens all use their verifier's cache).
 */
public final class CertificatePathCache {
    /** The size of {@link #shared()}: entries (links and keys together). */
    public static final int DEFAULT_MAXIMUM_SIZE = 2_000;

    private static final CertificatePathCache SHARED = ofMaximumSize(DEFAULT_MAXIMUM_SIZE);
    private static final CertificatePathCache DISABLED = ofMaximumSize(0);

    private final VerifiedCertificates entries;

    private CertificatePathCache(VerifiedCertificates entries) {
        this.entries = entries;
    }

    /**
     * The cache every {@link CmsVerifier} uses unless given another: one per JVM (class loader), of
     * {@value #DEFAULT_MAXIMUM_SIZE} entries, so that verifiers built for one call each (a court building one
     * per filing with that filing's validation time) still share what was learned.
     */
    public static CertificatePathCache shared() {
        return SHARED;
    }

    /** A cache of its own, holding at most {@code maximumSize} entries; 0 remembers nothing. */
    public static CertificatePathCache ofMaximumSize(int maximumSize) {
        if (maximumSize < 0) {
            throw new IllegalArgumentException("maximumSize must be 0 or more, not " + maximumSize);
        }
        return new CertificatePathCache(new VerifiedCertificates(maximumSize, CertificatePaths::signedBy));
    }

    /** No cache: every path is verified in full on every verification. */
    public static CertificatePathCache disabled() {
        return DISABLED;
    }

    /** A cache whose links are checked by {@code check} (a test's counting seam). */
    static CertificatePathCache checkingLinksWith(int maximumSize, VerifiedCertificates.LinkCheck check) {
        return new CertificatePathCache(new VerifiedCertificates(maximumSize, check));
    }

    public int maximumSize() {
        return entries.maximumSize();
    }

    /** Entries held now. */
    public int size() {
        return entries.size();
    }

    /** How many links of certification paths were found remembered. */
    public long hitCount() {
        return entries.hitCount();
    }

    /** How many links were verified because they were not remembered (or not kept, when disabled). */
    public long missCount() {
        return entries.missCount();
    }

    /** Forgets everything (counts are kept). */
    public void evictAll() {
        entries.clear();
    }

    CertificatePaths.Links links() {
        return entries;
    }

    /** The certificate's public key, parsed once. */
    VerificationKey key(X509Certificate certificate) throws UnsupportedAlgorithmException, IOException {
        return entries.key(certificate);
    }

    @Override
    public String toString() {
        return this == SHARED
                ? "CertificatePathCache[shared, " + size() + "/" + maximumSize() + "]"
                : "CertificatePathCache[" + size() + "/" + maximumSize() + "]";
    }
}
