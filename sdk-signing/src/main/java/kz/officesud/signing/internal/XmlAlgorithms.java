package kz.officesud.signing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * The algorithm URIs of XMLDSig as the NCA's tools write them, and the OIDs they stand for. Kalkan names
 * its GOST-2015 algorithms under {@code urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:}, GOST-2004
 * under {@code xmldsig-more#}, and writes {@code xmldsig-more#rsa-sha1} and {@code xmldsig-more#sha1} where
 * the W3C names are {@code xmldsig#rsa-sha1} and {@code xmldsig#sha1}: both are read.
 * {@code docs/signature-algorithms.md} lists them; a test keeps the two equal.
 */
public final class XmlAlgorithms {
    private XmlAlgorithms() {}

    public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String MORE = "http://www.w3.org/2001/04/xmldsig-more#";
    private static final String XMLENC = "http://www.w3.org/2001/04/xmlenc#";
    private static final String PKIGOVKZ = "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:";

    public static final String C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
    public static final String C14N_COMMENTS = C14N + "#WithComments";
    public static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public static final String EXC_C14N_COMMENTS = EXC_C14N + "WithComments";
    public static final String ENVELOPED = DSIG + "enveloped-signature";

    public static final String GOST2015_512_SIGNATURE = PKIGOVKZ + "gostr34102015-gostr34112015-512";
    public static final String GOST2015_512_DIGEST = PKIGOVKZ + "gostr34112015-512";
    public static final String GOST2015_256_SIGNATURE = PKIGOVKZ + "gostr34102015-gostr34112015-256";
    public static final String GOST2015_256_DIGEST = PKIGOVKZ + "gostr34112015-256";
    public static final String GOST2004_SIGNATURE = MORE + "gost34310-gost34311";
    public static final String GOST2004_DIGEST = MORE + "gost34311";
    public static final String RSA_SHA256 = MORE + "rsa-sha256";
    public static final String SHA256 = XMLENC + "sha256";

    private static final Map<String, ASN1ObjectIdentifier> SIGNATURES = new LinkedHashMap<>();
    private static final Map<String, ASN1ObjectIdentifier> DIGESTS = new LinkedHashMap<>();

    static {
        SIGNATURES.put(GOST2015_512_SIGNATURE, KzOids.GOST_2015_512_SIGNATURE);
        SIGNATURES.put(GOST2015_256_SIGNATURE, KzOids.GOST_2015_256_SIGNATURE);
        SIGNATURES.put(GOST2004_SIGNATURE, KzOids.GOST_2004_SIGNATURE);
        SIGNATURES.put(RSA_SHA256, PKCSObjectIdentifiers.sha256WithRSAEncryption);
        SIGNATURES.put(MORE + "rsa-sha384", PKCSObjectIdentifiers.sha384WithRSAEncryption);
        SIGNATURES.put(MORE + "rsa-sha512", PKCSObjectIdentifiers.sha512WithRSAEncryption);
        SIGNATURES.put(DSIG + "rsa-sha1", PKCSObjectIdentifiers.sha1WithRSAEncryption);
        SIGNATURES.put(MORE + "rsa-sha1", PKCSObjectIdentifiers.sha1WithRSAEncryption);

        DIGESTS.put(GOST2015_512_DIGEST, KzOids.STREEBOG_512);
        DIGESTS.put(GOST2015_256_DIGEST, KzOids.STREEBOG_256);
        DIGESTS.put(GOST2004_DIGEST, KzOids.GOST_34311_95);
        DIGESTS.put(SHA256, NISTObjectIdentifiers.id_sha256);
        DIGESTS.put(MORE + "sha384", NISTObjectIdentifiers.id_sha384);
        DIGESTS.put(XMLENC + "sha512", NISTObjectIdentifiers.id_sha512);
        DIGESTS.put(DSIG + "sha1", OIWObjectIdentifiers.idSHA1);
        DIGESTS.put(MORE + "sha1", OIWObjectIdentifiers.idSHA1);
    }

    /** The signature algorithm OID a SignatureMethod URI stands for. */
    public static Optional<ASN1ObjectIdentifier> signature(String uri) {
        return Optional.ofNullable(SIGNATURES.get(uri));
    }

    /** The digest OID a DigestMethod URI stands for. */
    public static Optional<ASN1ObjectIdentifier> digest(String uri) {
        return Optional.ofNullable(DIGESTS.get(uri));
    }

    /** Every SignatureMethod URI read. */
    public static Map<String, ASN1ObjectIdentifier> signatures() {
        return java.util.Collections.unmodifiableMap(SIGNATURES);
    }

    /** Every DigestMethod URI read. */
    public static Map<String, ASN1ObjectIdentifier> digests() {
        return java.util.Collections.unmodifiableMap(DIGESTS);
    }

    /** Whether the URI is one of the four canonicalization algorithms. */
    public static boolean canonicalization(String uri) {
        return C14N.equals(uri) || C14N_COMMENTS.equals(uri) || EXC_C14N.equals(uri) || EXC_C14N_COMMENTS.equals(uri);
    }
}
