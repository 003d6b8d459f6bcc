package kz.officesud.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.CertificatePaths;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.UnsupportedAlgorithmException;
import kz.officesud.signing.internal.VerificationKey;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationSource;
import kz.officesud.signing.revocation.RevocationStatus;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.crypto.Digest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks CMS signatures made by Kalkan, NCALayer or {@link Cms}: the content's digest, each signer's
 * signature (GOST-2015, GOST-2004, RSA), the signingCertificate attributes, and a certification path
 * from the signer's certificate to one of the {@link TrustAnchors}, valid at the validation time.
 *
 * <pre>{@code
 * CmsVerifier verifier = CmsVerifier.builder()
 *         .trustAnchors(TrustAnchors.fromDirectory(Path.of("ca-certs/prod")))
 *         .build();
 * VerificationReport report = verifier.verifyDetached(signature, Path.of("claim.pdf"));
 * }</pre>
 *
 * <p>A bad signature never throws: it is a report with {@link VerificationProblem}s. Only failing to
 * read the content throws ({@link SigningException}). Revocation (CRL, OCSP) is checked under a
 * {@link RevocationPolicy} ({@link Builder#revocation}; none by default).
 * Immutable and thread-safe.
 */
public final class CmsVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(CmsVerifier.class);
    private static final int BUFFER = 64 * 1024;

    private final TrustAnchors anchors;
    private final Clock clock;
    private final @Nullable Instant validationTime;
    private final @Nullable KeyPurpose requiredPurpose;
    private final RevocationPolicy revocation;
    private final boolean atTimestamp;
    private final boolean atSigningTime;

    private CmsVerifier(Builder builder) {
        this.revocation = builder.revocation;
        this.atTimestamp = builder.atTimestamp;
        this.atSigningTime = builder.atSigningTime;
        this.anchors = builder.anchors;
        this.clock = builder.clock;
        this.validationTime = builder.validationTime;
        this.requiredPurpose = builder.requiredPurpose;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks a detached CMS over {@code content} (read to its end; the caller closes it). */
    public VerificationReport verifyDetached(byte[] cms, InputStream content) {
        Objects.requireNonNull(cms, "cms");
        Objects.requireNonNull(content, "content");
        return verify(cms, content);
    }

    /** Checks a detached CMS over the file's bytes, streamed. */
    public VerificationReport verifyDetached(byte[] cms, Path content) {
        try (InputStream in = Files.newInputStream(content)) {
            return verifyDetached(cms, in);
        } catch (IOException e) {
            throw new SigningException("cannot read " + content.getFileName() + " to verify its signature", e);
        }
    }

    public VerificationReport verifyDetached(byte[] cms, byte[] content) {
        return verifyDetached(cms, new ByteArrayInputStream(content));
    }

    /** Checks a CMS that carries its content; the report hands the content back. */
    public VerificationReport verifyAttached(byte[] cms) {
        Objects.requireNonNull(cms, "cms");
        return verify(cms, null);
    }

    private VerificationReport verify(byte[] cms, @Nullable InputStream detached) {
        List<VerificationProblem> problems = new ArrayList<>();
        SignedData signedData = parse(cms, problems);
        if (signedData == null) {
            return new VerificationReport(problems, List.of(), null);
        }
        ContentInfo encapsulated = signedData.getEncapContentInfo();
        ASN1ObjectIdentifier contentType = encapsulated.getContentType();
        byte[] attached = null;
        if (encapsulated.getContent() != null) {
            ASN1Encodable inner = encapsulated.getContent();
            if (!(inner instanceof ASN1OctetString octets)) {
                problems.add(
                        new VerificationProblem(Code.MALFORMED, "the encapsulated content is not an OCTET STRING", -1));
                return new VerificationReport(problems, List.of(), null);
            }
            attached = octets.getOctets();
        }
        if (detached == null && attached == null) {
            problems.add(new VerificationProblem(
                    Code.CONTENT_MISSING, "the CMS carries no content (a detached signature)", -1));
            return new VerificationReport(problems, List.of(), null);
        }
        if (detached != null && attached != null) {
            problems.add(new VerificationProblem(
                    Code.MALFORMED, "the CMS carries its own content: verify it as an attached signature", -1));
            return new VerificationReport(problems, List.of(), null);
        }

        List<SignerInfo> signerInfos = new ArrayList<>();
        for (ASN1Encodable e : signedData.getSignerInfos()) {
            try {
                signerInfos.add(SignerInfo.getInstance(e));
            } catch (IllegalArgumentException ex) {
                problems.add(new VerificationProblem(Code.MALFORMED, "a signer info cannot be read", -1));
                return new VerificationReport(problems, List.of(), attached);
            }
        }
        if (signerInfos.isEmpty()) {
            problems.add(new VerificationProblem(Code.NO_SIGNER, "the CMS has no signer", -1));
            return new VerificationReport(problems, List.of(), attached);
        }
        Map<ASN1ObjectIdentifier, byte[]> contentDigests =
                digestContent(signerInfos, detached != null ? detached : new ByteArrayInputStream(attached));
        List<X509Certificate> embedded = certificates(signedData, problems);

        Instant at = validationInstant();
        List<SignerReport> signers = new ArrayList<>();
        for (int i = 0; i < signerInfos.size(); i++) {
            SignerReport signer =
                    verifySigner(i, signerInfos.get(i), contentType, contentDigests, embedded, at, problems);
            if (signer != null) {
                signers.add(signer);
            }
        }
        VerificationReport report = new VerificationReport(problems, signers, attached);
        LOG.debug("CMS verified: {} signer(s), problems {}", signers.size(), problems);
        return report;
    }

    private static @Nullable SignedData parse(byte[] cms, List<VerificationProblem> problems) {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            ASN1Primitive primitive = in.readObject();
            if (primitive == null) {
                problems.add(new VerificationProblem(Code.MALFORMED, "the signature is empty", -1));
                return null;
            }
            ContentInfo info = ContentInfo.getInstance(primitive);
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                problems.add(new VerificationProblem(
                        Code.MALFORMED, "not a CMS SignedData but " + info.getContentType(), -1));
                return null;
            }
            return SignedData.getInstance(info.getContent());
        } catch (IOException | RuntimeException e) {
            // BC reports bad structure with IOException, IllegalArgumentException, IllegalStateException,
            // ClassCastException
            problems.add(new VerificationProblem(Code.MALFORMED, "not a readable CMS signature", -1));
            return null;
        }
    }

    /** One pass over the content, feeding a digest of every algorithm the signers name. */
    private static Map<ASN1ObjectIdentifier, byte[]> digestContent(List<SignerInfo> signers, InputStream content) {
        Map<ASN1ObjectIdentifier, Digest> digests = new LinkedHashMap<>();
        for (SignerInfo signer : signers) {
            ASN1ObjectIdentifier oid = signer.getDigestAlgorithm().getAlgorithm();
            Digests.create(oid).ifPresent(d -> digests.putIfAbsent(oid, d));
        }
        byte[] buffer = new byte[BUFFER];
        try {
            for (int n; (n = content.read(buffer)) != -1; ) {
                for (Digest d : digests.values()) {
                    d.update(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new SigningException("cannot read the signed content", e);
        }
        Map<ASN1ObjectIdentifier, byte[]> out = new LinkedHashMap<>();
        digests.forEach((oid, d) -> out.put(oid, Digests.doFinal(d)));
        return out;
    }

    private static List<X509Certificate> certificates(SignedData signedData, List<VerificationProblem> problems) {
        List<X509Certificate> certificates = new ArrayList<>();
        ASN1Set set = signedData.getCertificates();
        if (set == null) {
            return certificates;
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (ASN1Encodable e : set) {
                if (e.toASN1Primitive() instanceof org.bouncycastle.asn1.ASN1Sequence) {
                    certificates.add((X509Certificate) factory.generateCertificate(
                            new ByteArrayInputStream(e.toASN1Primitive().getEncoded(ASN1Encoding.DER))));
                }
            }
        } catch (CertificateException | IOException | RuntimeException e) {
            problems.add(new VerificationProblem(Code.MALFORMED, "an embedded certificate cannot be read", -1));
        }
        return certificates;
    }

    private @Nullable SignerReport verifySigner(
            int index,
            SignerInfo info,
            ASN1ObjectIdentifier contentType,
            Map<ASN1ObjectIdentifier, byte[]> contentDigests,
            List<X509Certificate> embedded,
            Instant at,
            List<VerificationProblem> problems) {
        int before = problems.size();
        X509Certificate certificate = find(info.getSID(), embedded);
        if (certificate == null) {
            problems.add(new VerificationProblem(
                    Code.SIGNER_CERTIFICATE_MISSING, "the signer's certificate is not in the CMS", index));
            return null;
        }
        AlgorithmIdentifier digestAlgorithm = info.getDigestAlgorithm();
        byte[] contentDigest = contentDigests.get(digestAlgorithm.getAlgorithm());
        if (contentDigest == null) {
            problems.add(new VerificationProblem(
                    Code.UNSUPPORTED_ALGORITHM, "unsupported digest " + digestAlgorithm.getAlgorithm(), index));
        }
        Instant signingTime = null;
        byte[] signature = info.getEncryptedDigest().getOctets();
        try {
            VerificationKey key = VerificationKey.of(certificate);
            ASN1Set signed = info.getAuthenticatedAttributes();
            boolean signatureHolds;
            if (signed != null) {
                AttributeTable attributes = new AttributeTable(signed);
                signingTime = signingTime(attributes);
                checkContentType(attributes, contentType, index, problems);
                checkMessageDigest(attributes, contentDigest, index, problems);
                checkSigningCertificate(attributes, certificate, index, problems);
                byte[] encoded = signed.getEncoded(ASN1Encoding.DER);
                ASN1ObjectIdentifier hashOid = key.digestOid(info.getDigestEncryptionAlgorithm(), digestAlgorithm);
                byte[] hash = Digests.digest(Digests.require(hashOid), encoded);
                signatureHolds = key.verifyHash(info.getDigestEncryptionAlgorithm(), digestAlgorithm, hash, signature);
            } else {
                ASN1ObjectIdentifier hashOid = key.digestOid(info.getDigestEncryptionAlgorithm(), digestAlgorithm);
                signatureHolds = contentDigest != null
                        && hashOid.equals(digestAlgorithm.getAlgorithm())
                        && key.verifyHash(
                                info.getDigestEncryptionAlgorithm(), digestAlgorithm, contentDigest, signature);
            }
            if (!signatureHolds) {
                problems.add(new VerificationProblem(
                        Code.SIGNATURE_INVALID, "the signature value does not verify with the signer's key", index));
            }
        } catch (UnsupportedAlgorithmException e) {
            problems.add(new VerificationProblem(Code.UNSUPPORTED_ALGORITHM, e.getMessage(), index));
        } catch (IOException | RuntimeException e) {
            problems.add(new VerificationProblem(Code.MALFORMED, "the signer info cannot be read", index));
        }

        Timestamp timestamp = checkTimestamp(info, signature, index, problems);
        Instant certificateTime = at;
        if (atTimestamp && timestamp != null) {
            certificateTime = timestamp.time();
        } else if (atSigningTime && signingTime != null) {
            certificateTime = signingTime;
        }
        SignerReport report =
                checkCertificate(certificate, signingTime, embedded, certificateTime, index, before, problems);
        return timestamp == null ? report : report.withTimestamp(timestamp);
    }

    /** A signatureTimeStampToken (CAdES-T), verified over the signature value; null when there is none. */
    private @Nullable Timestamp checkTimestamp(
            SignerInfo info, byte[] signature, int index, List<VerificationProblem> problems) {
        ASN1Set unsigned = info.getUnauthenticatedAttributes();
        if (unsigned == null) {
            return null;
        }
        Attribute attribute = new AttributeTable(unsigned).get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        byte[] token;
        try {
            token = attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException | RuntimeException e) {
            problems.add(new VerificationProblem(Code.TIMESTAMP_INVALID, "the timestamp cannot be read", index));
            return null;
        }
        VerificationReport report = verifyTimestamp(token, signature);
        if (!report.valid()) {
            problems.add(new VerificationProblem(
                    Code.TIMESTAMP_INVALID, "the signature's timestamp does not hold: " + report.problems(), index));
            return null;
        }
        return Timestamp.parse(token);
    }

    /**
     * Checks an RFC 3161 timestamp token: its CMS signature, the TSA certificate's path to the trust
     * anchors and validity at the stamped time, its {@code timeStamping} extended key usage, and - when
     * {@code data} is given - that the imprint is the digest of {@code data}.
     */
    public VerificationReport verifyTimestamp(byte[] token, byte @Nullable [] data) {
        Objects.requireNonNull(token, "token");
        Timestamp timestamp;
        try {
            timestamp = Timestamp.parse(token);
        } catch (RevocationException e) {
            return new VerificationReport(
                    List.of(new VerificationProblem(Code.MALFORMED, "not a readable timestamp token", -1)),
                    List.of(),
                    null);
        }
        CmsVerifier tokenVerifier =
                builder().trustAnchors(anchors).validationTime(timestamp.time()).build();
        VerificationReport report = tokenVerifier.verifyAttached(token);
        List<VerificationProblem> problems = new ArrayList<>(report.problems());
        for (SignerReport signer : report.signers()) {
            if (!timeStamping(signer.certificate())) {
                problems.add(new VerificationProblem(
                        Code.WRONG_PURPOSE, "the token's signer is not a TSA (no timeStamping key usage)", 0));
            }
        }
        if (data != null) {
            Optional<Digest> digest = Digests.create(new ASN1ObjectIdentifier(timestamp.digestOid()));
            if (digest.isEmpty()) {
                problems.add(new VerificationProblem(
                        Code.UNSUPPORTED_ALGORITHM, "unsupported imprint digest " + timestamp.digestOid(), -1));
            } else if (!MessageDigest.isEqual(Digests.digest(digest.get(), data), timestamp.imprint())) {
                problems.add(
                        new VerificationProblem(Code.DIGEST_MISMATCH, "the timestamp was made over other data", -1));
            }
        }
        return new VerificationReport(
                problems, report.signers(), report.content().orElse(null));
    }

    private static boolean timeStamping(X509Certificate certificate) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return usages != null && usages.contains("1.3.6.1.5.5.7.3.8");
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }

    /**
     * The checks every signature format shares: the signer's certificate valid at {@code at} and fit for
     * the purpose, a path to a trust anchor whose CA certificates are valid, and the revocation status.
     */
    SignerReport checkCertificate(
            X509Certificate certificate,
            @Nullable Instant signingTime,
            List<X509Certificate> embedded,
            Instant at,
            int index,
            int problemsBefore,
            List<VerificationProblem> problems) {
        checkValidity(certificate, at, "the signer's certificate", index, problems);
        checkPurpose(certificate, index, problems);
        List<X509Certificate> pool = new ArrayList<>(anchors.roots());
        pool.addAll(anchors.intermediates());
        for (X509Certificate c : embedded) {
            if (!pool.contains(c)) {
                pool.add(c);
            }
        }
        Optional<List<X509Certificate>> path = CertificatePaths.build(certificate, pool, anchors::isRoot);
        boolean testAnchor = false;
        RevocationStatus revocationStatus = null;
        if (path.isEmpty()) {
            problems.add(new VerificationProblem(
                    Code.UNTRUSTED_CHAIN,
                    "no certification path from "
                            + CertificateProfile.of(certificate).commonName() + " to a trusted root (" + anchors + ")",
                    index));
        } else {
            List<X509Certificate> found = path.get();
            for (int i = 1; i < found.size(); i++) {
                checkValidity(
                        found.get(i),
                        at,
                        "the CA certificate "
                                + CertificateProfile.of(found.get(i)).commonName(),
                        index,
                        problems);
            }
            testAnchor = anchors.isTest(found.get(found.size() - 1));
            if (found.size() >= 2 && revocation.checks()) {
                revocationStatus = checkRevocation(certificate, found.get(1), at, index, problems);
            }
        }
        boolean valid = problems.size() == problemsBefore;
        return new SignerReport(certificate, signingTime, path.orElse(List.of()), testAnchor, valid, revocationStatus);
    }

    /** The validation instant: the fixed one, or the clock's now. */
    Instant validationInstant() {
        return validationTime != null ? validationTime : clock.instant();
    }

    /**
     * Checks the enveloped XMLDSig signatures of an XML document ({@code ds:Signature} elements, as
     * NCALayer and Kalkan-based servers make them, see {@link XmlDsig}) with this verifier's trust
     * anchors, validation time, purpose and revocation policy. Each signature is one signer. The XML is
     * parsed with DTDs and external entities refused.
     */
    public VerificationReport verifyXml(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        return XmlDsig.verify(this, xml);
    }

    private RevocationStatus checkRevocation(
            X509Certificate certificate,
            X509Certificate issuer,
            Instant at,
            int index,
            List<VerificationProblem> problems) {
        RevocationStatus status = revocation.status(certificate, issuer, at);
        if (status instanceof RevocationStatus.Revoked revoked && revoked.effectiveAt(at)) {
            problems.add(new VerificationProblem(
                    Code.REVOKED,
                    "the signer's certificate was revoked on " + revoked.revokedAt() + " ("
                            + revoked.reason().name().toLowerCase(java.util.Locale.ROOT) + ", per "
                            + revoked.source() + ")",
                    index));
        } else if (status instanceof RevocationStatus.Unknown unknown && revocation.required()) {
            problems.add(new VerificationProblem(
                    Code.REVOCATION_UNKNOWN,
                    "the revocation status of the signer's certificate is unknown: " + unknown.reason(),
                    index));
        }
        return status;
    }

    private static @Nullable X509Certificate find(SignerIdentifier sid, List<X509Certificate> certificates) {
        ASN1Encodable id = sid.getId();
        if (id instanceof ASN1OctetString keyId) {
            for (X509Certificate c : certificates) {
                byte[] ski = c.getExtensionValue(Extension.subjectKeyIdentifier.getId());
                if (ski != null
                        && Arrays.equals(
                                ASN1OctetString.getInstance(
                                                ASN1OctetString.getInstance(ski).getOctets())
                                        .getOctets(),
                                keyId.getOctets())) {
                    return c;
                }
            }
            return null;
        }
        IssuerAndSerialNumber issuerAndSerial = IssuerAndSerialNumber.getInstance(id);
        X500Name issuer = issuerAndSerial.getName();
        BigInteger serial = issuerAndSerial.getSerialNumber().getValue();
        for (X509Certificate c : certificates) {
            if (c.getSerialNumber().equals(serial)
                    && X500Name.getInstance(c.getIssuerX500Principal().getEncoded())
                            .equals(issuer)) {
                return c;
            }
        }
        return null;
    }

    private static @Nullable Instant signingTime(AttributeTable attributes) {
        Attribute attribute = attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                    .getDate()
                    .toInstant();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkContentType(
            AttributeTable attributes,
            ASN1ObjectIdentifier contentType,
            int index,
            List<VerificationProblem> problems) {
        Attribute attribute = attributes.get(CMSAttributes.contentType);
        if (attribute != null && !contentType.equals(attribute.getAttrValues().getObjectAt(0))) {
            problems.add(new VerificationProblem(
                    Code.CONTENT_TYPE_MISMATCH, "the signed content type differs from the encapsulated one", index));
        }
    }

    private static void checkMessageDigest(
            AttributeTable attributes, byte @Nullable [] contentDigest, int index, List<VerificationProblem> problems) {
        Attribute attribute = attributes.get(CMSAttributes.messageDigest);
        if (attribute == null) {
            problems.add(new VerificationProblem(Code.MALFORMED, "the messageDigest attribute is missing", index));
            return;
        }
        if (contentDigest == null) {
            return; // already reported: unsupported digest
        }
        byte[] signedDigest = ASN1OctetString.getInstance(
                        attribute.getAttrValues().getObjectAt(0))
                .getOctets();
        if (!MessageDigest.isEqual(signedDigest, contentDigest)) {
            problems.add(new VerificationProblem(
                    Code.DIGEST_MISMATCH, "the content is not the content that was signed", index));
        }
    }

    private static void checkSigningCertificate(
            AttributeTable attributes, X509Certificate certificate, int index, List<VerificationProblem> problems)
            throws IOException {
        byte[] encoded;
        try {
            encoded = certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
        Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            ESSCertIDv2[] ids = SigningCertificateV2.getInstance(
                            v2.getAttrValues().getObjectAt(0))
                    .getCerts();
            if (ids.length > 0) {
                ASN1ObjectIdentifier oid = ids[0].getHashAlgorithm().getAlgorithm();
                Optional<Digest> digest = Digests.create(oid);
                if (digest.isEmpty()) {
                    problems.add(new VerificationProblem(
                            Code.UNSUPPORTED_ALGORITHM, "unsupported signingCertificateV2 hash " + oid, index));
                } else if (!MessageDigest.isEqual(ids[0].getCertHash(), Digests.digest(digest.get(), encoded))) {
                    problems.add(new VerificationProblem(
                            Code.SIGNING_CERTIFICATE_MISMATCH,
                            "signingCertificateV2 names another certificate than the signer's",
                            index));
                }
            }
        }
        Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        if (v1 != null) {
            ESSCertID[] ids = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0))
                    .getCerts();
            if (ids.length > 0
                    && !MessageDigest.isEqual(
                            ids[0].getCertHash(),
                            Digests.digest(
                                    Digests.create(OIWObjectIdentifiers.idSHA1).orElseThrow(), encoded))) {
                problems.add(new VerificationProblem(
                        Code.SIGNING_CERTIFICATE_MISMATCH,
                        "signingCertificate names another certificate than the signer's",
                        index));
            }
        }
    }

    private static void checkValidity(
            X509Certificate certificate, Instant at, String what, int index, List<VerificationProblem> problems) {
        if (at.isBefore(certificate.getNotBefore().toInstant())) {
            problems.add(new VerificationProblem(
                    Code.NOT_YET_VALID,
                    what + " is valid only from " + certificate.getNotBefore().toInstant(),
                    index));
        } else if (at.isAfter(certificate.getNotAfter().toInstant())) {
            problems.add(new VerificationProblem(
                    Code.EXPIRED, what + " expired " + certificate.getNotAfter().toInstant(), index));
        }
    }

    private void checkPurpose(X509Certificate certificate, int index, List<VerificationProblem> problems) {
        if (requiredPurpose == null) {
            return;
        }
        Set<KeyPurpose> purposes =
                new LinkedHashSet<>(CertificateProfile.of(certificate).purposes());
        if (!purposes.contains(requiredPurpose)) {
            problems.add(new VerificationProblem(
                    Code.WRONG_PURPOSE, "the certificate is for " + purposes + ", not " + requiredPurpose, index));
        }
    }

    /** Builds a {@link CmsVerifier}. Not thread-safe; the verifier it builds is. */
    public static final class Builder {
        private TrustAnchors anchors = TrustAnchors.empty();
        private Clock clock = Clock.systemUTC();
        private @Nullable Instant validationTime;
        private @Nullable KeyPurpose requiredPurpose;
        private RevocationPolicy revocation = RevocationPolicy.offline();
        private boolean atTimestamp;
        private boolean atSigningTime;

        private Builder() {}

        /**
         * Check each signer's certificate (validity, revocation) at the time its verified signature
         * timestamp (CAdES-T) proves, instead of the validation time; signers without one are checked at
         * the validation time.
         */
        public Builder validateAtTimestamp() {
            this.atTimestamp = true;
            return this;
        }

        /**
         * Check each signer's certificate at the signingTime attribute it carries (the signer's own claim,
         * not a proof: prefer {@link #validateAtTimestamp()}); signers without one are checked at the
         * validation time. With both set, a verified timestamp wins.
         */
        public Builder validateAtSigningTime() {
            this.atSigningTime = true;
            return this;
        }

        /**
         * How to check that the signer's certificate was not revoked (CRL, OCSP). Default:
         * {@link RevocationPolicy#offline()}, no check.
         */
        public Builder revocation(RevocationPolicy policy) {
            this.revocation = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Shorthand for {@code revocation(RevocationPolicy.of(source))}: an answer is required. */
        public Builder revocationSource(RevocationSource source) {
            return revocation(RevocationPolicy.of(source));
        }

        /** The roots (and intermediates) a signer's certificate must chain to. Default: none (nothing is trusted). */
        public Builder trustAnchors(TrustAnchors anchors) {
            this.anchors = Objects.requireNonNull(anchors, "anchors");
            return this;
        }

        /** Check certificate validity at this fixed instant (for example the time of filing). */
        public Builder validationTime(Instant validationTime) {
            this.validationTime = Objects.requireNonNull(validationTime, "validationTime");
            return this;
        }

        /** Check certificate validity at this clock's "now" when each verification runs. Default: UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.validationTime = null;
            return this;
        }

        /** Require the signer's certificate to be for this purpose (e.g. SIGNING for a filing). Default: any. */
        public Builder requirePurpose(KeyPurpose purpose) {
            this.requiredPurpose = Objects.requireNonNull(purpose, "purpose");
            return this;
        }

        public CmsVerifier build() {
            return new CmsVerifier(this);
        }
    }
}
