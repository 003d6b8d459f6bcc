package kz.officesud.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;

/**
 * A Bouncy Castle {@link ContentVerifierProvider} that accepts NCA-format signatures (Kazakh OIDs, NCA
 * byte order) and, for interoperability, TC26 / CryptoPro OIDs in the RFC byte order, and RSA.
 */
public final class NcaContentVerifierProvider implements ContentVerifierProvider {
    private final VerificationKey key;
    private final @Nullable X509CertificateHolder certificate;

    public NcaContentVerifierProvider(VerificationKey key, @Nullable X509CertificateHolder certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    public static NcaContentVerifierProvider of(X509CertificateHolder certificate) throws OperatorCreationException {
        try {
            return new NcaContentVerifierProvider(
                    VerificationKey.of(certificate.getSubjectPublicKeyInfo()), certificate);
        } catch (UnsupportedAlgorithmException | java.io.IOException e) {
            throw new OperatorCreationException(e.getMessage(), e);
        }
    }

    @Override
    public boolean hasAssociatedCertificate() {
        return certificate != null;
    }

    @Override
    public @Nullable X509CertificateHolder getAssociatedCertificate() {
        return certificate;
    }

    @Override
    public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        try {
            key.digestOid(algorithm, null);
        } catch (UnsupportedAlgorithmException e) {
            throw new OperatorCreationException(e.getMessage(), e);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        return new ContentVerifier() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return buffer;
            }

            @Override
            public boolean verify(byte[] expected) {
                try {
                    return key.verify(algorithm, buffer.toByteArray(), expected);
                } catch (UnsupportedAlgorithmException e) {
                    return false;
                }
            }
        };
    }
}
