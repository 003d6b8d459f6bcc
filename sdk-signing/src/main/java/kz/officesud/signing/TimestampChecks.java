package kz.officesud.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.CmsStructure;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.ParserFault;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.crypto.Digest;
import org.jspecify.annotations.Nullable;

/**
 * Checks RFC 3161 timestamp tokens with trust of their own: the token's CMS signature, the TSA's
 * certificate (timeStamping usage, valid at the stamped time, a path to the TSA anchors, which need not be
 * the signers'), and the imprint. A signer's CAdES-T timestamp is read and its time reported even when it
 * does not verify; its problem says why. Immutable.
 */
final class TimestampChecks {
    private final CertificateChecks tsa;
    /** Certificates that may complete a TSA's path without being trusted (the signer anchors'). */
    private final List<X509Certificate> pool;

    private final TimestampPolicy policy;

    TimestampChecks(
            TrustAnchors tsaAnchors, TrustAnchors signerAnchors, TimestampPolicy policy, CertificatePathCache cache) {
        this.tsa = CertificateChecks.timeStamping(tsaAnchors, cache);
        List<X509Certificate> candidates = new ArrayList<>(signerAnchors.intermediates());
        candidates.addAll(signerAnchors.roots());
        this.pool = List.copyOf(candidates);
        this.policy = policy;
    }

    /** A signer's signature timestamp as found: the token read (or null), and whether it verified. */
    record Outcome(@Nullable Timestamp timestamp, boolean verified) {
        static final Outcome NONE = new Outcome(null, false);
    }

    /**
     * Checks a token: its own problems, the TSA as signer 0 (as {@link CmsVerifier#verifyTimestamp} reports
     * them).
     *
     * @param data what the token must stamp (its digest must be the imprint), or null not to check
     * @param extra certificates that may complete the TSA's path (a CMS's own)
     */
    VerificationReport verify(byte[] token, byte @Nullable [] data, List<X509Certificate> extra) {
        List<VerificationProblem> problems = new ArrayList<>();
        Timestamp timestamp;
        CmsStructure cms;
        try {
            timestamp = Timestamp.parse(token);
            cms = CmsStructure.parse(timestamp.token());
        } catch (SignatureFormatException e) {
            ParserFault.propagate(e);
            problems.add(
                    new VerificationProblem(Code.MALFORMED, "not a readable timestamp token: " + e.getMessage(), -1));
            return new VerificationReport(problems, List.of(), null);
        }
        if (cms.signers().size() != 1) {
            problems.add(new VerificationProblem(
                    Code.MALFORMED,
                    "a timestamp token has one signer, this one "
                            + cms.signers().size(),
                    -1));
            return new VerificationReport(problems, List.of(), cms.content());
        }
        SignerInfo signer = cms.signers().get(0);
        Map<ASN1ObjectIdentifier, byte[]> digests = SignerInfoCheck.digestContent(
                cms.signers(), new ByteArrayInputStream(cms.content() == null ? new byte[0] : cms.content()));
        SignerInfoCheck.Checked checked =
                SignerInfoCheck.check(0, signer, cms.contentType(), digests, cms.certificates(), tsa.cache(), problems);
        List<SignerReport> signers = new ArrayList<>();
        if (checked != null) {
            List<X509Certificate> candidates = new ArrayList<>(cms.certificates());
            candidates.addAll(extra);
            candidates.addAll(pool);
            signers.add(tsa.check(
                    checked.certificate(), checked.signingTime(), candidates, timestamp.time(), 0, 0, problems));
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
        return new VerificationReport(problems, signers, cms.content());
    }

    /**
     * The signatureTimeStampToken (CAdES-T) of CMS signer {@code index}, checked over its signature value;
     * a problem under {@code index} when it does not hold, or when one is required and missing.
     */
    Outcome signer(
            int index, SignerInfo info, List<X509Certificate> cmsCertificates, List<VerificationProblem> problems) {
        ASN1Set unsigned = info.getUnauthenticatedAttributes();
        Attribute attribute;
        try {
            attribute = unsigned == null
                    ? null
                    : new AttributeTable(unsigned).get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unreadable) {
            // an unsigned attribute that is no Attribute (Bouncy Castle casts each one): whether a timestamp is
            // among them cannot be told
            problems.add(new VerificationProblem(
                    Code.TIMESTAMP_INVALID, "the signer's unsigned attributes cannot be read", index));
            return Outcome.NONE;
        }
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            missing(index, problems);
            return Outcome.NONE;
        }
        byte[] token;
        try {
            ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
            token = value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException | RuntimeException e) {
            problems.add(new VerificationProblem(Code.TIMESTAMP_INVALID, "the timestamp cannot be read", index));
            return Outcome.NONE;
        }
        Timestamp timestamp;
        try {
            timestamp = Timestamp.parse(token);
        } catch (SignatureFormatException e) {
            ParserFault.propagate(e);
            problems.add(new VerificationProblem(
                    Code.TIMESTAMP_INVALID, "the timestamp cannot be read: " + e.getMessage(), index));
            return Outcome.NONE;
        }
        VerificationReport report = verify(token, info.getEncryptedDigest().getOctets(), cmsCertificates);
        if (report.valid()) {
            return new Outcome(timestamp, true);
        }
        boolean onlyTrust = report.problems().stream().allMatch(p -> p.code() == Code.UNTRUSTED_CHAIN);
        if (onlyTrust) {
            String tsaName = report.signers().isEmpty()
                    ? "the TSA"
                    : "the TSA " + report.signers().get(0).profile().commonName() + " (issued by "
                            + report.signers().get(0).profile().issuer() + ")";
            problems.add(new VerificationProblem(
                    Code.TIMESTAMP_UNTRUSTED,
                    "the signature's timestamp of " + timestamp.time() + " is intact, but " + tsaName
                            + " does not chain to a trusted TSA anchor (" + tsa.anchors() + ")",
                    index));
        } else {
            problems.add(new VerificationProblem(
                    Code.TIMESTAMP_INVALID,
                    "the signature's timestamp of " + timestamp.time() + " does not hold: " + report.problems(),
                    index));
        }
        return new Outcome(timestamp, false);
    }

    /** Under {@link TimestampPolicy#REQUIRED}, a signer without a signature timestamp is a problem. */
    void missing(int index, List<VerificationProblem> problems) {
        if (policy == TimestampPolicy.REQUIRED) {
            problems.add(new VerificationProblem(
                    Code.TIMESTAMP_MISSING, "the signer has no signature timestamp, and one is required", index));
        }
    }
}
