package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.internal.CmsStructure;
import kz.officesud.signing.internal.Digests;
import kz.officesud.signing.internal.SignerIds;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.jspecify.annotations.Nullable;

/** The check before a co-signature: the content is the one the earlier signers signed. */
final class CoSigning {
    private CoSigning() {}

    /** One pass over the content: the new signer's digest and every earlier signer's. */
    static Map<ASN1ObjectIdentifier, byte[]> digests(
            CmsStructure cms, ASN1ObjectIdentifier newSignerDigest, InputStream content) {
        List<ASN1ObjectIdentifier> oids = new ArrayList<>();
        oids.add(newSignerDigest);
        for (SignerInfo signer : cms.signers()) {
            oids.add(signer.getDigestAlgorithm().getAlgorithm());
        }
        try {
            return Digests.digestAll(oids, content);
        } catch (IOException e) {
            throw new SigningException("cannot read the content to co-sign", e);
        }
    }

    /**
     * Compares each earlier signer's messageDigest with the content's digest.
     *
     * @throws SignatureVerificationException naming each signer whose digest differs
     */
    static void requireSameContent(CmsStructure cms, Map<ASN1ObjectIdentifier, byte[]> digests) {
        List<VerificationProblem> problems = new ArrayList<>();
        for (int i = 0; i < cms.signers().size(); i++) {
            SignerInfo signer = cms.signers().get(i);
            byte[] digest = digests.get(signer.getDigestAlgorithm().getAlgorithm());
            byte[] signed = messageDigest(signer);
            if (digest != null && signed != null && !MessageDigest.isEqual(digest, signed)) {
                X509Certificate certificate = SignerIds.find(signer.getSID(), cms.certificates());
                String who = certificate != null
                        ? CertificateProfile.of(certificate).commonName()
                        : SignerIds.describe(signer.getSID());
                problems.add(new VerificationProblem(
                        Code.DIGEST_MISMATCH,
                        "the content is not the content signer " + i + " (" + who + ") signed: its digest differs"
                                + " from the messageDigest",
                        i));
            }
        }
        if (!problems.isEmpty()) {
            throw new SignatureVerificationException(
                    "cannot co-sign: the content is not what the earlier signers signed " + problems,
                    new VerificationReport(problems, List.of(), null));
        }
    }

    private static byte @Nullable [] messageDigest(SignerInfo signer) {
        ASN1Set signed = signer.getAuthenticatedAttributes();
        if (signed == null) {
            return null;
        }
        try {
            Attribute attribute = new AttributeTable(signed).get(CMSAttributes.messageDigest);
            return attribute == null
                    ? null
                    : ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0))
                            .getOctets();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
