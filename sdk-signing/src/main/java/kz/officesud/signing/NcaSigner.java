package kz.officesud.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Something that signs with an NCA key: a key file's key ({@link NcaKey}), or later a hardware token
 * (PKCS#11, Kaztoken) or NCALayer.
 *
 * <p>{@link Cms} builds the CMS around it; the signer only signs the bytes it is handed (the DER
 * encoding of the signed attributes, a few hundred bytes).
 */
public interface NcaSigner {

    /** The signer's certificate, placed into every CMS it signs. */
    X509Certificate certificate();

    /** The certificate and as much of its chain as is known, the signer's own first. */
    default List<X509Certificate> chain() {
        return List.of(certificate());
    }

    KeyAlgorithm algorithm();

    /**
     * Signs {@code data}: hashes it with the algorithm's digest (Streebog-512 for GOST-2015) and returns
     * the signature value as X.509 and CMS carry it (for GOST, {@code r‖s} little-endian, the NCA byte
     * order; for RSA, PKCS#1 v1.5 with SHA-256).
     *
     * @throws SigningException if the key cannot sign (a closed key store, a removed token)
     */
    byte[] sign(byte[] data);
}
