package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import kz.officesud.signing.internal.CmsEncoder;
import kz.officesud.signing.internal.Digests;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * CMS (PKCS#7) signatures as the NCA's Kalkan makes them: {@code SignedData} version 1, the signer
 * identified by issuer and serial number, the signer's certificate embedded, and the signed attributes
 * contentType, signingTime, signingCertificateV2 and messageDigest, in DER.
 *
 * <pre>{@code
 * try (NcaKeyStore store = NcaKeyStore.open(Path.of("individual.p12"), password)) {
 *     byte[] signature = Cms.signDetached(store.signingKey(), Path.of("claim.pdf"));
 * }
 * }</pre>
 *
 * <p>Detached signatures stream their content: a 20 MB document is read once, in 64 KiB blocks, and
 * never held in memory. Thread-safe (stateless); {@link CmsVerifier} checks what this class makes.
 */
public final class Cms {
    private Cms() {}

    /**
     * A detached CMS over {@code content}, read to its end (the caller closes the stream), signed now.
     *
     * @throws SigningException if the content cannot be read or the key cannot sign
     */
    public static byte[] signDetached(NcaSigner signer, InputStream content) {
        return signDetached(signer, content, Instant.now());
    }

    /** A detached CMS over {@code content} whose signingTime attribute is {@code signingTime}. */
    public static byte[] signDetached(NcaSigner signer, InputStream content, Instant signingTime) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(content, "content");
        try {
            return CmsEncoder.sign(signer, content, null, time(signingTime));
        } catch (IOException e) {
            throw new SigningException("cannot read the content to sign", e);
        }
    }

    /** A detached CMS over the file's bytes, streamed. */
    public static byte[] signDetached(NcaSigner signer, Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return signDetached(signer, in);
        } catch (IOException e) {
            throw new SigningException("cannot read " + file.getFileName() + " to sign it", e);
        }
    }

    /** A detached CMS over {@code content}. */
    public static byte[] signDetached(NcaSigner signer, byte[] content) {
        Objects.requireNonNull(content, "content");
        return signDetached(signer, new java.io.ByteArrayInputStream(content));
    }

    /**
     * A CMS that carries {@code content} inside it (Kalkan's "attached" signature, used for short
     * texts such as an authentication challenge or an XML form).
     */
    public static byte[] signAttached(NcaSigner signer, byte[] content) {
        return signAttached(signer, content, Instant.now());
    }

    public static byte[] signAttached(NcaSigner signer, byte[] content, Instant signingTime) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(content, "content");
        try {
            return CmsEncoder.sign(signer, new java.io.ByteArrayInputStream(content), content, time(signingTime));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }

    /**
     * Co-signing: adds a signer to an existing detached CMS over {@code content} (read to its end),
     * leaving the earlier signers, their attributes and certificates untouched.
     *
     * @throws SigningException if {@code cms} is not a CMS or the content cannot be read
     */
    public static byte[] addSigner(byte[] cms, NcaSigner signer, InputStream content) {
        Objects.requireNonNull(cms, "cms");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(content, "content");
        SignedData signedData = CmsEncoder.read(cms);
        try {
            byte[] digest = Digests.digest(
                    Digests.create(new ASN1ObjectIdentifier(signer.algorithm().digestOid()))
                            .orElseThrow(),
                    content);
            return addSignerOverDigest(signedData, signer, digest);
        } catch (IOException e) {
            throw new SigningException("cannot read the content to co-sign", e);
        }
    }

    public static byte[] addSigner(byte[] cms, NcaSigner signer, byte[] content) {
        return addSigner(cms, signer, new java.io.ByteArrayInputStream(content));
    }

    /** Co-signing an attached CMS: the new signer signs the content the CMS carries. */
    public static byte[] addSigner(byte[] cms, NcaSigner signer) {
        Objects.requireNonNull(cms, "cms");
        SignedData signedData = CmsEncoder.read(cms);
        if (!(signedData.getEncapContentInfo().getContent() instanceof ASN1OctetString content)) {
            throw new SigningException("the CMS carries no content: co-sign it with the content (detached)");
        }
        return addSigner(cms, signer, content.getOctets());
    }

    private static byte[] addSignerOverDigest(SignedData signedData, NcaSigner signer, byte[] digest)
            throws IOException {
        ASN1Set attributes = CmsEncoder.signedAttributes(
                signer.certificate(),
                signer.algorithm(),
                digest,
                signedData.getEncapContentInfo().getContentType(),
                time(Instant.now()));
        byte[] signature = signer.sign(attributes.getEncoded(ASN1Encoding.DER));
        return CmsEncoder.addSigner(
                signedData,
                CmsEncoder.signerInfo(signer.certificate(), signer.algorithm(), attributes, signature),
                signer.chain());
    }

    /**
     * A detached CMS over content whose digest was computed elsewhere (with the signer's digest:
     * Streebog-512 for GOST-2015, GOST 34.311-95 for GOST-2004, SHA-256 for RSA).
     */
    public static byte[] signDigest(NcaSigner signer, byte[] contentDigest) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(contentDigest, "contentDigest");
        try {
            return CmsEncoder.signDigest(
                    signer, contentDigest.clone(), CMSObjectIdentifiers.data, null, time(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first half of two-step signing (a web portal: the browser's NCALayer or token signs, the server
     * assembles): the signed attributes for {@code certificate} over {@code contentDigest}. Hand
     * {@link PreparedCms#dataToBeSigned()} to the signer, then {@link PreparedCms#complete} with the
     * signature value it returns.
     *
     * @throws SigningException if the certificate's key algorithm is not an NCA one
     */
    public static PreparedCms prepareDetached(X509Certificate certificate, byte[] contentDigest) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(contentDigest, "contentDigest");
        String keyOid = certificate.getPublicKey() == null ? "" : keyOid(certificate);
        KeyAlgorithm algorithm = KeyAlgorithm.ofKeyOid(keyOid)
                .orElseThrow(() -> new SigningException("unsupported key algorithm " + keyOid));
        try {
            ASN1Set attributes = CmsEncoder.signedAttributes(
                    certificate, algorithm, contentDigest.clone(), CMSObjectIdentifiers.data, time(Instant.now()));
            return new PreparedCms(certificate, algorithm, attributes);
        } catch (IOException e) {
            throw new SigningException("cannot encode the signed attributes", e);
        }
    }

    private static String keyOid(X509Certificate certificate) {
        try {
            return org.bouncycastle.asn1.x509.Certificate.getInstance(certificate.getEncoded())
                    .getSubjectPublicKeyInfo()
                    .getAlgorithm()
                    .getAlgorithm()
                    .getId();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new SigningException("the certificate cannot be encoded", e);
        }
    }

    /** Signed attributes waiting for their signature value (see {@link #prepareDetached}). Immutable. */
    public static final class PreparedCms {
        private final X509Certificate certificate;
        private final KeyAlgorithm algorithm;
        private final ASN1Set attributes;

        private PreparedCms(X509Certificate certificate, KeyAlgorithm algorithm, ASN1Set attributes) {
            this.certificate = certificate;
            this.algorithm = algorithm;
            this.attributes = attributes;
        }

        /** The bytes the signer signs (hashing them itself): the DER set of signed attributes. */
        public byte[] dataToBeSigned() {
            try {
                return attributes.getEncoded(ASN1Encoding.DER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public KeyAlgorithm algorithm() {
            return algorithm;
        }

        /** The detached CMS, given the signature value over {@link #dataToBeSigned()} (GOST: NCA byte order). */
        public byte[] complete(byte[] signatureValue) {
            Objects.requireNonNull(signatureValue, "signatureValue");
            try {
                return CmsEncoder.assemble(
                        CMSObjectIdentifiers.data,
                        null,
                        List.of(certificate),
                        CmsEncoder.signerInfo(certificate, algorithm, attributes, signatureValue.clone()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * CAdES-T: adds a signature timestamp (RFC 3161, unsigned attribute signatureTimeStampToken) over
     * each signer's signature value, from {@code tsa}. Signers that already have one keep it.
     *
     * @throws SigningException if {@code cms} is not a CMS; {@link RevocationException} if the TSA fails
     */
    public static byte[] addTimestamp(byte[] cms, TsaClient tsa) {
        Objects.requireNonNull(cms, "cms");
        Objects.requireNonNull(tsa, "tsa");
        SignedData signedData = CmsEncoder.read(cms);
        try {
            return CmsEncoder.withUnsignedAttributes(signedData, signer -> {
                ASN1Set unsigned = signer.getUnauthenticatedAttributes();
                if (unsigned != null
                        && new AttributeTable(unsigned).get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                                != null) {
                    return unsigned;
                }
                String digestOid = signer.getDigestAlgorithm().getAlgorithm().getId();
                KeyAlgorithm algorithm = java.util.Arrays.stream(KeyAlgorithm.values())
                        .filter(a -> a.digestOid().equals(digestOid))
                        .findFirst()
                        .orElseThrow(() -> new SigningException("no NCA algorithm digests with " + digestOid));
                Timestamp timestamp = tsa.timestamp(signer.getEncryptedDigest().getOctets(), algorithm);
                ASN1EncodableVector attributes = new ASN1EncodableVector();
                if (unsigned != null) {
                    for (ASN1Encodable a : unsigned) {
                        attributes.add(a);
                    }
                }
                try {
                    attributes.add(new Attribute(
                            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                            new DERSet(ASN1Primitive.fromByteArray(timestamp.token()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new DERSet(attributes);
            });
        } catch (IOException e) {
            throw new SigningException("cannot encode the timestamped CMS", e);
        }
    }

    private static Instant time(Instant signingTime) {
        // UTCTime has whole seconds; truncating here keeps the attribute and the report equal.
        return Objects.requireNonNull(signingTime, "signingTime").truncatedTo(ChronoUnit.SECONDS);
    }
}
