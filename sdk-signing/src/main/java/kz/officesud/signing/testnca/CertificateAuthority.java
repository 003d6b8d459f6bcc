package kz.officesud.signing.testnca;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaRole;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.internal.GostAlgorithm;
import kz.officesud.signing.internal.KeyAccess;
import kz.officesud.signing.internal.KzOids;
import kz.officesud.signing.internal.NcaContentSigner;
import kz.officesud.signing.internal.Randomness;
import kz.officesud.signing.internal.SigningKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.jspecify.annotations.Nullable;

/**
 * The certification authority part of a {@link TestNca}: the root, the issuing intermediate, and the
 * certificates it issues (users, the OCSP responder, the TSA), all in one key generation.
 */
final class CertificateAuthority {
    private static final String NAME_PREFIX = "OFFICESUD ";
    private static final Duration DEFAULT_USER_VALIDITY = Duration.ofDays(365);
    private static final BigInteger RSA_PUBLIC_EXPONENT = BigInteger.valueOf(65537);
    private static final int RSA_BITS = 2048;
    /** Miller-Rabin certainty for 2048-bit primes (what Bouncy Castle's provider uses). */
    private static final int RSA_PRIME_CERTAINTY = 112;

    private final KeyAlgorithm algorithm;
    private final Clock clock;
    private final String intermediateCommonName;
    private final SigningKey intermediateKey;
    private final X500Name intermediateName;
    private final byte[] intermediateKeyId;
    private final X509Certificate root;
    private final X509Certificate intermediate;
    /** The validity of the CA and service certificates: from a day before creation, for ten years. */
    private final Instant from;

    private final Instant until;

    CertificateAuthority(KeyAlgorithm algorithm, Clock clock) {
        this.algorithm = algorithm;
        this.clock = clock;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.from = now.minus(Duration.ofDays(1));
        this.until = now.plus(Duration.ofDays(3650));

        FreshKey rootPair = freshKey(algorithm);
        X500Name rootName =
                caName(NAME_PREFIX + "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (" + generationLabel(algorithm) + ") TEST");
        byte[] rootKeyId = keyId(rootPair.info());
        this.root = build(
                rootName,
                rootName,
                rootPair.info(),
                rootKeyId,
                rootKeyId,
                from,
                until,
                rootPair.key(),
                caExtensions(-1));

        FreshKey intermediatePair = freshKey(algorithm);
        this.intermediateKey = intermediatePair.key();
        this.intermediateCommonName =
                NAME_PREFIX + "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (" + generationLabel(algorithm) + ") TEST";
        this.intermediateName = caName(intermediateCommonName);
        this.intermediateKeyId = keyId(intermediatePair.info());
        this.intermediate = build(
                rootName,
                intermediateName,
                intermediatePair.info(),
                intermediateKeyId,
                rootKeyId,
                from,
                until,
                rootPair.key(),
                caExtensions(0));
    }

    /** What the CA names say in parentheses, as the NCA's do: «(GOST)», «(RSA)». */
    private static String generationLabel(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2015_512 -> "GOST";
            case GOST_2004 -> "GOST 2004";
            case RSA -> "RSA";
        };
    }

    KeyAlgorithm algorithm() {
        return algorithm;
    }

    X509Certificate root() {
        return root;
    }

    X509Certificate intermediate() {
        return intermediate;
    }

    /** The intermediate's name: the issuer of every certificate and CRL below it. */
    X500Name intermediateName() {
        return intermediateName;
    }

    byte[] intermediateKeyId() {
        return intermediateKeyId.clone();
    }

    /** The intermediate's key, which signs the certificates and CRLs. */
    SigningKey intermediateKey() {
        return intermediateKey;
    }

    /** Whether this CA's intermediate issued the certificate. */
    boolean issued(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().equals(intermediate.getSubjectX500Principal());
    }

    /**
     * A service of the CA (the OCSP responder, the TSA): a fresh key and a certificate for {@code purpose}
     * (critical extended key usage), issued by the intermediate for as long as the CA lives.
     */
    ServiceKey issueService(String commonName, KeyPurposeId purpose) {
        FreshKey pair = freshKey(algorithm);
        SubjectPublicKeyInfo info = pair.info();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.C, "KZ")
                .addRDN(BCStyle.O, intermediateCommonName)
                .build();
        CertExtensions extensions = builder -> {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (purpose.equals(KeyPurposeId.id_kp_OCSPSigning)) {
                builder.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
            }
        };
        X509Certificate certificate = build(
                intermediateName, name, info, keyId(info), intermediateKeyId, from, until, intermediateKey, extensions);
        return new ServiceKey(pair.key(), certificate);
    }

    /** A service's key and certificate. */
    record ServiceKey(SigningKey key, X509Certificate certificate) {
        /** As an {@link NcaKey}, with the chain up to the root. */
        NcaKey asNcaKey(String alias, CertificateAuthority ca) {
            return KeyAccess.bridge().newKey(alias, key, List.of(certificate, ca.intermediate, ca.root));
        }
    }

    /**
     * A user's key and certificate, issued by the intermediate.
     *
     * @param notBefore null: five minutes ago
     * @param notAfter null: a year from now
     * @param crl the CRL distribution point to write, or null
     * @param ocsp the OCSP responder's address to write, or null
     */
    NcaKey issue(
            X500Name subject,
            KeyPurpose purpose,
            Set<NcaRole> roles,
            @Nullable Instant notBefore,
            @Nullable Instant notAfter,
            @Nullable URI crl,
            @Nullable URI ocsp) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant start = notBefore != null ? notBefore : now.minus(Duration.ofMinutes(5));
        Instant end = notAfter != null ? notAfter : now.plus(DEFAULT_USER_VALIDITY);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("notAfter must be after notBefore");
        }
        FreshKey pair = freshKey(algorithm);
        SubjectPublicKeyInfo info = pair.info();
        byte[] keyId = keyId(info);
        X509Certificate certificate = build(
                intermediateName,
                subject,
                info,
                keyId,
                intermediateKeyId,
                start,
                end,
                intermediateKey,
                userExtensions(purpose, roles, crl, ocsp));
        String alias = java.util.HexFormat.of().formatHex(keyId);
        return KeyAccess.bridge().newKey(alias, pair.key(), List.of(certificate, intermediate, root));
    }

    private interface CertExtensions {
        void addTo(X509v3CertificateBuilder builder) throws CertIOException;
    }

    private static CertExtensions caExtensions(int pathLength) {
        return builder -> {
            builder.addExtension(
                    Extension.basicConstraints,
                    true,
                    pathLength < 0 ? new BasicConstraints(true) : new BasicConstraints(pathLength));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        };
    }

    /**
     * The key usage the NCA writes: signing keys digitalSignature and nonRepudiation (GOST-2015 also
     * keyAgreement); authentication keys digitalSignature and keyAgreement (RSA: keyEncipherment).
     */
    private static int keyUsage(KeyPurpose purpose, KeyAlgorithm algorithm) {
        if (purpose == KeyPurpose.SIGNING) {
            int signing = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
            return algorithm == KeyAlgorithm.GOST_2015_512 ? signing | KeyUsage.keyAgreement : signing;
        }
        return KeyUsage.digitalSignature
                | (algorithm == KeyAlgorithm.RSA ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement);
    }

    private CertExtensions userExtensions(
            KeyPurpose purpose, Set<NcaRole> roles, @Nullable URI crl, @Nullable URI ocsp) {
        return builder -> {
            List<KeyPurposeId> usages = new ArrayList<>();
            if (purpose == KeyPurpose.SIGNING) {
                usages.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(KzOids.EKU_EMAIL_PROTECTION)));
            } else {
                usages.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(KzOids.EKU_CLIENT_AUTH)));
            }
            for (NcaRole role : roles) {
                usages.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(role.oid())));
            }
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(usages.toArray(KeyPurposeId[]::new)));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(purpose, algorithm)));
            if (crl != null) {
                GeneralNames names =
                        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crl.toString()));
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(names), null, null)
                }));
            }
            if (ocsp != null) {
                builder.addExtension(
                        Extension.authorityInfoAccess,
                        false,
                        new AuthorityInformationAccess(
                                AccessDescription.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, ocsp.toString())));
            }
        };
    }

    private static X509Certificate build(
            X500Name issuer,
            X500Name subject,
            SubjectPublicKeyInfo publicKey,
            byte[] subjectKeyId,
            byte[] authorityKeyId,
            Instant from,
            Instant until,
            SigningKey signer,
            CertExtensions extensions) {
        try {
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                    issuer, serial(subjectKeyId), Date.from(from), Date.from(until), subject, publicKey);
            extensions.addTo(builder);
            builder.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(subjectKeyId));
            builder.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(authorityKeyId));
            byte[] der = builder.build(NcaContentSigner.of(signer)).getEncoded();
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (IOException | CertificateException e) {
            throw new SigningException("cannot issue a test certificate", e);
        }
    }

    /** The NCA's habit: the serial number is the subject key identifier with its top bit cleared. */
    private static BigInteger serial(byte[] keyId) {
        byte[] copy = keyId.clone();
        copy[0] &= 0x7f;
        return new BigInteger(1, copy);
    }

    /** RFC 5280 method 1: SHA-1 of the subject public key bits. */
    private static byte[] keyId(SubjectPublicKeyInfo info) {
        SHA1Digest sha1 = new SHA1Digest();
        byte[] bits = info.getPublicKeyData().getBytes();
        sha1.update(bits, 0, bits.length);
        byte[] id = new byte[sha1.getDigestSize()];
        sha1.doFinal(id, 0);
        return id;
    }

    /** A fresh key and its public key as a certificate carries it. */
    private record FreshKey(SigningKey key, SubjectPublicKeyInfo info) {}

    private static FreshKey freshKey(KeyAlgorithm algorithm) {
        try {
            return switch (algorithm) {
                case GOST_2015_512 -> freshGostKey(GostAlgorithm.GOST_2015_512);
                case GOST_2004 -> freshGostKey(GostAlgorithm.GOST_2004);
                case RSA -> freshRsaKey();
            };
        } catch (IOException e) {
            throw new SigningException("cannot encode a test public key", e);
        }
    }

    private static FreshKey freshGostKey(GostAlgorithm gost) throws IOException {
        AsymmetricCipherKeyPair pair = gost.generateKeyPair(Randomness.secureRandom());
        return new FreshKey(
                new SigningKey.Gost(gost, (ECPrivateKeyParameters) pair.getPrivate()),
                gost.publicKeyInfo((ECPublicKeyParameters) pair.getPublic()));
    }

    private static FreshKey freshRsaKey() throws IOException {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(
                RSA_PUBLIC_EXPONENT, Randomness.secureRandom(), RSA_BITS, RSA_PRIME_CERTAINTY));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new FreshKey(
                new SigningKey.Rsa((RSAPrivateCrtKeyParameters) pair.getPrivate()),
                SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair.getPublic()));
    }

    private static X500Name caName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.C, "KZ")
                .build();
    }
}
