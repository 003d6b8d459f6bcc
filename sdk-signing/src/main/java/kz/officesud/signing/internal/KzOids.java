package kz.officesud.signing.internal;

import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;

/**
 * The Kazakh (НУЦ РК / Kalkan) object identifiers and their TC26 / CryptoPro equivalents.
 *
 * <p>The NCA issues GOST keys and signatures under its own arc {@code 1.2.398.3.10}; the algorithms
 * are the Russian standards that Bouncy Castle knows under the TC26 ({@code 1.2.643.7.1}) and
 * CryptoPro ({@code 1.2.643.2.2}) arcs. The byte order differs too: see {@link GostAlgorithm}.
 */
public final class KzOids {
    private KzOids() {}

    private static final String KZ_GOST = "1.2.398.3.10.1";

    /** GOST R 34.10-2015 (34.10-2012) 512-bit public key. */
    public static final ASN1ObjectIdentifier GOST_2015_512_KEY = new ASN1ObjectIdentifier(KZ_GOST + ".1.2.2");
    /** Its parameters: the TC26 512-bit parameter set A. */
    public static final ASN1ObjectIdentifier GOST_2015_512_PARAM_SET_A = new ASN1ObjectIdentifier(KZ_GOST + ".1.2.2.1");
    /** GOST R 34.10-2015 512-bit signature with Streebog-512. */
    public static final ASN1ObjectIdentifier GOST_2015_512_SIGNATURE = new ASN1ObjectIdentifier(KZ_GOST + ".1.2.3.2");
    /** GOST R 34.11-2015 (Streebog) 512-bit digest. */
    public static final ASN1ObjectIdentifier STREEBOG_512 = new ASN1ObjectIdentifier(KZ_GOST + ".3.3");

    /** GOST R 34.10-2015 256-bit public key (named by Kalkan and NCANode; the NCA issues no such keys to people). */
    public static final ASN1ObjectIdentifier GOST_2015_256_KEY = new ASN1ObjectIdentifier(KZ_GOST + ".1.2.1");
    /** GOST R 34.10-2015 256-bit signature with Streebog-256. */
    public static final ASN1ObjectIdentifier GOST_2015_256_SIGNATURE = new ASN1ObjectIdentifier(KZ_GOST + ".1.2.3.1");
    /** Streebog-256. */
    public static final ASN1ObjectIdentifier STREEBOG_256 = new ASN1ObjectIdentifier(KZ_GOST + ".3.2");

    /** GOST 34.310-2004 public key (the previous generation; CryptoPro-A curve). */
    public static final ASN1ObjectIdentifier GOST_2004_KEY = new ASN1ObjectIdentifier(KZ_GOST + ".1.1.1");
    /** Its parameters: the CryptoPro-A curve. */
    public static final ASN1ObjectIdentifier GOST_2004_PARAM_SET_A = new ASN1ObjectIdentifier(KZ_GOST + ".1.1.1.1");
    /** GOST 34.310-2004 signature with GOST 34.311-95. */
    public static final ASN1ObjectIdentifier GOST_2004_SIGNATURE = new ASN1ObjectIdentifier(KZ_GOST + ".1.1.2");
    /** GOST 34.311-95 digest (GOST R 34.11-94 with the "D-TEST" S-box). */
    public static final ASN1ObjectIdentifier GOST_34311_95 = new ASN1ObjectIdentifier(KZ_GOST + ".3.1");
    /** Its parameters in a key's algorithm identifier (the "D-TEST" S-box). */
    public static final ASN1ObjectIdentifier GOST_34311_95_PARAMS = new ASN1ObjectIdentifier(KZ_GOST + ".3.1.1.0");

    /** The extended key usage of a signing key (id-kp-emailProtection). */
    public static final String EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    /** The extended key usage of an authentication key (id-kp-clientAuth). */
    public static final String EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private static final Map<ASN1ObjectIdentifier, ASN1ObjectIdentifier> KZ_TO_INTERNATIONAL = Map.ofEntries(
            Map.entry(GOST_2015_512_KEY, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512),
            Map.entry(GOST_2015_512_PARAM_SET_A, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA),
            Map.entry(GOST_2015_512_SIGNATURE, RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512),
            Map.entry(STREEBOG_512, RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512),
            Map.entry(GOST_2015_256_KEY, RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256),
            Map.entry(GOST_2015_256_SIGNATURE, RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256),
            Map.entry(STREEBOG_256, RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256),
            Map.entry(GOST_2004_KEY, CryptoProObjectIdentifiers.gostR3410_2001),
            Map.entry(GOST_2004_PARAM_SET_A, CryptoProObjectIdentifiers.gostR3410_2001_CryptoPro_A),
            Map.entry(GOST_2004_SIGNATURE, CryptoProObjectIdentifiers.gostR3411_94_with_gostR3410_2001),
            Map.entry(GOST_34311_95, CryptoProObjectIdentifiers.gostR3411));

    private static final Map<ASN1ObjectIdentifier, ASN1ObjectIdentifier> INTERNATIONAL_TO_KZ = invert();

    private static Map<ASN1ObjectIdentifier, ASN1ObjectIdentifier> invert() {
        var inverse = new java.util.HashMap<ASN1ObjectIdentifier, ASN1ObjectIdentifier>();
        KZ_TO_INTERNATIONAL.forEach((kz, international) -> inverse.put(international, kz));
        return Map.copyOf(inverse);
    }

    /** The TC26 / CryptoPro equivalent of a Kazakh OID, if it is one of the mapped ones. */
    public static Optional<ASN1ObjectIdentifier> toInternational(ASN1ObjectIdentifier kz) {
        return Optional.ofNullable(KZ_TO_INTERNATIONAL.get(kz));
    }

    /** The Kazakh equivalent of a TC26 / CryptoPro OID, if it is one of the mapped ones. */
    public static Optional<ASN1ObjectIdentifier> toKazakh(ASN1ObjectIdentifier international) {
        return Optional.ofNullable(INTERNATIONAL_TO_KZ.get(international));
    }
}
