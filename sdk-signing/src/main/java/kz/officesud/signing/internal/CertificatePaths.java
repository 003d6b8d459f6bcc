package kz.officesud.signing.internal;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Builds a certification path by name and key identifier, verifying each certificate's signature with
 * its issuer's key in the NCA's algorithms (which the JDK's {@code CertPathValidator} cannot do).
 */
public final class CertificatePaths {
    private static final int MAX_DEPTH = 8;

    /** Whether an issuer's key verifies a certificate's signature: checked anew, or remembered. */
    @FunctionalInterface
    public interface Links {
        boolean signedBy(X509Certificate certificate, X509Certificate issuer);
    }

    /** Every link checked anew. */
    public static final Links UNCACHED = CertificatePaths::signedBy;

    private CertificatePaths() {}

    /**
     * The path from {@code leaf} up to a certificate {@code isAnchor} accepts, or empty when none is
     * found among {@code pool}: each step is an issuer whose key verifies the certificate below it.
     */
    public static Optional<List<X509Certificate>> build(
            X509Certificate leaf, Collection<X509Certificate> pool, Predicate<X509Certificate> isAnchor) {
        return build(leaf, pool, isAnchor, UNCACHED);
    }

    /**
     * {@link #build(X509Certificate, Collection, Predicate)} asking {@code links} whether each step holds: the
     * path found is the same whether the links are remembered or checked anew.
     */
    public static Optional<List<X509Certificate>> build(
            X509Certificate leaf, Collection<X509Certificate> pool, Predicate<X509Certificate> isAnchor, Links links) {
        List<X509Certificate> path = new ArrayList<>();
        path.add(leaf);
        return extend(path, pool, isAnchor, links);
    }

    private static Optional<List<X509Certificate>> extend(
            List<X509Certificate> path,
            Collection<X509Certificate> pool,
            Predicate<X509Certificate> isAnchor,
            Links links) {
        X509Certificate current = path.get(path.size() - 1);
        if (isAnchor.test(current)) {
            return Optional.of(List.copyOf(path));
        }
        if (path.size() >= MAX_DEPTH || Chains.selfIssued(current)) {
            return Optional.empty();
        }
        for (X509Certificate candidate : pool) {
            if (path.contains(candidate) || !mayIssue(candidate, current) || !links.signedBy(current, candidate)) {
                continue;
            }
            path.add(candidate);
            Optional<List<X509Certificate>> found = extend(path, pool, isAnchor, links);
            if (found.isPresent()) {
                return found;
            }
            path.remove(path.size() - 1);
        }
        return Optional.empty();
    }

    /** Name chaining, a CA certificate, and matching key identifiers where both carry them. */
    private static boolean mayIssue(X509Certificate issuer, X509Certificate subject) {
        if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
            return false;
        }
        if (issuer.getBasicConstraints() < 0 && !Chains.selfIssued(issuer)) {
            return false;
        }
        byte[] authorityKeyId = authorityKeyId(subject);
        byte[] subjectKeyId = SignerIds.subjectKeyId(issuer);
        return authorityKeyId == null || subjectKeyId == null || Arrays.equals(authorityKeyId, subjectKeyId);
    }

    /** Whether {@code issuer}'s key verifies {@code certificate}'s signature. */
    public static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            return signedBy(certificate, VerificationKey.of(issuer));
        } catch (UnsupportedAlgorithmException | IOException e) {
            return false;
        }
    }

    /** Whether {@code issuerKey} verifies {@code certificate}'s signature. */
    public static boolean signedBy(X509Certificate certificate, VerificationKey issuerKey) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
            return holder.isSignatureValid(new NcaContentVerifierProvider(issuerKey, null));
        } catch (CertificateEncodingException | IOException | CertException e) {
            return false;
        }
    }

    private static byte @org.jspecify.annotations.Nullable [] authorityKeyId(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId());
        if (value == null) {
            return null;
        }
        try {
            ASN1OctetString keyId = AuthorityKeyIdentifier.getInstance(
                            ASN1OctetString.getInstance(value).getOctets())
                    .getKeyIdentifierObject();
            return keyId == null ? null : keyId.getOctets();
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            return null;
        }
    }
}
