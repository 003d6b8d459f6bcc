package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import kz.officesud.signing.internal.CmsEncoder;
import kz.officesud.signing.internal.CmsStructure;
import kz.officesud.signing.internal.Encodings;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.SignerInfo;
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
     * A detached CMS over content whose digest the caller computed (with the signer's digest algorithm:
     * Streebog-512 for GOST-2015, GOST 34.311-95 for GOST-2004, SHA-256 for RSA). The content itself
     * never reaches this method.
     *
     * @throws IllegalArgumentException if the digest has the wrong length for the signer's algorithm
     */
    public static byte[] signDigest(NcaSigner signer, byte[] digest) {
        return signDigest(signer, digest, Instant.now());
    }

    public static byte[] signDigest(NcaSigner signer, byte[] digest, Instant signingTime) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(digest, "digest");
        int expected = CmsEncoder.digestLength(signer.algorithm());
        if (digest.length != expected) {
            throw new IllegalArgumentException("a " + signer.algorithm() + " signature takes a " + expected
                    + "-byte digest (" + signer.algorithm().digestOid() + "), not " + digest.length + " bytes");
        }
        try {
            return CmsEncoder.assemble(
                    java.util.List.of(CmsEncoder.signerInfo(signer, digest.clone(), time(signingTime))),
                    signer.chain(),
                    null);
        } catch (IOException e) {
            throw new SigningException("cannot encode the signature", e);
        }
    }

    /** The digest {@link #signDigest} expects for a key of {@code algorithm}, computed over the stream. */
    public static byte[] digest(KeyAlgorithm algorithm, InputStream content) {
        try {
            return CmsEncoder.digest(algorithm, content);
        } catch (IOException e) {
            throw new SigningException("cannot read the content to digest", e);
        }
    }

    /**
     * Co-signs a detached CMS: adds {@code signer} over the same {@code content}, signed now; the earlier
     * signers, certificates and CRLs stay byte for byte as they were.
     *
     * @throws IllegalArgumentException if {@code cms} is not a detached CMS SignedData
     * @throws SignatureVerificationException if {@code content} is not what the earlier signers signed
     *     (its digest differs from their messageDigest): nothing is co-signed
     */
    public static byte[] addSigner(byte[] cms, NcaSigner signer, InputStream content) {
        return addSigner(cms, signer, content, Instant.now());
    }

    /**
     * Co-signs a detached CMS with this signingTime. The content is read once: its digest is checked
     * against each earlier signer's messageDigest (of every digest algorithm they name) before the new
     * signer signs, so a co-signature never lands on other content than the one first signed.
     *
     * @throws IllegalArgumentException if {@code cms} is not a detached CMS SignedData (DER, base64 or PEM)
     * @throws SignatureVerificationException if {@code content} is not what the earlier signers signed: its
     *     report has a {@link VerificationProblem.Code#DIGEST_MISMATCH} for each such signer
     */
    public static byte[] addSigner(byte[] cms, NcaSigner signer, InputStream content, Instant signingTime) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(content, "content");
        byte[] der = der(cms);
        CmsStructure structure = structure(der);
        if (structure.attached()) {
            throw new IllegalArgumentException("the CMS carries its content: co-sign it with addSigner(cms, signer)");
        }
        Instant time = time(signingTime);
        ASN1ObjectIdentifier digestOid =
                new ASN1ObjectIdentifier(signer.algorithm().digestOid());
        Map<ASN1ObjectIdentifier, byte[]> digests = CoSigning.digests(structure, digestOid, content);
        CoSigning.requireSameContent(structure, digests);
        try {
            return CmsEncoder.addSigner(
                    der, CmsEncoder.signerInfo(signer, digests.get(digestOid), time), signer.chain());
        } catch (IOException e) {
            throw new SigningException("cannot encode the co-signature", e);
        }
    }

    /**
     * Co-signs an attached CMS: adds {@code signer} over the content it carries, signed now.
     *
     * @throws IllegalArgumentException if {@code cms} is not an attached CMS SignedData
     */
    public static byte[] addSigner(byte[] cms, NcaSigner signer) {
        return addSigner(cms, signer, Instant.now());
    }

    /**
     * Co-signs an attached CMS with this signingTime.
     *
     * @throws IllegalArgumentException if {@code cms} is not an attached CMS SignedData (DER, base64 or PEM)
     * @throws SignatureVerificationException if the carried content is not what the earlier signers signed
     */
    public static byte[] addSigner(byte[] cms, NcaSigner signer, Instant signingTime) {
        Objects.requireNonNull(signer, "signer");
        byte[] der = der(cms);
        CmsStructure structure = structure(der);
        byte[] content = structure.content();
        if (content == null) {
            throw new IllegalArgumentException("the CMS is detached: co-sign it with addSigner(cms, signer, content)");
        }
        Instant time = time(signingTime);
        ASN1ObjectIdentifier digestOid =
                new ASN1ObjectIdentifier(signer.algorithm().digestOid());
        Map<ASN1ObjectIdentifier, byte[]> digests =
                CoSigning.digests(structure, digestOid, new java.io.ByteArrayInputStream(content));
        CoSigning.requireSameContent(structure, digests);
        try {
            return CmsEncoder.addSigner(
                    der, CmsEncoder.signerInfo(signer, digests.get(digestOid), time), signer.chain());
        } catch (IOException e) {
            throw new SigningException("cannot encode the co-signature", e);
        }
    }

    /**
     * What a CMS holds - signers, certificates, timestamps, whether the content is inside - read without
     * verifying anything. Takes DER, base64 or PEM.
     *
     * @throws SignatureFormatException if the bytes are not a CMS SignedData
     */
    public static CmsInfo inspect(byte[] cms) {
        Objects.requireNonNull(cms, "cms");
        try {
            return CmsInfo.of(Encodings.decode(cms, "a CMS signature").der());
        } catch (RuntimeException e) {
            throw PkiInput.unreadable("Cms.inspect", "the CMS signature", e);
        }
    }

    /** The DER of a CMS given as DER, base64 or PEM; IllegalArgumentException when unreadable. */
    private static byte[] der(byte[] cms) {
        Objects.requireNonNull(cms, "cms");
        try {
            return Encodings.decode(cms, "the CMS").der();
        } catch (SignatureFormatException e) {
            throw new IllegalArgumentException("not a readable CMS SignedData: " + e.getMessage(), e);
        }
    }

    private static CmsStructure structure(byte[] der) {
        try {
            return CmsStructure.parse(der);
        } catch (SignatureFormatException e) {
            throw new IllegalArgumentException("not a readable CMS SignedData: " + e.getMessage(), e);
        }
    }

    /**
     * The first of two steps for a signer that is elsewhere (a hardware token, a remote service): digests
     * the content here, and hands out the bytes the key must sign. {@link PreparedSignature#complete}
     * takes the signature value back and builds the detached CMS.
     */
    public static PreparedSignature prepareDetached(
            java.security.cert.X509Certificate certificate, InputStream content) {
        return PreparedSignature.detached(certificate, content, time(Instant.now()));
    }

    /**
     * CAdES-T: adds a signature timestamp (RFC 3161, unsigned attribute signatureTimeStampToken) over
     * each signer's signature value, from {@code tsa}. Signers that already have one keep it; nothing
     * else changes.
     *
     * @throws IllegalArgumentException if {@code cms} is not a CMS SignedData
     * @throws RevocationException if the TSA fails or answers something that does not check out
     */
    public static byte[] addTimestamp(byte[] cms, TsaClient tsa) {
        Objects.requireNonNull(tsa, "tsa");
        byte[] der = der(cms);
        try {
            return CmsEncoder.withUnsignedAttributes(der, signer -> timestamped(signer, tsa));
        } catch (IOException e) {
            throw new SigningException("cannot encode the timestamped CMS", e);
        }
    }

    private static ASN1Set timestamped(SignerInfo signer, TsaClient tsa) {
        ASN1Set unsigned = signer.getUnauthenticatedAttributes();
        if (unsigned != null
                && new AttributeTable(unsigned).get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null) {
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
            throw new SigningException("the timestamp token cannot be read", e);
        }
        return new DERSet(attributes);
    }

    private static Instant time(Instant signingTime) {
        // UTCTime has whole seconds; truncating here keeps the attribute and the report equal.
        return Objects.requireNonNull(signingTime, "signingTime").truncatedTo(ChronoUnit.SECONDS);
    }
}
