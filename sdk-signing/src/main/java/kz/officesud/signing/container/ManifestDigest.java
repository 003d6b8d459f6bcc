package kz.officesud.signing.container;

import java.util.Optional;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.KzOids;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.crypto.Digest;

/**
 * The digest methods an {@code NCAManifest.xml} names, by the XML Signature algorithm URIs Kalkan uses
 * (the same as in its XMLDSig): the one each key generation writes, and the others a manifest may carry.
 * SHA-1 and MD5 are not among them: a file digest a forger can collide proves nothing.
 */
enum ManifestDigest {
    /** GOST R 34.11-2015 (Streebog), 512 bits: what GOST-2015 keys write. */
    STREEBOG_512("urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512", KzOids.STREEBOG_512),
    /** GOST R 34.11-2015 (Streebog), 256 bits: the 256-bit GOST-2015 keys' digest. */
    STREEBOG_256("urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-256", KzOids.STREEBOG_256),
    /** GOST 34.311-95: what GOST 34.310-2004 keys write. */
    GOST_34311_95("http://www.w3.org/2001/04/xmldsig-more#gost34311", KzOids.GOST_34311_95),
    /** SHA-256: what RSA keys write. */
    SHA_256("http://www.w3.org/2001/04/xmlenc#sha256", NISTObjectIdentifiers.id_sha256),
    SHA_384("http://www.w3.org/2001/04/xmldsig-more#sha384", NISTObjectIdentifiers.id_sha384),
    SHA_512("http://www.w3.org/2001/04/xmlenc#sha512", NISTObjectIdentifiers.id_sha512);

    private final String uri;
    private final ASN1ObjectIdentifier oid;

    ManifestDigest(String uri, ASN1ObjectIdentifier oid) {
        this.uri = uri;
        this.oid = oid;
    }

    String uri() {
        return uri;
    }

    /** A fresh digest. */
    Digest newDigest() {
        return Digests.create(oid).orElseThrow();
    }

    /**
     * The digest a signer of this key generation writes into a new manifest: the digest of its own
     * signatures (Streebog-512 for GOST-2015, GOST 34.311-95 for GOST-2004, SHA-256 for RSA).
     */
    static ManifestDigest forKey(KeyAlgorithm algorithm) {
        for (ManifestDigest d : values()) {
            if (d.oid.getId().equals(algorithm.digestOid())) {
                return d;
            }
        }
        throw new IllegalArgumentException("no manifest digest for " + algorithm + " keys");
    }

    static Optional<ManifestDigest> ofUri(String uri) {
        for (ManifestDigest d : values()) {
            if (d.uri.equals(uri)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
