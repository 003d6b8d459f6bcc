package kz.officesud.signing;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.CmsStructure;
import kz.officesud.signing.internal.Encodings;
import kz.officesud.signing.internal.ParserFault;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationSource;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks CMS signatures made by Kalkan, NCALayer or {@link Cms}: the content's digest, each signer's
 * signature (GOST-2015, GOST-2004, RSA, in every algorithm form the NCA's tools write), the
 * signingCertificate attributes, a certification path from the signer's certificate to one of the
 * {@link TrustAnchors}, valid at the validation time, and each signer's signature timestamp against the
 * TSA anchors. XMLDSig and WS-Security signatures are checked the same way ({@link #verifyXml},
 * {@link #verifyWsSecurity}).
 *
 * <pre>{@code
 * CmsVerifier verifier = CmsVerifier.builder()
 *         .trustAnchors(TrustAnchors.fromDirectory(Path.of("ca-certs/prod")))
 *         .build();
 * VerificationReport report = verifier.verifyDetached(signature, Path.of("claim.pdf"));
 * }</pre>
 *
 * <p>A signature is taken as it arrives: DER, base64 text (what NCALayer returns) or PEM. A bad signature never
 * throws: it is a report with {@link VerificationProblem}s, and bytes that break a parser in a way no check
 * foresaw are a {@link VerificationProblem.Code#MALFORMED} problem too ({@link VerificationReport#fault()} keeps
 * what was thrown). Only failing to read the content throws ({@link SigningException}). Revocation (CRL, OCSP)
 * is checked under a {@link RevocationPolicy} ({@link Builder#revocation}; none by default). Immutable and
 * thread-safe.
 */
public final class CmsVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(CmsVerifier.class);

    private final Clock clock;
    private final @Nullable Instant validationTime;
    private final boolean atTimestamp;
    private final boolean atSigningTime;
    private final CertificateChecks certificates;
    private final TimestampChecks timestamps;

    /** The settings it was built from, for {@link #toBuilder()}. */
    private final Builder settings;

    private CmsVerifier(Builder builder) {
        this.settings = builder.copy();
        this.atTimestamp = builder.atTimestamp;
        this.atSigningTime = builder.atSigningTime;
        this.clock = builder.clock;
        this.validationTime = builder.validationTime;
        this.certificates = CertificateChecks.signers(
                builder.anchors, builder.requiredPurpose, builder.revocation, builder.pathCache);
        TrustAnchors tsaAnchors =
                builder.tsaAnchors != null ? builder.tsaAnchors : builder.anchors.plus(TrustAnchors.pinnedNcaRoots());
        this.timestamps = new TimestampChecks(tsaAnchors, builder.anchors, builder.timestampPolicy, builder.pathCache);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this verifier's settings: the verifiers it builds share this one's {@link #pathCache()}. */
    public Builder toBuilder() {
        return settings.copy();
    }

    /** Where verified certification paths are remembered. */
    public CertificatePathCache pathCache() {
        return settings.pathCache;
    }

    /** Checks a detached CMS over {@code content} (read to its end; the caller closes it). */
    public VerificationReport verifyDetached(byte[] cms, InputStream content) {
        Objects.requireNonNull(cms, "cms");
        Objects.requireNonNull(content, "content");
        Instant at = validationInstant();
        return boundary(
                "CmsVerifier.verifyDetached", "the signature", () -> verify(cms, new CallersContent(content), at));
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
        Instant at = validationInstant();
        return boundary("CmsVerifier.verifyAttached", "the signature", () -> verify(cms, null, at));
    }

    /**
     * The boundary of every verification: whatever {@code check} throws on the bytes it reads becomes a report
     * with a {@link Code#MALFORMED} problem. A {@link SignatureFormatException} is a check's refusal; any other
     * unchecked exception (Bouncy Castle's ASN.1 and key parsers', the XML parser's, this SDK's own) is a fault no
     * check foresaw, kept as {@link VerificationReport#fault()}. Errors pass, and so does a {@link SigningException}:
     * the content could not be read, the one failure {@link CmsVerifier} throws. The caller's arguments were
     * checked before (a null is a {@link NullPointerException}, as ever).
     */
    private static VerificationReport boundary(String entryPoint, String what, Supplier<VerificationReport> check) {
        try {
            return check.get();
        } catch (SignatureFormatException refused) {
            ParserFault inside = ParserFault.in(refused).orElse(null);
            if (inside != null) { // a reader's boundary met the fault first: the report keeps it
                return VerificationReport.malformed(what, inside);
            }
            return new VerificationReport(
                    List.of(new VerificationProblem(Code.MALFORMED, refused.getMessage(), -1)), List.of(), null);
        } catch (RuntimeException e) {
            ParserFault fault = ParserFault.of(entryPoint, e);
            LOG.debug("{} answered MALFORMED: {} cannot be read ({})", entryPoint, what, fault.thrown());
            return VerificationReport.malformed(what, fault);
        }
    }

    private VerificationReport verify(byte[] input, @Nullable InputStream detached, Instant at) {
        List<VerificationProblem> problems = new ArrayList<>();
        CmsStructure cms;
        try {
            cms = CmsStructure.parse(Encodings.decode(input, "the signature").der());
        } catch (SignatureFormatException e) {
            problems.add(new VerificationProblem(Code.MALFORMED, e.getMessage(), -1));
            return new VerificationReport(problems, List.of(), null);
        }
        byte[] attached = cms.content();
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
        if (cms.signers().isEmpty()) {
            problems.add(new VerificationProblem(Code.NO_SIGNER, "the CMS has no signer", -1));
            return new VerificationReport(problems, List.of(), attached);
        }
        if (cms.unreadableCertificates() > 0) {
            problems.add(new VerificationProblem(Code.MALFORMED, "an embedded certificate cannot be read", -1));
        }
        Map<ASN1ObjectIdentifier, byte[]> contentDigests = SignerInfoCheck.digestContent(
                cms.signers(), detached != null ? detached : new ByteArrayInputStream(attached));
        List<SignerReport> signers = new ArrayList<>();
        for (int i = 0; i < cms.signers().size(); i++) {
            SignerReport signer = verifySigner(i, cms.signers().get(i), cms, contentDigests, at, problems);
            if (signer != null) {
                signers.add(signer);
            }
        }
        VerificationReport report = new VerificationReport(problems, signers, attached);
        LOG.debug("CMS verified: {} signer(s), problems {}", signers.size(), problems);
        return report;
    }

    private @Nullable SignerReport verifySigner(
            int index,
            SignerInfo info,
            CmsStructure cms,
            Map<ASN1ObjectIdentifier, byte[]> contentDigests,
            Instant at,
            List<VerificationProblem> problems) {
        int before = problems.size();
        SignerInfoCheck.Checked checked = SignerInfoCheck.check(
                index, info, cms.contentType(), contentDigests, cms.certificates(), certificates.cache(), problems);
        if (checked == null) {
            return null;
        }
        TimestampChecks.Outcome timestamp = timestamps.signer(index, info, cms.certificates(), problems);
        Instant certificateTime = at;
        if (atTimestamp && timestamp.verified() && timestamp.timestamp() != null) {
            certificateTime = timestamp.timestamp().time();
        } else if (atSigningTime && checked.signingTime() != null) {
            certificateTime = checked.signingTime();
        }
        SignerReport report = certificates.check(
                checked.certificate(),
                checked.signingTime(),
                cms.certificates(),
                certificateTime,
                index,
                before,
                problems);
        return report.withTimestamp(timestamp.timestamp(), timestamp.verified());
    }

    /**
     * Checks an RFC 3161 timestamp token (DER, base64 or PEM): its CMS signature, the TSA certificate's
     * path to the TSA anchors ({@link Builder#tsaTrustAnchors}) and validity at the stamped time, its
     * {@code timeStamping} extended key usage, and - when {@code data} is given - that the imprint is the
     * digest of {@code data}. The TSA is signer 0 of the report.
     */
    public VerificationReport verifyTimestamp(byte[] token, byte @Nullable [] data) {
        Objects.requireNonNull(token, "token");
        return boundary(
                "CmsVerifier.verifyTimestamp", "the timestamp token", () -> timestamps.verify(token, data, List.of()));
    }

    /**
     * Checks the enveloped XMLDSig signatures of an XML document ({@code ds:Signature} elements over the
     * whole document, as NCALayer and Kalkan-based servers make them, see {@link XmlDsig}) with this
     * verifier's trust anchors, validation time, purpose and revocation policy. Each signature is one
     * signer. The XML is parsed with DTDs and external entities refused. A signature over a part of the
     * document only (a {@code #id} reference) is refused here: the part a caller reads could be another
     * than the part signed; use {@link #verifyWsSecurity} for SOAP.
     */
    public VerificationReport verifyXml(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        XmlSignatureVerifier verifier = xmlVerifier();
        return boundary("CmsVerifier.verifyXml", "the signed XML", () -> verifier.verifyEnveloped(xml));
    }

    /**
     * Checks a SOAP message signed with WS-Security the way Kalkan ({@code SignWSSE}) and NCANode sign
     * SOAP: one {@code ds:Signature} in the {@code wsse:Security} header whose one reference names the
     * {@code soap:Body} by its {@code wsu:Id}, exclusive canonicalization, the certificate in a
     * {@code wsse:BinarySecurityToken}, a {@code wsse:SecurityTokenReference/wsse:KeyIdentifier} or
     * {@code ds:X509Data}. Against signature wrapping, the reference must name exactly one element, and
     * that element must be the body of the envelope; the report's {@link VerificationReport#content()} is
     * that body as signed (canonical XML): read the message from it, not from the envelope.
     */
    public VerificationReport verifyWsSecurity(byte[] soap) {
        return verifyWsSecurity(soap, List.of());
    }

    /**
     * {@link #verifyWsSecurity(byte[])} for messages that name the signer's certificate without carrying
     * it (by issuer and serial, subject key identifier or SHA-1 thumbprint): the certificate is looked up
     * among {@code certificates}.
     */
    public VerificationReport verifyWsSecurity(byte[] soap, List<X509Certificate> certificates) {
        Objects.requireNonNull(soap, "soap");
        Objects.requireNonNull(certificates, "certificates");
        List<X509Certificate> known = List.copyOf(certificates);
        XmlSignatureVerifier verifier = xmlVerifier();
        return boundary(
                "CmsVerifier.verifyWsSecurity", "the SOAP message", () -> verifier.verifyWsSecurity(soap, known));
    }

    private XmlSignatureVerifier xmlVerifier() {
        return new XmlSignatureVerifier(certificates, timestamps, validationInstant());
    }

    /**
     * The caller's content: an unchecked exception its stream throws is a failure to read the content (a
     * {@link SigningException}, as an {@link IOException} is), never a fault of the signature's bytes.
     */
    private static final class CallersContent extends FilterInputStream {
        CallersContent(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (RuntimeException e) {
                throw unreadable(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (RuntimeException e) {
                throw unreadable(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return in.skip(n);
            } catch (RuntimeException e) {
                throw unreadable(e);
            }
        }

        private static SigningException unreadable(RuntimeException e) {
            return e instanceof SigningException s ? s : new SigningException("cannot read the signed content", e);
        }
    }

    /** The validation instant: the fixed one, or the clock's now. */
    private Instant validationInstant() {
        return validationTime != null ? validationTime : clock.instant();
    }

    /** Builds a {@link CmsVerifier}. Not thread-safe; the verifier it builds is. */
    public static final class Builder {
        private TrustAnchors anchors = TrustAnchors.empty();
        private @Nullable TrustAnchors tsaAnchors;
        private TimestampPolicy timestampPolicy = TimestampPolicy.OPTIONAL;
        private Clock clock = Clock.systemUTC();
        private @Nullable Instant validationTime;
        private @Nullable KeyPurpose requiredPurpose;
        private RevocationPolicy revocation = RevocationPolicy.offline();
        private boolean atTimestamp;
        private boolean atSigningTime;
        private CertificatePathCache pathCache = CertificatePathCache.shared();

        private Builder() {}

        private Builder copy() {
            Builder copy = new Builder();
            copy.anchors = anchors;
            copy.tsaAnchors = tsaAnchors;
            copy.timestampPolicy = timestampPolicy;
            copy.clock = clock;
            copy.validationTime = validationTime;
            copy.requiredPurpose = requiredPurpose;
            copy.revocation = revocation;
            copy.atTimestamp = atTimestamp;
            copy.atSigningTime = atSigningTime;
            copy.pathCache = pathCache;
            return copy;
        }

        /**
         * Where verified certification paths are remembered (signers' and TSAs'), so that a known signer's
         * signature costs one signature verification: {@link CertificatePathCache#ofMaximumSize} for one of a
         * chosen size, {@link CertificatePathCache#disabled()} to verify every path in full. Default:
         * {@link CertificatePathCache#shared()}. What is remembered never changes a report, only its cost.
         */
        public Builder pathCache(CertificatePathCache cache) {
            this.pathCache = Objects.requireNonNull(cache, "cache");
            return this;
        }

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

        /**
         * The roots (and intermediates) a TSA's certificate must chain to, apart from the signers' (the NCA's
         * test TSA chains to the production GOST 2022 root). Default: the signer anchors plus
         * {@link TrustAnchors#pinnedNcaRoots()}, every NCA root of production and test known by fingerprint;
         * the CA certificates between a TSA and its root come from the token, the CMS and the anchors.
         */
        public Builder tsaTrustAnchors(TrustAnchors anchors) {
            this.tsaAnchors = Objects.requireNonNull(anchors, "anchors");
            return this;
        }

        /** Whether each signer must carry a signature timestamp. Default: {@link TimestampPolicy#OPTIONAL}. */
        public Builder timestamps(TimestampPolicy policy) {
            this.timestampPolicy = Objects.requireNonNull(policy, "policy");
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
