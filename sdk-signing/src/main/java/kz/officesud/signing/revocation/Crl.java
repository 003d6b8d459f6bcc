package kz.officesud.signing.revocation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.x500.X500Principal;
import kz.officesud.signing.RevocationException;
import kz.officesud.signing.SignatureFormatException;
import kz.officesud.signing.internal.Asn1Times;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.Encodings;
import kz.officesud.signing.internal.Names;
import kz.officesud.signing.internal.Signatures;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.TBSCertList;
import org.jspecify.annotations.Nullable;

/**
 * A certificate revocation list, parsed once and indexed by serial number: a 19 MB NCA CRL is read in
 * one pass, its entries go into a hash map, and the signed part is digested on the way (so checking the
 * CRL's signature later needs neither the bytes nor a second parse). GOST-signed CRLs (the NCA's
 * Kazakh OIDs and byte order) and RSA-signed ones are supported.
 *
 * <p>Immutable and thread-safe. A CRL is trusted only once {@link #signedBy} holds for its issuer
 * ({@link CrlSource} checks that).
 */
public final class Crl {
    private final X500Principal issuer;
    private final byte @Nullable [] authorityKeyId;
    private final Instant thisUpdate;
    private final @Nullable Instant nextUpdate;
    private final @Nullable BigInteger number;
    private final @Nullable BigInteger baseNumber;
    private final Map<BigInteger, Entry> entries;
    private final AlgorithmIdentifier signatureAlgorithm;
    private final byte @Nullable [] tbsDigest;
    private final byte[] signature;
    private final Map<X509Certificate, Boolean> signatureChecks = new ConcurrentHashMap<>();
    /** {@link #toString()}, made on first use (every status a CRL answers names it). */
    private volatile @Nullable String description;

    /**
     * One revoked certificate.
     *
     * @param invalidityDate when the key is known or suspected to have been compromised, if recorded
     */
    public record Entry(
            BigInteger serialNumber, Instant revokedAt, RevocationReason reason, @Nullable Instant invalidityDate) {
        public Entry {
            Objects.requireNonNull(serialNumber, "serialNumber");
            Objects.requireNonNull(revokedAt, "revokedAt");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private Crl(CertificateList list, byte[] der) throws IOException {
        TBSCertList tbs = list.getTBSCertList();
        this.issuer = new X500Principal(tbs.getIssuer().getEncoded(ASN1Encoding.DER));
        this.thisUpdate = tbs.getThisUpdate().getDate().toInstant();
        this.nextUpdate = tbs.getNextUpdate() == null
                ? null
                : tbs.getNextUpdate().getDate().toInstant();
        Extensions extensions = tbs.getExtensions();
        this.number = integerExtension(extensions, Extension.cRLNumber);
        this.baseNumber = integerExtension(extensions, Extension.deltaCRLIndicator);
        AuthorityKeyIdentifier aki = extensions == null ? null : AuthorityKeyIdentifier.fromExtensions(extensions);
        this.authorityKeyId = aki == null || aki.getKeyIdentifierObject() == null
                ? null
                : aki.getKeyIdentifierObject().getOctets();
        Map<BigInteger, Entry> index = new HashMap<>();
        for (TBSCertList.CRLEntry e : tbs.getRevokedCertificates()) {
            Entry entry = entry(e);
            index.put(entry.serialNumber(), entry);
        }
        this.entries = index;
        this.signatureAlgorithm = list.getSignatureAlgorithm();
        this.signature = list.getSignature().getOctets();
        Optional<ASN1ObjectIdentifier> digest = Signatures.digestOf(signatureAlgorithm.getAlgorithm());
        if (digest.isEmpty()) {
            this.tbsDigest = null;
        } else {
            org.bouncycastle.crypto.Digest d = Digests.create(digest.get()).orElseThrow();
            // the signed bytes as they came (a CA's CRL is DER): no second encoding of 19 MB
            int[] slice = firstElement(der);
            if (slice != null) {
                d.update(der, slice[0], slice[1]);
                this.tbsDigest = Digests.doFinal(d);
            } else {
                this.tbsDigest = Digests.digest(d, tbs.getEncoded(ASN1Encoding.DER));
            }
        }
    }

    /**
     * Reads a CRL: DER, PEM ({@code X509 CRL}) or bare base64 text.
     *
     * @throws RevocationException if the bytes are not a CRL
     */
    public static Crl parse(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        byte[] der = pemToDer(encoded);
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            ASN1Primitive primitive = in.readObject();
            if (primitive == null) {
                throw new RevocationException("the CRL is empty");
            }
            return new Crl(CertificateList.getInstance(primitive), der);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RevocationException r) {
                throw r;
            }
            throw new RevocationException("not a readable CRL", e);
        }
    }

    /** Reads a CRL file. */
    public static Crl read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new RevocationException("cannot read the CRL " + file.getFileName(), e);
        }
    }

    /** DER as is; PEM ({@code X509 CRL}) and bare base64 text decoded. */
    private static byte[] pemToDer(byte[] encoded) {
        try {
            return Encodings.decode(encoded, "a CRL").der();
        } catch (SignatureFormatException e) {
            throw new RevocationException("not a readable CRL: " + e.getMessage(), e);
        }
    }

    private static @Nullable BigInteger integerExtension(@Nullable Extensions extensions, ASN1ObjectIdentifier oid) {
        if (extensions == null || extensions.getExtension(oid) == null) {
            return null;
        }
        return ASN1Integer.getInstance(extensions.getExtensionParsedValue(oid)).getValue();
    }

    private static Entry entry(TBSCertList.CRLEntry e) {
        RevocationReason reason = RevocationReason.UNSPECIFIED;
        Instant invalidity = null;
        Extensions extensions = e.getExtensions();
        if (extensions != null) {
            if (extensions.getExtension(Extension.reasonCode) != null) {
                int code = ASN1Enumerated.getInstance(extensions.getExtensionParsedValue(Extension.reasonCode))
                        .intValueExact();
                reason = RevocationReason.ofCode(code).orElse(RevocationReason.UNSPECIFIED);
            }
            if (extensions.getExtension(Extension.invalidityDate) != null) {
                try {
                    invalidity = ASN1GeneralizedTime.getInstance(
                                    extensions.getExtensionParsedValue(Extension.invalidityDate))
                            .getDate()
                            .toInstant();
                } catch (java.text.ParseException ex) {
                    invalidity = null;
                }
            }
        }
        return new Entry(
                e.getUserCertificate().getValue(),
                Asn1Times.instant(e.getRevocationDate().toASN1Primitive()),
                reason,
                invalidity);
    }

    /**
     * The offset and length of the first element inside the outer SEQUENCE (the TBSCertList), when the
     * encoding is definite-length; null otherwise.
     */
    private static int @Nullable [] firstElement(byte[] der) {
        int[] outer = header(der, 0);
        if (outer == null || der[0] != 0x30) {
            return null;
        }
        int start = outer[0];
        int[] inner = header(der, start);
        if (inner == null || der[start] != 0x30 || inner[0] + inner[1] > der.length) {
            return null;
        }
        return new int[] {start, inner[0] - start + inner[1]};
    }

    /** For the element at {@code offset}: the offset of its contents and their length; null if indefinite. */
    private static int @Nullable [] header(byte[] der, int offset) {
        if (offset + 2 > der.length) {
            return null;
        }
        int first = der[offset + 1] & 0xff;
        if (first < 0x80) {
            return new int[] {offset + 2, first};
        }
        int count = first & 0x7f;
        if (count == 0 || count > 4 || offset + 2 + count > der.length) {
            return null;
        }
        long length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[offset + 2 + i] & 0xff);
        }
        return length > Integer.MAX_VALUE ? null : new int[] {offset + 2 + count, (int) length};
    }

    /** The CA that issued (and signed) the CRL. */
    public X500Principal issuer() {
        return issuer;
    }

    /** The authorityKeyIdentifier: names the issuer's key when a CA has several. */
    public Optional<byte[]> authorityKeyId() {
        return authorityKeyId == null ? Optional.empty() : Optional.of(authorityKeyId.clone());
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    /** When the next CRL is due; after that this one is stale. */
    public Optional<Instant> nextUpdate() {
        return Optional.ofNullable(nextUpdate);
    }

    /** The cRLNumber extension. */
    public Optional<BigInteger> number() {
        return Optional.ofNullable(number);
    }

    /** Whether this is a delta CRL (it has a deltaCRLIndicator). */
    public boolean isDelta() {
        return baseNumber != null;
    }

    /** A delta CRL's base: the number of the full CRL it completes. */
    public Optional<BigInteger> baseNumber() {
        return Optional.ofNullable(baseNumber);
    }

    /** The entry for a serial number, if listed. */
    public Optional<Entry> find(BigInteger serialNumber) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(serialNumber, "serialNumber")));
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }

    /** Whether a CA certificate's key verifies this CRL's signature (the result is remembered). */
    public boolean signedBy(X509Certificate issuerCertificate) {
        Objects.requireNonNull(issuerCertificate, "issuerCertificate");
        return signatureChecks.computeIfAbsent(issuerCertificate, this::checkSignature);
    }

    private boolean checkSignature(X509Certificate candidate) {
        if (tbsDigest == null || !candidate.getSubjectX500Principal().equals(issuer)) {
            return false;
        }
        return Signatures.verifyHash(candidate, signatureAlgorithm, tbsDigest, signature);
    }

    /** Names the CRL (kind, number, issuer, date, size): what a revocation status says it came from. */
    @Override
    public String toString() {
        String name = description;
        if (name == null) {
            name = (isDelta() ? "delta CRL" : "CRL") + (number == null ? "" : " #" + number) + " of "
                    + Names.of(issuer).first(Names.COMMON_NAME).orElse(issuer.getName()) + ", " + thisUpdate + ", "
                    + entries.size()
                    + " entries";
            description = name;
        }
        return name;
    }
}
