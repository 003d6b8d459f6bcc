package kz.officesud.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

/** Message digests by OID: the Kazakh GOST ones, their TC26 / CryptoPro twins, and SHA. */
public final class Digests {
    private Digests() {}

    /** The S-box of GOST 34.311-95 as Kalkan uses it ("D-TEST", the GOST R 34.11-94 test parameters). */
    private static final String GOST_34311_95_SBOX = "D-TEST";

    /** A fresh digest for the OID, if supported. */
    public static Optional<Digest> create(ASN1ObjectIdentifier oid) {
        // Streebog through our own implementation: bit-exact with Bouncy Castle's and several times faster
        if (oid.equals(KzOids.STREEBOG_512) || oid.equals(RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512)) {
            return Optional.of(Streebog.streebog512());
        }
        if (oid.equals(KzOids.STREEBOG_256) || oid.equals(RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256)) {
            return Optional.of(Streebog.streebog256());
        }
        if (oid.equals(KzOids.GOST_34311_95) || oid.equals(CryptoProObjectIdentifiers.gostR3411)) {
            return Optional.of(Gost34311.withSBox(GOST_34311_95_SBOX));
        }
        // SHA through the JDK: its intrinsics (SHA-NI, AVX2) hash 20 MB several times faster than BC's Java code
        if (oid.equals(NISTObjectIdentifiers.id_sha256)) {
            return Optional.of(JdkDigest.of("SHA-256", SHA256Digest::new));
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha384)) {
            return Optional.of(JdkDigest.of("SHA-384", SHA384Digest::new));
        }
        if (oid.equals(NISTObjectIdentifiers.id_sha512)) {
            return Optional.of(JdkDigest.of("SHA-512", SHA512Digest::new));
        }
        if (oid.equals(OIWObjectIdentifiers.idSHA1)) {
            return Optional.of(JdkDigest.of("SHA-1", SHA1Digest::new));
        }
        return Optional.empty();
    }

    /** A JDK {@link MessageDigest} behind Bouncy Castle's {@link Digest} interface. */
    static final class JdkDigest implements Digest {
        private final MessageDigest digest;

        private JdkDigest(MessageDigest digest) {
            this.digest = digest;
        }

        static Digest of(String name, java.util.function.Supplier<Digest> fallback) {
            try {
                return new JdkDigest(MessageDigest.getInstance(name));
            } catch (java.security.NoSuchAlgorithmException e) {
                return fallback.get();
            }
        }

        @Override
        public String getAlgorithmName() {
            return digest.getAlgorithm();
        }

        @Override
        public int getDigestSize() {
            return digest.getDigestLength();
        }

        @Override
        public void update(byte in) {
            digest.update(in);
        }

        @Override
        public void update(byte[] in, int inOff, int len) {
            digest.update(in, inOff, len);
        }

        @Override
        public int doFinal(byte[] out, int outOff) {
            try {
                return digest.digest(out, outOff, out.length - outOff);
            } catch (java.security.DigestException e) {
                throw new IllegalArgumentException("output buffer too short", e);
            }
        }

        @Override
        public void reset() {
            digest.reset();
        }
    }

    public static Digest require(ASN1ObjectIdentifier oid) throws UnsupportedAlgorithmException {
        return create(oid).orElseThrow(() -> new UnsupportedAlgorithmException("unsupported digest " + oid));
    }

    public static byte[] digest(Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
        return doFinal(digest);
    }

    public static byte[] doFinal(Digest digest) {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /**
     * Reads the stream to its end once, feeding a digest of every supported algorithm among {@code oids}
     * (the unsupported ones are left out of the result); the caller closes the stream.
     */
    public static java.util.Map<ASN1ObjectIdentifier, byte[]> digestAll(
            java.util.Collection<ASN1ObjectIdentifier> oids, InputStream in) throws IOException {
        java.util.Map<ASN1ObjectIdentifier, Digest> digests = new java.util.LinkedHashMap<>();
        for (ASN1ObjectIdentifier oid : oids) {
            create(oid).ifPresent(d -> digests.putIfAbsent(oid, d));
        }
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            for (Digest d : digests.values()) {
                d.update(buffer, 0, n);
            }
        }
        java.util.Map<ASN1ObjectIdentifier, byte[]> out = new java.util.LinkedHashMap<>();
        digests.forEach((oid, d) -> out.put(oid, doFinal(d)));
        return out;
    }

    /** Reads the stream to its end, feeding the digest; the caller closes the stream. */
    public static byte[] digest(Digest digest, InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            digest.update(buffer, 0, n);
        }
        return doFinal(digest);
    }
}
