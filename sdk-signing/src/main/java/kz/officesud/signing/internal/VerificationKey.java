package kz.officesud.signing.internal;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.Prehash;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.jspecify.annotations.Nullable;

/** A public key that checks signatures: GOST (NCA byte order, or RFC order under TC26 OIDs) or RSA. */
public sealed interface VerificationKey permits VerificationKey.Gost, VerificationKey.Rsa {

    /**
     * The digest a signature under {@code signatureAlgorithm} is computed with.
     *
     * @param digestAlgorithm the CMS signer's digest algorithm, needed when the signature algorithm
     *     names only the key ({@code rsaEncryption}); may be null elsewhere
     */
    ASN1ObjectIdentifier digestOid(
            AlgorithmIdentifier signatureAlgorithm, @Nullable AlgorithmIdentifier digestAlgorithm)
            throws UnsupportedAlgorithmException;

    /** Checks a signature over an already computed digest (of the algorithm {@link #digestOid} names). */
    boolean verifyHash(
            AlgorithmIdentifier signatureAlgorithm,
            @Nullable AlgorithmIdentifier digestAlgorithm,
            byte[] hash,
            byte[] signature)
            throws UnsupportedAlgorithmException;

    /** Checks a signature over {@code data}. */
    default boolean verify(AlgorithmIdentifier signatureAlgorithm, byte[] data, byte[] signature)
            throws UnsupportedAlgorithmException {
        byte[] hash = Digests.digest(Digests.require(digestOid(signatureAlgorithm, null)), data);
        return verifyHash(signatureAlgorithm, null, hash, signature);
    }

    /** Whether both are the same public key. */
    boolean sameKey(VerificationKey other);

    static VerificationKey of(X509Certificate certificate) throws UnsupportedAlgorithmException, IOException {
        try {
            return of(Certificate.getInstance(certificate.getEncoded()).getSubjectPublicKeyInfo());
        } catch (CertificateEncodingException e) {
            throw new IOException("certificate cannot be encoded", e);
        }
    }

    static VerificationKey of(SubjectPublicKeyInfo info) throws UnsupportedAlgorithmException, IOException {
        ASN1ObjectIdentifier oid = info.getAlgorithm().getAlgorithm();
        var gost = GostAlgorithm.forKeyOid(oid);
        if (gost.isPresent()) {
            return new Gost(gost.get(), gost.get().publicKey(info));
        }
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            AsymmetricKeyParameter key;
            try {
                key = PublicKeyFactory.createKey(info);
            } catch (IllegalArgumentException | ClassCastException e) {
                // Bouncy Castle refuses a modulus that is even, too small or has a small prime factor
                throw new IOException("not a usable RSA public key: " + e.getMessage(), e);
            }
            if (!(key instanceof RSAKeyParameters rsa)) {
                throw new IOException("not an RSA public key");
            }
            return new Rsa(rsa);
        }
        throw new UnsupportedAlgorithmException("unsupported public key algorithm " + oid);
    }

    /** A GOST public key. */
    record Gost(GostAlgorithm gost, ECPublicKeyParameters key) implements VerificationKey {
        private boolean ncaOrder(AlgorithmIdentifier signatureAlgorithm) throws UnsupportedAlgorithmException {
            ASN1ObjectIdentifier oid = signatureAlgorithm.getAlgorithm();
            if (gost.isKazakhSignature(oid)) {
                return true;
            }
            if (gost.isInternationalSignature(oid)) {
                return false;
            }
            throw new UnsupportedAlgorithmException("signature algorithm " + oid + " does not fit a " + gost + " key");
        }

        @Override
        public ASN1ObjectIdentifier digestOid(
                AlgorithmIdentifier signatureAlgorithm, @Nullable AlgorithmIdentifier digestAlgorithm)
                throws UnsupportedAlgorithmException {
            ncaOrder(signatureAlgorithm);
            return gost.digestOid();
        }

        @Override
        public boolean verifyHash(
                AlgorithmIdentifier signatureAlgorithm,
                @Nullable AlgorithmIdentifier digestAlgorithm,
                byte[] hash,
                byte[] signature)
                throws UnsupportedAlgorithmException {
            return gost.verifyHash(key, hash, signature, ncaOrder(signatureAlgorithm));
        }

        @Override
        public boolean sameKey(VerificationKey other) {
            return other instanceof Gost g
                    && g.gost == gost
                    && g.key.getQ().normalize().equals(key.getQ().normalize());
        }

        @Override
        public String toString() {
            return "VerificationKey.Gost[" + gost + "]";
        }
    }

    /** An RSA public key (PKCS#1 v1.5 signatures). */
    record Rsa(RSAKeyParameters key) implements VerificationKey {
        @Override
        public ASN1ObjectIdentifier digestOid(
                AlgorithmIdentifier signatureAlgorithm, @Nullable AlgorithmIdentifier digestAlgorithm)
                throws UnsupportedAlgorithmException {
            ASN1ObjectIdentifier oid = signatureAlgorithm.getAlgorithm();
            if (oid.equals(PKCSObjectIdentifiers.sha256WithRSAEncryption)) {
                return NISTObjectIdentifiers.id_sha256;
            }
            if (oid.equals(PKCSObjectIdentifiers.sha384WithRSAEncryption)) {
                return NISTObjectIdentifiers.id_sha384;
            }
            if (oid.equals(PKCSObjectIdentifiers.sha512WithRSAEncryption)) {
                return NISTObjectIdentifiers.id_sha512;
            }
            if (oid.equals(PKCSObjectIdentifiers.sha1WithRSAEncryption)) {
                return OIWObjectIdentifiers.idSHA1;
            }
            if (oid.equals(PKCSObjectIdentifiers.rsaEncryption) && digestAlgorithm != null) {
                return digestAlgorithm.getAlgorithm();
            }
            throw new UnsupportedAlgorithmException("unsupported RSA signature algorithm " + oid);
        }

        @Override
        public boolean verifyHash(
                AlgorithmIdentifier signatureAlgorithm,
                @Nullable AlgorithmIdentifier digestAlgorithm,
                byte[] hash,
                byte[] signature)
                throws UnsupportedAlgorithmException {
            ASN1ObjectIdentifier digestOid = digestOid(signatureAlgorithm, digestAlgorithm);
            // PKCS#1 v1.5 names the digest inside the signature, so the signer must know which one it was.
            RSADigestSigner signer = new RSADigestSigner(Prehash.forDigest(Digests.require(digestOid)));
            signer.init(false, key);
            signer.update(hash, 0, hash.length);
            return signer.verifySignature(signature);
        }

        @Override
        public boolean sameKey(VerificationKey other) {
            return other instanceof Rsa r
                    && r.key.getModulus().equals(key.getModulus())
                    && r.key.getExponent().equals(key.getExponent());
        }

        @Override
        public String toString() {
            return "VerificationKey.Rsa[" + key.getModulus().bitLength() + " bits]";
        }
    }
}
