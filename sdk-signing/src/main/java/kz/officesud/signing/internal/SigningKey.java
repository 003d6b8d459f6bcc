package kz.officesud.signing.internal;

import java.io.IOException;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.SigningException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;

/** A private key held in memory that signs in the encoding the NCA's certificates and CMS carry. */
public sealed interface SigningKey permits SigningKey.Gost, SigningKey.Rsa {

    KeyAlgorithm algorithm();

    /** The signature algorithm identifier to write beside the signature value. */
    AlgorithmIdentifier signatureAlgorithm();

    /** The digest algorithm identifier (CMS {@code digestAlgorithm}). */
    AlgorithmIdentifier digestAlgorithm();

    /** Signs {@code data} (hashing it with {@link #digestAlgorithm()}). */
    byte[] sign(byte[] data);

    /** The matching public key. */
    VerificationKey verificationKey();

    /** The PKCS#8 encoding in the NCA's format. */
    PrivateKeyInfo toPrivateKeyInfo() throws IOException;

    /** Reads a decrypted PKCS#8 key: NCA GOST (2015, 2004) or RSA. */
    static SigningKey of(PrivateKeyInfo info) throws UnsupportedAlgorithmException, IOException {
        ASN1ObjectIdentifier oid = info.getPrivateKeyAlgorithm().getAlgorithm();
        var gost = GostAlgorithm.forKeyOid(oid);
        if (gost.isPresent() && gost.get() != GostAlgorithm.GOST_2015_256) {
            return new Gost(gost.get(), gost.get().privateKey(info));
        }
        if (gost.isPresent()) {
            throw new UnsupportedAlgorithmException("GOST R 34.10-2015 256-bit keys are verified, not used to sign");
        }
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            AsymmetricKeyParameter key = PrivateKeyFactory.createKey(info);
            if (key instanceof RSAPrivateCrtKeyParameters crt) {
                return new Rsa(crt);
            }
            throw new UnsupportedAlgorithmException("RSA private key without CRT parameters");
        }
        throw new UnsupportedAlgorithmException("unsupported private key algorithm " + oid);
    }

    /** A GOST key; signatures are {@code r‖s}, little-endian, under the Kazakh signature OID. */
    record Gost(GostAlgorithm gost, ECPrivateKeyParameters key) implements SigningKey {
        @Override
        public KeyAlgorithm algorithm() {
            return switch (gost) {
                case GOST_2015_512 -> KeyAlgorithm.GOST_2015_512;
                case GOST_2004 -> KeyAlgorithm.GOST_2004;
                case GOST_2015_256 -> throw new IllegalStateException("no NCA generation signs with " + gost);
            };
        }

        @Override
        public AlgorithmIdentifier signatureAlgorithm() {
            return gost.signatureAlgorithm();
        }

        @Override
        public AlgorithmIdentifier digestAlgorithm() {
            return gost.digestAlgorithm();
        }

        @Override
        public byte[] sign(byte[] data) {
            return gost.sign(key, data, Randomness.secureRandom());
        }

        @Override
        public VerificationKey verificationKey() {
            return new VerificationKey.Gost(gost, gost.publicKeyOf(key));
        }

        @Override
        public PrivateKeyInfo toPrivateKeyInfo() throws IOException {
            return gost.privateKeyInfo(key);
        }

        @Override
        public String toString() {
            return "SigningKey.Gost[" + gost + "]";
        }
    }

    /** An RSA key; signatures are PKCS#1 v1.5 with SHA-256 ({@code sha256WithRSAEncryption}). */
    record Rsa(RSAPrivateCrtKeyParameters key) implements SigningKey {
        @Override
        public KeyAlgorithm algorithm() {
            return KeyAlgorithm.RSA;
        }

        @Override
        public AlgorithmIdentifier signatureAlgorithm() {
            return new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
        }

        @Override
        public AlgorithmIdentifier digestAlgorithm() {
            return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);
        }

        @Override
        public byte[] sign(byte[] data) {
            RSADigestSigner signer = new RSADigestSigner(new SHA256Digest());
            signer.init(true, key);
            signer.update(data, 0, data.length);
            try {
                return signer.generateSignature();
            } catch (CryptoException | IllegalStateException e) {
                // Bouncy Castle checks each RSA signature it makes: a key whose CRT parts disagree fails here
                throw new SigningException("the RSA key cannot sign: its parts are inconsistent", e);
            }
        }

        @Override
        public VerificationKey verificationKey() {
            return new VerificationKey.Rsa(new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent()));
        }

        @Override
        public PrivateKeyInfo toPrivateKeyInfo() throws IOException {
            return PrivateKeyInfoFactory.createPrivateKeyInfo(key);
        }

        @Override
        public String toString() {
            return "SigningKey.Rsa[" + key.getModulus().bitLength() + " bits]";
        }
    }
}
