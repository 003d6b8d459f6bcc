package kz.officesud.signing;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import kz.officesud.signing.internal.KeyAccess;
import kz.officesud.signing.internal.ParserFault;
import kz.officesud.signing.internal.SigningKey;
import org.jspecify.annotations.Nullable;

/**
 * A private key and its certificate, opened from an NCA key file ({@link NcaKeyStore}) or issued by
 * the test NCA. Signs in the NCA format. The key material never leaves this object; closing the key
 * store that opened it makes it unusable.
 */
public final class NcaKey implements NcaSigner {
    static {
        KeyAccess.install(new KeyAccess.Bridge() {
            @Override
            public NcaKey newKey(String alias, SigningKey key, List<X509Certificate> chain) {
                return new NcaKey(alias, key, chain);
            }

            @Override
            public SigningKey signingKey(NcaKey key) {
                return key.key();
            }
        });
    }

    private final String alias;
    private final List<X509Certificate> chain;
    private final KeyAlgorithm algorithm;
    private final CertificateProfile profile;
    private volatile @Nullable SigningKey key;

    NcaKey(String alias, SigningKey key, List<X509Certificate> chain) {
        this.alias = Objects.requireNonNull(alias, "alias");
        this.key = Objects.requireNonNull(key, "key");
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("a key needs its certificate");
        }
        this.algorithm = key.algorithm();
        this.profile = CertificateProfile.of(this.chain.get(0));
    }

    /** The key's alias in its file: the NCA writes the certificate's subject key identifier in hex. */
    public String alias() {
        return alias;
    }

    @Override
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate and the CA certificates known with it (a key file usually holds none). */
    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    public CertificateProfile profile() {
        return profile;
    }

    @Override
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * {@inheritDoc}
     *
     * @throws NcaKeyException {@code CLOSED} if the key store was closed
     * @throws SigningException if the key cannot sign (its parts are inconsistent or out of range: a damaged key
     *     file; the exception's cause says what was thrown, no message shows the key)
     */
    @Override
    public byte[] sign(byte[] data) {
        Objects.requireNonNull(data, "data");
        SigningKey signing = key();
        try {
            return signing.sign(data);
        } catch (RuntimeException e) {
            // the boundary: the key's arithmetic failed in a way no check foresaw (a SigningException passes)
            ParserFault fault = ParserFault.of("NcaKey.sign", e);
            throw new SigningException(
                    "the key " + alias + " cannot sign: it is damaged in a way no check foresaw (" + fault.thrown()
                            + ")",
                    fault);
        }
    }

    private SigningKey key() {
        SigningKey current = key;
        if (current == null) {
            throw new NcaKeyException(NcaKeyException.Reason.CLOSED, "the key store of key " + alias + " is closed");
        }
        return current;
    }

    /** Forgets the key material (the key store was closed). */
    void destroy() {
        key = null;
    }

    @Override
    public String toString() {
        return "NcaKey[" + alias + ", " + algorithm + ", " + profile.commonName() + "]";
    }
}
