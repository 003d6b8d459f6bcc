package kz.officesud.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.signing.internal.CmsStructure;
import kz.officesud.signing.internal.ParserFault;
import kz.officesud.signing.internal.SignerIds;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.jspecify.annotations.Nullable;

/**
 * What a CMS holds, read without verifying anything ({@link Cms#inspect}): its signers (certificate,
 * profile, signing time, digest and signature algorithms, signature timestamps), the certificates it
 * carries, and whether the content is inside it. Nothing here is checked: a signer listed may not have
 * signed, a time may be false. Verify with {@link CmsVerifier}. Immutable; equal when the CMS is.
 */
public final class CmsInfo {
    private final byte[] der;
    private final String contentType;
    private final byte @Nullable [] content;
    private final List<Signer> signers;
    private final List<X509Certificate> certificates;

    private CmsInfo(byte[] der, CmsStructure cms) {
        this.der = der.clone();
        this.contentType = cms.contentType().getId();
        this.content = cms.content() == null ? null : cms.content().clone();
        this.certificates = cms.certificates();
        List<Signer> read = new ArrayList<>();
        for (int i = 0; i < cms.signers().size(); i++) {
            read.add(new Signer(i, cms.signers().get(i), cms.certificates()));
        }
        this.signers = List.copyOf(read);
    }

    static CmsInfo of(byte[] der) {
        return new CmsInfo(der, CmsStructure.parse(der));
    }

    /** The signers, in the CMS's order (a co-signer comes after those it co-signed with). */
    public List<Signer> signers() {
        return signers;
    }

    /** Every certificate the CMS carries (the signers', their CAs', sometimes others). */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** Whether the CMS carries the signed content (Kalkan's "attached" signature). */
    public boolean attached() {
        return content != null;
    }

    /** The signed content of an attached CMS (a copy); empty for a detached one. */
    public Optional<byte[]> content() {
        return content == null ? Optional.empty() : Optional.of(content.clone());
    }

    /** The encapsulated content type OID ({@code 1.2.840.113549.1.7.1}, data, for documents). */
    public String contentType() {
        return contentType;
    }

    /** Every signature timestamp of every signer, in signer order. */
    public List<Timestamp> timestamps() {
        return signers.stream().flatMap(s -> s.timestamps().stream()).toList();
    }

    /** The CMS as DER (a copy). */
    public byte[] der() {
        return der.clone();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CmsInfo other && Arrays.equals(der, other.der);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(der);
    }

    @Override
    public String toString() {
        return "CmsInfo[" + (attached() ? "attached" : "detached") + ", " + signers + ", " + certificates.size()
                + " certificate(s)]";
    }

    /** One signer as the CMS states it. */
    public static final class Signer {
        private final int index;
        private final String identifier;
        private final @Nullable X509Certificate certificate;
        private final @Nullable Instant signingTime;
        private final Algorithm digestAlgorithm;
        private final Algorithm signatureAlgorithm;
        private final List<Timestamp> timestamps;

        Signer(int index, SignerInfo info, List<X509Certificate> certificates) {
            this.index = index;
            this.identifier = SignerIds.describe(info.getSID());
            this.certificate = SignerIds.find(info.getSID(), certificates);
            this.digestAlgorithm =
                    Algorithm.of(info.getDigestAlgorithm().getAlgorithm().getId());
            this.signatureAlgorithm = Algorithm.of(
                    info.getDigestEncryptionAlgorithm().getAlgorithm().getId());
            this.signingTime = signingTime(info.getAuthenticatedAttributes());
            this.timestamps = timestamps(info.getUnauthenticatedAttributes());
        }

        /** The signer's place in the CMS, from 0: the {@code signerIndex} of its verification problems. */
        public int index() {
            return index;
        }

        /** How the CMS names the signer's certificate: its serial number and issuer, or its key identifier. */
        public String identifier() {
            return identifier;
        }

        /** The signer's certificate, if the CMS carries it. */
        public Optional<X509Certificate> certificate() {
            return Optional.ofNullable(certificate);
        }

        /** The signer as the certificate names it, if the CMS carries the certificate. */
        public Optional<CertificateProfile> profile() {
            return certificate().map(CertificateProfile::of);
        }

        /** The signingTime attribute: the signer's own clock, a claim and not a proof. */
        public Optional<Instant> signingTime() {
            return Optional.ofNullable(signingTime);
        }

        /** The digest algorithm the signer names (of the content, and of the signed attributes). */
        public Algorithm digestAlgorithm() {
            return digestAlgorithm;
        }

        /** The signature algorithm the signer names (a signature OID, or a key OID as Kalkan writes for GOST-2004). */
        public Algorithm signatureAlgorithm() {
            return signatureAlgorithm;
        }

        /** The signature timestamps (CAdES-T) the signer carries and that can be read; usually none or one. */
        public List<Timestamp> timestamps() {
            return timestamps;
        }

        private static @Nullable Instant signingTime(@Nullable ASN1Set signed) {
            if (signed == null) {
                return null;
            }
            try {
                Attribute attribute = new AttributeTable(signed).get(CMSAttributes.signingTime);
                if (attribute == null || attribute.getAttrValues().size() != 1) {
                    return null;
                }
                return Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                        .getDate()
                        .toInstant();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static List<Timestamp> timestamps(@Nullable ASN1Set unsigned) {
            if (unsigned == null) {
                return List.of();
            }
            List<Timestamp> timestamps = new ArrayList<>();
            for (ASN1Encodable e : unsigned) {
                Attribute attribute;
                try {
                    attribute = Attribute.getInstance(e);
                } catch (RuntimeException ex) {
                    continue;
                }
                if (!PKCSObjectIdentifiers.id_aa_signatureTimeStampToken.equals(attribute.getAttrType())) {
                    continue;
                }
                for (ASN1Encodable value : attribute.getAttrValues()) {
                    try {
                        timestamps.add(Timestamp.parse(value.toASN1Primitive().getEncoded(ASN1Encoding.DER)));
                    } catch (SignatureFormatException ex) {
                        ParserFault.propagate(ex);
                        // not readable: inspection lists what can be read; the verifier reports the rest
                    } catch (java.io.IOException ex) {
                        // not encodable: as above
                    }
                }
            }
            return List.copyOf(timestamps);
        }

        @Override
        public String toString() {
            return "Signer[" + index + ", "
                    + (certificate == null
                            ? identifier
                            : CertificateProfile.of(certificate).commonName()) + ", "
                    + signatureAlgorithm + (timestamps.isEmpty() ? "" : ", timestamped") + "]";
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Signer s
                    && index == s.index
                    && identifier.equals(s.identifier)
                    && Objects.equals(certificate, s.certificate)
                    && Objects.equals(signingTime, s.signingTime)
                    && digestAlgorithm.equals(s.digestAlgorithm)
                    && signatureAlgorithm.equals(s.signatureAlgorithm)
                    && timestamps.equals(s.timestamps);
        }

        @Override
        public int hashCode() {
            return Objects.hash(index, identifier, certificate);
        }
    }
}
