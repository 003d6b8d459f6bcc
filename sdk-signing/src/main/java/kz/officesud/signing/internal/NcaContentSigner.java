package kz.officesud.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import kz.officesud.signing.NcaSigner;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * A Bouncy Castle {@link ContentSigner} that produces NCA-format signatures (Kazakh signature OID, for
 * GOST {@code r‖s} little-endian). Used to sign certificates (TestNca) and anything else BC's builders
 * sign. The content is buffered: it is a TBS certificate or a set of signed attributes, never a document.
 */
public final class NcaContentSigner implements ContentSigner {
    private final AlgorithmIdentifier algorithm;
    private final UnaryOperator<byte[]> signature;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private NcaContentSigner(AlgorithmIdentifier algorithm, UnaryOperator<byte[]> signature) {
        this.algorithm = algorithm;
        this.signature = signature;
    }

    public static NcaContentSigner of(SigningKey key) {
        return new NcaContentSigner(key.signatureAlgorithm(), key::sign);
    }

    public static NcaContentSigner of(NcaSigner signer) {
        return new NcaContentSigner(signatureAlgorithm(signer), signer::sign);
    }

    /** The signature algorithm identifier for a signer: its OID, NULL parameters (as Kalkan writes). */
    public static AlgorithmIdentifier signatureAlgorithm(NcaSigner signer) {
        return new AlgorithmIdentifier(
                new ASN1ObjectIdentifier(signer.algorithm().signatureOid()), DERNull.INSTANCE);
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
    }

    @Override
    public OutputStream getOutputStream() {
        return buffer;
    }

    @Override
    public byte[] getSignature() {
        byte[] data = buffer.toByteArray();
        buffer.reset();
        return signature.apply(data);
    }
}
