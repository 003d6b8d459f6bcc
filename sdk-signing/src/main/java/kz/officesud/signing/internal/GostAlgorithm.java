package kz.officesud.signing.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECGOST3410Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.Arrays;
import org.bouncycastle.util.BigIntegers;

/**
 * GOST elliptic-curve signatures in the NCA's encoding.
 *
 * <p>The NCA (Kalkan) writes every GOST signature value as {@code r‖s}, each half little-endian: the
 * RFC 4491 / RFC 7091 layout ({@code s‖r}, big-endian) reversed end to end. Public keys are an OCTET
 * STRING of {@code X‖Y}, each little-endian (as in RFC 4491). GOST-2015 private keys are an OCTET
 * STRING holding the 64-byte little-endian scalar; GOST-2004 private keys are a big-endian INTEGER.
 *
 * <p>Signatures under the international (TC26 / CryptoPro) OIDs use the RFC layout; they are accepted
 * when verifying, never produced.
 */
public enum GostAlgorithm {
    /** GOST R 34.10-2015, 512 bits, TC26 parameter set A, Streebog-512. */
    GOST_2015_512(
            KzOids.GOST_2015_512_KEY,
            KzOids.GOST_2015_512_PARAM_SET_A,
            KzOids.STREEBOG_512,
            KzOids.GOST_2015_512_SIGNATURE,
            KzOids.STREEBOG_512,
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512,
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA,
            64),
    /**
     * GOST R 34.10-2015, 256 bits, Streebog-256: the NCA names it (Kalkan and NCANode map its OIDs) but
     * issues no such keys to people; verified, never generated for users. The curve is the one the key's
     * parameters name (TC26 or CryptoPro), TC26 set A by default.
     */
    GOST_2015_256(
            KzOids.GOST_2015_256_KEY,
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
            KzOids.STREEBOG_256,
            KzOids.GOST_2015_256_SIGNATURE,
            KzOids.STREEBOG_256,
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256,
            RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
            32),
    /** GOST 34.310-2004 (GOST R 34.10-2001), CryptoPro-A curve, GOST 34.311-95 with the D-TEST S-box. */
    GOST_2004(
            KzOids.GOST_2004_KEY,
            KzOids.GOST_2004_PARAM_SET_A,
            KzOids.GOST_34311_95_PARAMS,
            KzOids.GOST_2004_SIGNATURE,
            KzOids.GOST_34311_95,
            CryptoProObjectIdentifiers.gostR3410_2001,
            CryptoProObjectIdentifiers.gostR3411_94_with_gostR3410_2001,
            CryptoProObjectIdentifiers.gostR3410_2001_CryptoPro_A,
            32);

    private final ASN1ObjectIdentifier keyOid;
    private final ASN1ObjectIdentifier paramSetOid;
    private final ASN1ObjectIdentifier digestParamOid;
    private final ASN1ObjectIdentifier signatureOid;
    private final ASN1ObjectIdentifier digestOid;
    private final ASN1ObjectIdentifier internationalKeyOid;
    private final ASN1ObjectIdentifier internationalSignatureOid;
    private final ECNamedDomainParameters domain;
    private final int size;

    GostAlgorithm(
            ASN1ObjectIdentifier keyOid,
            ASN1ObjectIdentifier paramSetOid,
            ASN1ObjectIdentifier digestParamOid,
            ASN1ObjectIdentifier signatureOid,
            ASN1ObjectIdentifier digestOid,
            ASN1ObjectIdentifier internationalKeyOid,
            ASN1ObjectIdentifier internationalSignatureOid,
            ASN1ObjectIdentifier curveOid,
            int size) {
        this.keyOid = keyOid;
        this.paramSetOid = paramSetOid;
        this.digestParamOid = digestParamOid;
        this.signatureOid = signatureOid;
        this.digestOid = digestOid;
        this.internationalKeyOid = internationalKeyOid;
        this.internationalSignatureOid = internationalSignatureOid;
        X9ECParameters x9 = ECGOST3410NamedCurves.getByOIDX9(curveOid);
        this.domain = new ECNamedDomainParameters(curveOid, x9);
        this.size = size;
    }

    /** The Kazakh key OID. */
    public ASN1ObjectIdentifier keyOid() {
        return keyOid;
    }

    /** The Kazakh signature OID. */
    public ASN1ObjectIdentifier signatureOid() {
        return signatureOid;
    }

    /** The Kazakh digest OID. */
    public ASN1ObjectIdentifier digestOid() {
        return digestOid;
    }

    /** The signature algorithm identifier as the NCA writes it: the OID with NULL parameters. */
    public AlgorithmIdentifier signatureAlgorithm() {
        return new AlgorithmIdentifier(signatureOid, DERNull.INSTANCE);
    }

    /** The digest algorithm identifier as Kalkan writes it in CMS: the OID with NULL parameters. */
    public AlgorithmIdentifier digestAlgorithm() {
        return new AlgorithmIdentifier(digestOid(), DERNull.INSTANCE);
    }

    public ECDomainParameters domain() {
        return domain;
    }

    /** Bytes in each of r, s, X, Y and the private scalar. */
    public int size() {
        return size;
    }

    public Digest newDigest() {
        return Digests.create(digestOid).orElseThrow();
    }

    private static ECGOST3410Signer newSigner() {
        // One signer for both: GOST R 34.10-2012/2015 is 34.10-2001 on other curves (BC deprecated the
        // empty ECGOST3410_2012Signer subclass).
        return new ECGOST3410Signer();
    }

    /** The algorithm of a key OID, Kazakh or international. */
    public static Optional<GostAlgorithm> forKeyOid(ASN1ObjectIdentifier oid) {
        for (GostAlgorithm a : values()) {
            if (a.keyOid.equals(oid) || a.internationalKeyOid.equals(oid)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the signature OID is one of this algorithm's Kazakh forms (NCA byte order): the signature
     * OID, or the key OID that Kalkan writes as a CMS signer's signature algorithm for GOST 34.310-2004.
     */
    public boolean isKazakhSignature(ASN1ObjectIdentifier oid) {
        return signatureOid.equals(oid) || keyOid.equals(oid);
    }

    /**
     * Whether the signature OID is one of this algorithm's TC26 / CryptoPro forms (RFC byte order): the
     * signature OID, or the key OID that RFC 4490 and RFC 9337 put into a CMS signer.
     */
    public boolean isInternationalSignature(ASN1ObjectIdentifier oid) {
        return internationalSignatureOid.equals(oid) || internationalKeyOid.equals(oid);
    }

    /** The algorithm that signs under this signature OID (any of its forms), if a GOST one. */
    public static Optional<GostAlgorithm> forSignatureOid(ASN1ObjectIdentifier oid) {
        for (GostAlgorithm a : values()) {
            if (a.isKazakhSignature(oid) || a.isInternationalSignature(oid)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- keys

    public AsymmetricCipherKeyPair generateKeyPair(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain, random));
        return generator.generateKeyPair();
    }

    public ECPrivateKeyParameters privateKey(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(domain.getN()) >= 0) {
            throw new IllegalArgumentException("private scalar out of range");
        }
        return new ECPrivateKeyParameters(d, domain);
    }

    public ECPublicKeyParameters publicKeyOf(ECPrivateKeyParameters key) {
        return new ECPublicKeyParameters(domain.getG().multiply(key.getD()).normalize(), domain);
    }

    /** The key's algorithm identifier as the NCA writes it: key OID, (parameter set, digest). */
    public AlgorithmIdentifier keyAlgorithm() {
        return new AlgorithmIdentifier(keyOid, new DERSequence(new ASN1Encodable[] {paramSetOid, digestParamOid}));
    }

    /** The public key as a certificate carries it: an OCTET STRING of X‖Y, each little-endian. */
    public SubjectPublicKeyInfo publicKeyInfo(ECPublicKeyParameters key) throws IOException {
        ECPoint q = key.getQ().normalize();
        byte[] raw = new byte[2 * size];
        System.arraycopy(littleEndian(q.getAffineXCoord().toBigInteger()), 0, raw, 0, size);
        System.arraycopy(littleEndian(q.getAffineYCoord().toBigInteger()), 0, raw, size, size);
        return new SubjectPublicKeyInfo(keyAlgorithm(), new DEROctetString(raw));
    }

    /**
     * Reads a public key from a certificate's subject public key info (Kazakh or international OIDs), on
     * the curve its parameters name: the Kazakh parameter set, or a TC26 / CryptoPro one Bouncy Castle
     * knows; the algorithm's own curve when they name none.
     */
    public ECPublicKeyParameters publicKey(SubjectPublicKeyInfo info) throws IOException {
        byte[] raw = ASN1OctetString.getInstance(info.parsePublicKey()).getOctets();
        if (raw.length != 2 * size) {
            throw new IOException("GOST public key of " + raw.length + " bytes, expected " + 2 * size);
        }
        BigInteger x = fromLittleEndian(raw, 0, size);
        BigInteger y = fromLittleEndian(raw, size, size);
        ECDomainParameters curve = domain(info.getAlgorithm());
        try {
            ECPoint q = curve.getCurve().validatePoint(x, y);
            return new ECPublicKeyParameters(q, curve);
        } catch (IllegalArgumentException e) {
            throw new IOException("GOST public key is not a point of the curve", e);
        }
    }

    /** The curve a key's algorithm identifier names in its parameters (the first element of the SEQUENCE). */
    private ECDomainParameters domain(AlgorithmIdentifier keyAlgorithm) throws IOException {
        ASN1Encodable parameters = keyAlgorithm.getParameters();
        if (!(parameters instanceof ASN1Sequence sequence)
                || sequence.size() == 0
                || !(sequence.getObjectAt(0) instanceof ASN1ObjectIdentifier named)) {
            return domain;
        }
        if (named.equals(paramSetOid) || named.equals(domain.getName())) {
            return domain;
        }
        ASN1ObjectIdentifier curveOid = KzOids.toInternational(named).orElse(named);
        X9ECParameters x9 = ECGOST3410NamedCurves.getByOIDX9(curveOid);
        if (x9 == null || x9.getCurve().getFieldSize() != 8 * size) {
            throw new IOException("unsupported " + this + " parameter set " + named);
        }
        return new ECNamedDomainParameters(curveOid, x9);
    }

    /** The private key as the NCA's PKCS#8 carries it. */
    public PrivateKeyInfo privateKeyInfo(ECPrivateKeyParameters key) throws IOException {
        ASN1Encodable value =
                this == GOST_2015_512 ? new DEROctetString(littleEndian(key.getD())) : new ASN1Integer(key.getD());
        return new PrivateKeyInfo(keyAlgorithm(), value);
    }

    /** Reads the private scalar: a little-endian OCTET STRING (2015) or an INTEGER (2004); both accepted. */
    public ECPrivateKeyParameters privateKey(PrivateKeyInfo info) throws IOException {
        ASN1Primitive value = info.parsePrivateKey().toASN1Primitive();
        BigInteger d;
        if (value instanceof ASN1Integer integer) {
            d = integer.getPositiveValue();
        } else if (value instanceof ASN1OctetString octets) {
            byte[] bytes = octets.getOctets();
            d = fromLittleEndian(bytes, 0, bytes.length);
        } else {
            throw new IOException(
                    "unexpected GOST private key encoding " + value.getClass().getSimpleName());
        }
        try {
            return privateKey(d);
        } catch (IllegalArgumentException e) {
            throw new IOException("GOST private key out of range", e);
        }
    }

    // ---------------------------------------------------------------- signatures

    /** Signs the digest of {@code data} and encodes the signature in the NCA byte order. */
    public byte[] sign(ECPrivateKeyParameters key, byte[] data, SecureRandom random) {
        return signHash(key, Digests.digest(newDigest(), data), random);
    }

    /** Signs an already computed digest; the result is {@code r‖s}, each little-endian. */
    public byte[] signHash(ECPrivateKeyParameters key, byte[] hash, SecureRandom random) {
        ECGOST3410Signer signer = newSigner();
        signer.init(true, new ParametersWithRandom(key, random));
        BigInteger[] rs = signer.generateSignature(hash);
        return Arrays.concatenate(littleEndian(rs[0]), littleEndian(rs[1]));
    }

    /**
     * Verifies a signature over an already computed digest.
     *
     * @param ncaOrder {@code true} for the Kazakh encoding ({@code r‖s} little-endian), {@code false}
     *     for the RFC 4491 one ({@code s‖r} big-endian)
     */
    public boolean verifyHash(ECPublicKeyParameters key, byte[] hash, byte[] signature, boolean ncaOrder) {
        if (signature.length != 2 * size) {
            return false;
        }
        byte[] nca = ncaOrder ? signature : Arrays.reverse(signature);
        BigInteger r = fromLittleEndian(nca, 0, size);
        BigInteger s = fromLittleEndian(nca, size, size);
        if (Curve512A.covers(key.getParameters())) {
            return verifyOnCurve512A(key, hash, r, s);
        }
        ECGOST3410Signer signer = newSigner();
        signer.init(false, key);
        return signer.verifySignature(hash, r, s);
    }

    /**
     * Bouncy Castle's {@code ECGOST3410Signer.verifySignature} step for step (e the hash read little-endian,
     * r and s in [1, n − 1], v = e⁻¹, z1 = s·v, z2 = −r·v mod n, R = z1·G + z2·Q, r = x_R mod n), with the
     * sum computed by {@link Curve512A}: the NCA's GOST-2015 curve.
     */
    private static boolean verifyOnCurve512A(ECPublicKeyParameters key, byte[] hash, BigInteger r, BigInteger s) {
        BigInteger n = key.getParameters().getN();
        if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
            return false;
        }
        BigInteger e = new BigInteger(1, Arrays.reverse(hash));
        BigInteger v = BigIntegers.modOddInverseVar(n, e);
        BigInteger z1 = s.multiply(v).mod(n);
        BigInteger z2 = n.subtract(r).multiply(v).mod(n);
        BigInteger x = Curve512A.xOfSum(z1, key.getQ(), z2);
        return x != null && x.mod(n).equals(r);
    }

    /** Converts a signature between the NCA and the RFC 4491 byte order (the conversion is its own inverse). */
    public static byte[] reverseByteOrder(byte[] signature) {
        return Arrays.reverse(signature);
    }

    private byte[] littleEndian(BigInteger value) {
        return Arrays.reverse(BigIntegers.asUnsignedByteArray(size, value));
    }

    private static BigInteger fromLittleEndian(byte[] bytes, int offset, int length) {
        return new BigInteger(1, Arrays.reverse(Arrays.copyOfRange(bytes, offset, offset + length)));
    }
}
