package kz.officesud.signing.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Signature checks on X.509-style structures (CRLs, OCSP responses, timestamps) in the NCA's algorithms. */
public final class Signatures {
    private Signatures() {}

    /** The digest a signature algorithm hashes with (GOST: the Kazakh digest OID), if supported. */
    public static Optional<ASN1ObjectIdentifier> digestOf(ASN1ObjectIdentifier signatureOid) {
        Optional<GostAlgorithm> gost = GostAlgorithm.forSignatureOid(signatureOid);
        if (gost.isPresent()) {
            return Optional.of(gost.get().digestOid());
        }
        if (signatureOid.equals(PKCSObjectIdentifiers.sha256WithRSAEncryption)) {
            return Optional.of(NISTObjectIdentifiers.id_sha256);
        }
        if (signatureOid.equals(PKCSObjectIdentifiers.sha384WithRSAEncryption)) {
            return Optional.of(NISTObjectIdentifiers.id_sha384);
        }
        if (signatureOid.equals(PKCSObjectIdentifiers.sha512WithRSAEncryption)) {
            return Optional.of(NISTObjectIdentifiers.id_sha512);
        }
        if (signatureOid.equals(PKCSObjectIdentifiers.sha1WithRSAEncryption)) {
            return Optional.of(OIWObjectIdentifiers.idSHA1);
        }
        return Optional.empty();
    }

    /** Whether {@code signer}'s public key verifies {@code signature} over the digest {@code hash}. */
    public static boolean verifyHash(
            X509Certificate signer, AlgorithmIdentifier signatureAlgorithm, byte[] hash, byte[] signature) {
        try {
            return VerificationKey.of(signer).verifyHash(signatureAlgorithm, null, hash, signature);
        } catch (UnsupportedAlgorithmException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code signer}'s public key verifies {@code signature} over {@code data}. */
    public static boolean verify(
            X509Certificate signer, AlgorithmIdentifier signatureAlgorithm, byte[] data, byte[] signature) {
        try {
            return VerificationKey.of(signer).verify(signatureAlgorithm, data, signature);
        } catch (UnsupportedAlgorithmException | IOException | RuntimeException e) {
            return false;
        }
    }
}
