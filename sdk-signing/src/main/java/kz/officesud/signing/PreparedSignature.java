package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.officesud.signing.internal.CmsEncoder;
import kz.officesud.signing.internal.UnsupportedAlgorithmException;
import kz.officesud.signing.internal.VerificationKey;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * A CMS waiting for its signature value: the content is digested and the signed attributes are fixed;
 * {@link #dataToSign()} goes to the key (a token, a remote signer), {@link #complete(byte[])} takes the
 * signature value back. Immutable; {@code complete} may be called again (with the same answer).
 */
public final class PreparedSignature {
    private final X509Certificate certificate;
    private final KeyAlgorithm algorithm;
    private final byte[] signedAttributes;
    private final ASN1Set attributes;

    private PreparedSignature(X509Certificate certificate, KeyAlgorithm algorithm, ASN1Set attributes)
            throws IOException {
        this.certificate = certificate;
        this.algorithm = algorithm;
        this.attributes = attributes;
        this.signedAttributes = attributes.getEncoded(ASN1Encoding.DER);
    }

    static PreparedSignature detached(X509Certificate certificate, InputStream content, Instant signingTime) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(content, "content");
        KeyAlgorithm algorithm = algorithmOf(certificate);
        try {
            byte[] digest = CmsEncoder.digest(algorithm, content);
            return new PreparedSignature(
                    certificate, algorithm, CmsEncoder.signedAttributes(certificate, algorithm, digest, signingTime));
        } catch (IOException e) {
            throw new SigningException("cannot read the content to sign", e);
        }
    }

    private static KeyAlgorithm algorithmOf(X509Certificate certificate) {
        String oid;
        try {
            oid = Certificate.getInstance(certificate.getEncoded())
                    .getSubjectPublicKeyInfo()
                    .getAlgorithm()
                    .getAlgorithm()
                    .getId();
        } catch (CertificateEncodingException e) {
            throw new SigningException("the certificate cannot be encoded", e);
        }
        return KeyAlgorithm.ofKeyOid(oid)
                .orElseThrow(
                        () -> new SigningException("the certificate's key algorithm " + oid + " is not an NCA one"));
    }

    /** The bytes the key signs (the DER signed attributes); the key hashes them with its own digest. */
    public byte[] dataToSign() {
        return signedAttributes.clone();
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * The detached CMS with this signature value (GOST: {@code r‖s} little-endian as NCA keys produce it;
     * RSA: PKCS#1 v1.5).
     *
     * @throws SigningException if the value does not verify with the certificate's key (a wrong key, or
     *     other data signed): nothing half-made is returned
     */
    public byte[] complete(byte[] signatureValue) {
        Objects.requireNonNull(signatureValue, "signatureValue");
        try {
            VerificationKey key = VerificationKey.of(certificate);
            AlgorithmIdentifier signatureAlgorithm =
                    new AlgorithmIdentifier(new ASN1ObjectIdentifier(algorithm.signatureOid()), DERNull.INSTANCE);
            if (!key.verify(signatureAlgorithm, signedAttributes, signatureValue)) {
                throw new SigningException("the signature value does not verify with the certificate's key:"
                        + " another key signed, or other data was signed");
            }
            return CmsEncoder.assemble(
                    List.of(CmsEncoder.signerInfo(certificate, algorithm, attributes, signatureValue.clone())),
                    List.of(certificate),
                    null);
        } catch (UnsupportedAlgorithmException | IOException e) {
            throw new SigningException("cannot complete the signature: " + e.getMessage(), e);
        }
    }
}
