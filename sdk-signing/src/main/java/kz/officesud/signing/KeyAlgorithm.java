package kz.officesud.signing;

import java.util.Optional;

/** The key algorithms of NCA (НУЦ РК) certificates, with the OIDs Kalkan writes. */
public enum KeyAlgorithm {
    /** GOST R 34.10-2015, 512 bits (the current generation, «ГОСТ 2015»); Streebog-512 digest. */
    GOST_2015_512("1.2.398.3.10.1.1.2.2", "1.2.398.3.10.1.1.2.3.2", "1.2.398.3.10.1.3.3"),
    /** GOST 34.310-2004 (the previous generation); GOST 34.311-95 digest. */
    GOST_2004("1.2.398.3.10.1.1.1.1", "1.2.398.3.10.1.1.1.2", "1.2.398.3.10.1.3.1"),
    /** RSA (the previous generation's 2048-bit keys); SHA-256 digest. */
    RSA("1.2.840.113549.1.1.1", "1.2.840.113549.1.1.11", "2.16.840.1.101.3.4.2.1");

    private final String keyOid;
    private final String signatureOid;
    private final String digestOid;

    KeyAlgorithm(String keyOid, String signatureOid, String digestOid) {
        this.keyOid = keyOid;
        this.signatureOid = signatureOid;
        this.digestOid = digestOid;
    }

    /** The OID of the public key in a certificate. */
    public String keyOid() {
        return keyOid;
    }

    /** The OID of the signatures this SDK makes with such a key. */
    public String signatureOid() {
        return signatureOid;
    }

    /** The OID of the digest those signatures use. */
    public String digestOid() {
        return digestOid;
    }

    /** The algorithm of a certificate's public key OID (the Kazakh ones; RSA). */
    public static Optional<KeyAlgorithm> ofKeyOid(String oid) {
        for (KeyAlgorithm a : values()) {
            if (a.keyOid.equals(oid)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
