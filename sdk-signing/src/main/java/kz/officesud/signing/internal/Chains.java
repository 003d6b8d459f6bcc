package kz.officesud.signing.internal;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Certificate chains put together by name (for key files; the verifier builds and checks paths itself). */
public final class Chains {
    private Chains() {}

    /** The certificate, then its issuer among {@code pool}, and so on, stopping at a self-issued one. */
    public static List<X509Certificate> chainFrom(X509Certificate leaf, Collection<X509Certificate> pool) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        X509Certificate current = leaf;
        while (!selfIssued(current) && chain.size() < 10) {
            X509Certificate issuer = null;
            for (X509Certificate candidate : pool) {
                if (!chain.contains(candidate)
                        && candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
                    issuer = candidate;
                    break;
                }
            }
            if (issuer == null) {
                break;
            }
            chain.add(issuer);
            current = issuer;
        }
        return List.copyOf(chain);
    }

    public static boolean selfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }
}
