package kz.officesud.signing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The name of every algorithm identifier the SDK reads in NCA material: signature algorithms in each form
 * the NCA's tools write them (signature OID, or the key's OID as Kalkan and RFC 4490 put it into a CMS
 * signer), keys, digests and the NCA TSA's policies. {@code docs/signature-algorithms.md} lists the same
 * identifiers with where each is seen; a test keeps the two equal.
 */
public final class Algorithms {
    private Algorithms() {}

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        // GOST R 34.10-2015 (the current generation), Kazakh arc
        name("1.2.398.3.10.1.1.2.3.2", "GOST R 34.10-2015 512-bit with Streebog-512 (Kazakh OID)");
        name("1.2.398.3.10.1.1.2.3.1", "GOST R 34.10-2015 256-bit with Streebog-256 (Kazakh OID)");
        name("1.2.398.3.10.1.1.2.2", "GOST R 34.10-2015 512-bit key (Kazakh OID)");
        name("1.2.398.3.10.1.1.2.1", "GOST R 34.10-2015 256-bit key (Kazakh OID)");
        // GOST 34.310-2004 (the previous generation)
        name("1.2.398.3.10.1.1.1.2", "GOST 34.310-2004 with GOST 34.311-95 (Kazakh OID)");
        name("1.2.398.3.10.1.1.1.1", "GOST 34.310-2004 key (Kazakh OID)");
        // the same algorithms under the TC26 and CryptoPro arcs (RFC 4490, RFC 9337; RFC byte order)
        name("1.2.643.7.1.1.3.3", "GOST R 34.10-2012 512-bit with Streebog-512 (TC26)");
        name("1.2.643.7.1.1.3.2", "GOST R 34.10-2012 256-bit with Streebog-256 (TC26)");
        name("1.2.643.7.1.1.1.2", "GOST R 34.10-2012 512-bit key (TC26)");
        name("1.2.643.7.1.1.1.1", "GOST R 34.10-2012 256-bit key (TC26)");
        name("1.2.643.2.2.3", "GOST R 34.10-2001 with GOST R 34.11-94 (CryptoPro)");
        name("1.2.643.2.2.19", "GOST R 34.10-2001 key (CryptoPro)");
        // RSA (PKCS#1 v1.5)
        name("1.2.840.113549.1.1.11", "sha256WithRSAEncryption");
        name("1.2.840.113549.1.1.1", "rsaEncryption (RSA key; the digest is the signer's)");
        name("1.2.840.113549.1.1.5", "sha1WithRSAEncryption");
        name("1.2.840.113549.1.1.12", "sha384WithRSAEncryption");
        name("1.2.840.113549.1.1.13", "sha512WithRSAEncryption");
        // digests
        name("1.2.398.3.10.1.3.3", "GOST R 34.11-2015 (Streebog) 512 (Kazakh OID)");
        name("1.2.398.3.10.1.3.2", "GOST R 34.11-2015 (Streebog) 256 (Kazakh OID)");
        name("1.2.398.3.10.1.3.1", "GOST 34.311-95 (Kazakh OID)");
        name("1.2.643.7.1.1.2.3", "GOST R 34.11-2012 (Streebog) 512 (TC26)");
        name("1.2.643.7.1.1.2.2", "GOST R 34.11-2012 (Streebog) 256 (TC26)");
        name("1.2.643.2.2.9", "GOST R 34.11-94 (CryptoPro OID)");
        name("1.3.14.3.2.26", "SHA-1");
        name("2.16.840.1.101.3.4.2.1", "SHA-256");
        name("2.16.840.1.101.3.4.2.2", "SHA-384");
        name("2.16.840.1.101.3.4.2.3", "SHA-512");
        // the NCA TSA's policies
        name("1.2.398.3.3.2.6.1", "NCA TSA policy, GOST 34.310-2004");
        name("1.2.398.3.3.2.6.2", "NCA TSA policy, RSA");
        name("1.2.398.3.3.2.6.3", "NCA TSA policy, GOST GT");
        name("1.2.398.3.3.2.6.4", "NCA TSA policy, GOST R 34.10-2015");
    }

    private static void name(String oid, String name) {
        NAMES.put(oid, name);
    }

    /** The readable name of an OID, if it is one the SDK knows. */
    public static Optional<String> name(String oid) {
        return Optional.ofNullable(NAMES.get(oid));
    }

    /** Every OID with a name, in the table's order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(NAMES);
    }
}
