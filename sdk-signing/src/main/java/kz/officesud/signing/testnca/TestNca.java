package kz.officesud.signing.testnca;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaRole;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.internal.CmsEncoder;
import kz.officesud.signing.internal.GostAlgorithm;
import kz.officesud.signing.internal.KeyAccess;
import kz.officesud.signing.internal.KzOids;
import kz.officesud.signing.internal.NcaContentSigner;
import kz.officesud.signing.internal.Ocsp;
import kz.officesud.signing.internal.Pkcs12;
import kz.officesud.signing.internal.Randomness;
import kz.officesud.signing.internal.SigningKey;
import kz.officesud.signing.revocation.Crl;
import kz.officesud.signing.revocation.CrlSource;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationSource;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.ocsp.CertStatus;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPRequest;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.Request;
import org.bouncycastle.asn1.ocsp.ResponderID;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.asn1.ocsp.ResponseData;
import org.bouncycastle.asn1.ocsp.RevokedInfo;
import org.bouncycastle.asn1.ocsp.SingleResponse;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.tsp.TimeStampReq;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
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
 * A test certification authority in the NCA (НУЦ РК) profile, made at run time, in any of the NCA's
 * three key generations ({@link KeyAlgorithm}): a root and an intermediate whose names say the generation
 * and {@code TEST}, a delegated OCSP responder, a TSA, and user certificates as the NCA issues them (IIN in
 * {@code SERIALNUMBER}, BIN in {@code OU}, the patronymic in {@code GIVENNAME}, roles in the extended key
 * usage). Everything in one test NCA - certificates, CRLs, OCSP responses, timestamps, the keys it issues -
 * is of its generation:
 *
 * <ul>
 *   <li>{@link KeyAlgorithm#GOST_2015_512} (the current one; {@link #generate()}): GOST R 34.10-2015 512-bit
 *       keys (TC26 set A), signatures {@code 1.2.398.3.10.1.1.2.3.2} with Streebog-512, CA names
 *       «… (GOST) TEST», TSA policy {@code 1.2.398.3.3.2.6.4};
 *   <li>{@link KeyAlgorithm#GOST_2004}: GOST 34.310-2004 keys (CryptoPro-A), signatures
 *       {@code 1.2.398.3.10.1.1.1.2} with GOST 34.311-95, «… (GOST 2004) TEST», policy {@code .6.1};
 *   <li>{@link KeyAlgorithm#RSA}: RSA 2048 keys (e = 65537), {@code sha256WithRSAEncryption},
 *       «… (RSA) TEST», policy {@code .6.2}.
 * </ul>
 *
 * <p>GOST signatures are in the NCA byte order under the Kazakh OIDs; private keys are written as the NCA
 * writes them ({@link #toPkcs12}). Every CA name starts with {@code OFFICESUD} so that it is never taken
 * for the real NCA's.
 *
 * <pre>{@code
 * TestNca nca = TestNca.generate();                      // or TestNca.generate(KeyAlgorithm.RSA)
 * NcaKey key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
 * byte[] cms = Cms.signDetached(key, content);
 * CmsVerifier verifier = CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build();
 * }</pre>
 *
 * <p>Generating a GOST one takes a few milliseconds. An RSA one makes four 2048-bit keys (root,
 * intermediate, OCSP responder, TSA) and each issued key one more, a fraction of a second each: share one
 * RSA test NCA across tests. Thread-safe. For tests and the reference court only.
 */
public final class TestNca {
    private static final String NAME_PREFIX = "OFFICESUD ";
    private static final Duration DEFAULT_USER_VALIDITY = Duration.ofDays(365);
    private static final BigInteger RSA_PUBLIC_EXPONENT = BigInteger.valueOf(65537);
    private static final int RSA_BITS = 2048;
    /** Miller-Rabin certainty for 2048-bit primes (what Bouncy Castle's provider uses). */
    private static final int RSA_PRIME_CERTAINTY = 112;

    private final KeyAlgorithm algorithm;
    private final String intermediateCommonName;
    private final Clock clock;
    private final SigningKey intermediateKey;
    private final X500Name intermediateName;
    private final byte[] intermediateKeyId;
    private final X509Certificate root;
    private final X509Certificate intermediate;
    private final Map<BigInteger, Crl.Entry> revoked = new ConcurrentHashMap<>();
    private final AtomicLong crlNumber = new AtomicLong();
    private final Map<BigInteger, Instant> released = new ConcurrentHashMap<>();
    private final SigningKey ocspKey;
    private final X509Certificate ocspResponder;
    private final NcaKey tsaKey;
    private volatile @Nullable URI ocspAddress;
    private volatile @Nullable URI crlAddress;
    private final AtomicLong tsaSerial = new AtomicLong();

    private TestNca(KeyAlgorithm algorithm, Clock clock) {
        this.algorithm = algorithm;
        this.clock = clock;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = now.minus(Duration.ofDays(1));
        Instant until = now.plus(Duration.ofDays(3650));

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

        FreshKey ocspPair = freshKey(algorithm);
        this.ocspKey = ocspPair.key();
        this.ocspResponder =
                serviceCertificate(ocspPair, "OCSP RESPONDER", KeyPurposeId.id_kp_OCSPSigning, from, until);
        FreshKey tsaPair = freshKey(algorithm);
        X509Certificate tsaCertificate =
                serviceCertificate(tsaPair, "СЕРВИС МЕТКИ ВРЕМЕНИ", KeyPurposeId.id_kp_timeStamping, from, until);
        this.tsaKey = KeyAccess.bridge().newKey("tsa", tsaPair.key(), List.of(tsaCertificate, intermediate, root));
    }

    /** What the CA names say in parentheses, as the NCA's do: «(GOST)», «(RSA)». */
    private static String generationLabel(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case GOST_2015_512 -> "GOST";
            case GOST_2004 -> "GOST 2004";
            case RSA -> "RSA";
        };
    }

    private X509Certificate serviceCertificate(
            FreshKey pair, String commonName, KeyPurposeId purpose, Instant from, Instant until) {
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
        return build(
                intermediateName, name, info, keyId(info), intermediateKeyId, from, until, intermediateKey, extensions);
    }

    /** A new GOST-2015 test NCA, valid from a day ago for ten years. */
    public static TestNca generate() {
        return generate(KeyAlgorithm.GOST_2015_512);
    }

    /** A new GOST-2015 test NCA whose "now" is the clock's (the reference court's adjustable clock). */
    public static TestNca generate(Clock clock) {
        return generate(KeyAlgorithm.GOST_2015_512, clock);
    }

    /** A new test NCA of the generation {@code algorithm}, valid from a day ago for ten years. */
    public static TestNca generate(KeyAlgorithm algorithm) {
        return generate(algorithm, Clock.systemUTC());
    }

    /** A new test NCA of the generation {@code algorithm} whose "now" is the clock's. */
    public static TestNca generate(KeyAlgorithm algorithm, Clock clock) {
        return new TestNca(Objects.requireNonNull(algorithm, "algorithm"), Objects.requireNonNull(clock, "clock"));
    }

    /** The generation: the algorithm of every key and signature of this NCA and of the keys it issues. */
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** The self-signed root («OFFICESUD НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (…) TEST»). */
    public X509Certificate root() {
        return root;
    }

    /** The issuing CA («OFFICESUD ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (…) TEST»), signed by the root. */
    public X509Certificate intermediate() {
        return intermediate;
    }

    /** The root and the intermediate, marked test. */
    public TrustAnchors trustAnchors() {
        return TrustAnchors.of(List.of(root), List.of(intermediate)).asTest();
    }

    /** An individual's signing key (role {@link NcaRole#INDIVIDUAL}), valid for a year. */
    public NcaKey issueIndividual(Iin iin, String surname, String givenName, String patronymic) {
        return request()
                .iin(iin)
                .surname(surname)
                .givenName(givenName)
                .patronymic(patronymic)
                .issue();
    }

    /** A signing key of a person acting for an organisation (roles ORGANISATION and {@code role}). */
    public NcaKey issueLegalEntity(
            Iin iin, Bin bin, String organisation, String surname, String givenName, NcaRole role) {
        return request()
                .iin(iin)
                .bin(bin)
                .organisation(organisation)
                .surname(surname)
                .givenName(givenName)
                .roles(role)
                .issue();
    }

    /** A request for a key with every option (purpose, validity, e-mail, roles…). */
    public KeyRequest request() {
        return new KeyRequest(this);
    }

    /** Writes the key and its certificate as an NCA-format PKCS#12 file ({@link #toPkcs12}). */
    public void writePkcs12(NcaKey key, Path target, char[] password) {
        byte[] p12 = toPkcs12(key, password);
        try {
            Files.write(target, p12);
        } catch (IOException e) {
            throw new SigningException("cannot write " + target, e);
        }
    }

    /**
     * The key and its certificate as a PKCS#12 file in the NCA's format (SHA-1 MAC, 3DES-encrypted key,
     * RC2-40-encrypted certificate, friendlyName = the subject key identifier in hex), which
     * {@code NcaKeyStore.open} reads back.
     */
    public byte[] toPkcs12(NcaKey key, char[] password) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(password, "password");
        try {
            return Pkcs12.write(KeyAccess.bridge().signingKey(key), key.certificate(), password);
        } catch (IOException e) {
            throw new SigningException("cannot encode the key file", e);
        }
    }

    // ---------------------------------------------------------------------------------- revocation

    /** Revokes (or, with {@link RevocationReason#CERTIFICATE_HOLD}, suspends) a certificate as of now. */
    public void revoke(X509Certificate certificate, RevocationReason reason) {
        revoke(certificate, reason, clock.instant());
    }

    /** Revokes a certificate this CA issued, as of {@code revokedAt}; listed in every later {@link #crl()}. */
    public void revoke(X509Certificate certificate, RevocationReason reason, Instant revokedAt) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(reason, "reason");
        if (!certificate.getIssuerX500Principal().equals(intermediate.getSubjectX500Principal())) {
            throw new IllegalArgumentException("not a certificate of this test NCA");
        }
        BigInteger serial = certificate.getSerialNumber();
        revoked.put(serial, new Crl.Entry(serial, revokedAt.truncatedTo(ChronoUnit.SECONDS), reason, null));
    }

    /** Lifts a hold (or undoes any revocation): the certificate is good again in later CRLs. */
    public void release(X509Certificate certificate) {
        if (revoked.remove(certificate.getSerialNumber()) != null) {
            released.put(certificate.getSerialNumber(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /**
     * A delta CRL over the full CRL number {@code baseCrlNumber}: every current entry, and each
     * certificate released from hold since as {@code removeFromCRL}. Next update in an hour.
     */
    public byte[] deltaCrl(BigInteger baseCrlNumber) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(intermediateName, Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofHours(1))));
            for (Crl.Entry entry : revoked.values()) {
                builder.addCRLEntry(
                        entry.serialNumber(),
                        Date.from(entry.revokedAt()),
                        entry.reason().code());
            }
            released.forEach((serial, when) ->
                    builder.addCRLEntry(serial, Date.from(when), RevocationReason.REMOVE_FROM_CRL.code()));
            builder.addExtension(
                    Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber.incrementAndGet())));
            builder.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(baseCrlNumber));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(intermediateKeyId));
            return builder.build(NcaContentSigner.of(intermediateKey)).getEncoded();
        } catch (IOException e) {
            throw new SigningException("cannot issue a test delta CRL", e);
        }
    }

    /**
     * A full CRL as the NCA issues it (DER, signed by the intermediate, GOST in the NCA byte order): this
     * update now, next update in a day, a fresh cRLNumber, the reason of each entry.
     */
    public byte[] crl() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return crl(now, now.plus(Duration.ofDays(1)));
    }

    /** A CRL with the given update times (e.g. a stale one). */
    public byte[] crl(Instant thisUpdate, Instant nextUpdate) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(intermediateName, Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (Crl.Entry entry : revoked.values()) {
                builder.addCRLEntry(
                        entry.serialNumber(),
                        Date.from(entry.revokedAt()),
                        entry.reason().code());
            }
            builder.addExtension(
                    Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber.incrementAndGet())));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(intermediateKeyId));
            return builder.build(NcaContentSigner.of(intermediateKey)).getEncoded();
        } catch (IOException e) {
            throw new SigningException("cannot issue a test CRL", e);
        }
    }

    /** A revocation source that reads a fresh {@link #crl()} on every question (revocations show at once). */
    public RevocationSource crlSource() {
        return (certificate, issuer, at) -> CrlSource.of(Crl.parse(crl())).status(certificate, issuer, at);
    }

    /**
     * The addresses written into every user certificate issued from now on (authority information access
     * for OCSP, CRL distribution point): the reference court's endpoints that serve {@link #ocspResponse}
     * and {@link #crl()}, so that {@code OcspClient} and {@code CrlSource.downloading} find them.
     */
    public TestNca serviceAddresses(URI ocsp, URI crl) {
        this.ocspAddress = Objects.requireNonNull(ocsp, "ocsp");
        this.crlAddress = Objects.requireNonNull(crl, "crl");
        return this;
    }

    /** The delegated OCSP responder's certificate (EKU OCSPSigning, issued by the intermediate). */
    public X509Certificate ocspResponder() {
        return ocspResponder;
    }

    /**
     * Answers a DER OCSP request as the NCA's responder does: a basic response signed by the delegated
     * responder (this NCA's algorithm; GOST in the NCA byte order), its certificate included, the nonce
     * echoed, each requested certificate good, revoked (with reason) or unknown (not issued by this CA). A
     * request that cannot be read gets a {@code malformedRequest} response. The reference court serves this
     * over HTTP.
     */
    public byte[] ocspResponse(byte[] request) {
        Objects.requireNonNull(request, "request");
        try {
            OCSPRequest ocspRequest;
            try {
                ocspRequest = OCSPRequest.getInstance(ASN1Primitive.fromByteArray(request));
                ocspRequest.getTbsRequest().getRequestList().size();
            } catch (IOException | RuntimeException e) {
                return new OCSPResponse(new OCSPResponseStatus(OCSPResponseStatus.MALFORMED_REQUEST), null)
                        .getEncoded(ASN1Encoding.DER);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            ASN1EncodableVector responses = new ASN1EncodableVector();
            for (ASN1Encodable e : ocspRequest.getTbsRequest().getRequestList()) {
                CertID id = Request.getInstance(e).getReqCert();
                BigInteger serial = id.getSerialNumber().getValue();
                CertStatus status;
                if (!Ocsp.matches(id, intermediate, serial)) {
                    status = new CertStatus(2, DERNull.INSTANCE);
                } else if (revoked.containsKey(serial)) {
                    Crl.Entry entry = revoked.get(serial);
                    status = new CertStatus(new RevokedInfo(
                            new ASN1GeneralizedTime(Date.from(entry.revokedAt())),
                            CRLReason.lookup(entry.reason().code())));
                } else {
                    status = new CertStatus();
                }
                responses.add(new SingleResponse(
                        id,
                        status,
                        new ASN1GeneralizedTime(Date.from(now)),
                        new ASN1GeneralizedTime(Date.from(now.plus(Duration.ofHours(1)))),
                        (Extensions) null));
            }
            byte[] nonce = Ocsp.nonce(ocspRequest.getTbsRequest().getRequestExtensions());
            Extensions extensions = nonce == null
                    ? null
                    : new Extensions(new Extension(
                            OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                            false,
                            new DEROctetString(new DEROctetString(nonce))));
            ResponseData data = new ResponseData(
                    new ResponderID(X500Name.getInstance(
                            ocspResponder.getSubjectX500Principal().getEncoded())),
                    new ASN1GeneralizedTime(Date.from(now)),
                    new DERSequence(responses),
                    extensions);
            byte[] signature = ocspKey.sign(data.getEncoded(ASN1Encoding.DER));
            BasicOCSPResponse basic = new BasicOCSPResponse(
                    data,
                    ocspKey.signatureAlgorithm(),
                    new DERBitString(signature),
                    new DERSequence(org.bouncycastle.asn1.x509.Certificate.getInstance(ocspResponder.getEncoded())));
            return new OCSPResponse(
                            new OCSPResponseStatus(OCSPResponseStatus.SUCCESSFUL),
                            new ResponseBytes(
                                    OCSPObjectIdentifiers.id_pkix_ocsp_basic,
                                    new DEROctetString(basic.getEncoded(ASN1Encoding.DER))))
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException | CertificateException e) {
            throw new SigningException("cannot make a test OCSP response", e);
        }
    }

    /** The TSA's certificate (EKU timeStamping, critical; issued by the intermediate). */
    public X509Certificate tsa() {
        return tsaKey.certificate();
    }

    /**
     * Answers a DER RFC 3161 TimeStampReq as the NCA's TSA does: a token signed by the TSA key (this NCA's
     * algorithm; GOST in the NCA byte order) with Kalkan's signed attributes, the TSA certificate included,
     * the request's policy (or else the NCA's policy for this generation, {@link TsaClient#ncaPolicy}:
     * {@code 1.2.398.3.3.2.6.4} GOST-2015, {@code .6.1} GOST-2004, {@code .6.2} RSA), imprint and nonce
     * echoed, and the time from this NCA's clock. A request that cannot be read is rejected
     * ({@code badDataFormat}).
     */
    public byte[] timestampResponse(byte[] request) {
        Objects.requireNonNull(request, "request");
        try {
            TimeStampReq req;
            try {
                req = TimeStampReq.getInstance(ASN1Primitive.fromByteArray(request));
                req.getMessageImprint().getHashAlgorithm();
            } catch (IOException | RuntimeException e) {
                return new TimeStampResp(
                                new PKIStatusInfo(
                                        PKIStatus.rejection, null, new PKIFailureInfo(PKIFailureInfo.badDataFormat)),
                                null)
                        .getEncoded(ASN1Encoding.DER);
            }
            ASN1ObjectIdentifier policy = req.getReqPolicy() != null
                    ? req.getReqPolicy()
                    : new ASN1ObjectIdentifier(TsaClient.ncaPolicy(algorithm));
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            TSTInfo info = new TSTInfo(
                    policy,
                    req.getMessageImprint(),
                    new ASN1Integer(tsaSerial.incrementAndGet()),
                    new ASN1GeneralizedTime(Date.from(now)),
                    null,
                    ASN1Boolean.FALSE,
                    req.getNonce(),
                    null,
                    null);
            byte[] token = CmsEncoder.signContent(
                    tsaKey, PKCSObjectIdentifiers.id_ct_TSTInfo, info.getEncoded(ASN1Encoding.DER), now);
            return new TimeStampResp(
                            new PKIStatusInfo(PKIStatus.granted),
                            ContentInfo.getInstance(ASN1Primitive.fromByteArray(token)))
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new SigningException("cannot make a test timestamp", e);
        }
    }

    // ------------------------------------------------------------------------------------- issuing

    NcaKey issue(KeyRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = request.notBefore != null ? request.notBefore : now.minus(Duration.ofMinutes(5));
        Instant until = request.notAfter != null ? request.notAfter : now.plus(DEFAULT_USER_VALIDITY);
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("notAfter must be after notBefore");
        }
        FreshKey pair = freshKey(algorithm);
        SubjectPublicKeyInfo info = pair.info();
        byte[] keyId = keyId(info);
        X509Certificate certificate = build(
                intermediateName,
                request.subject(),
                info,
                keyId,
                intermediateKeyId,
                from,
                until,
                intermediateKey,
                userExtensions(request, algorithm));
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

    private static CertExtensions userExtensions(KeyRequest request, KeyAlgorithm algorithm) {
        return builder -> {
            List<KeyPurposeId> usages = new ArrayList<>();
            int keyUsage = keyUsage(request.purpose, algorithm);
            if (request.purpose == KeyPurpose.SIGNING) {
                usages.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(KzOids.EKU_EMAIL_PROTECTION)));
            } else {
                usages.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(KzOids.EKU_CLIENT_AUTH)));
            }
            for (NcaRole role : request.effectiveRoles()) {
                usages.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(role.oid())));
            }
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(usages.toArray(KeyPurposeId[]::new)));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            URI crl = request.crlDistributionPoint != null ? request.crlDistributionPoint : request.nca.crlAddress;
            URI ocsp = request.ocsp != null ? request.ocsp : request.nca.ocspAddress;
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

    private X509Certificate build(
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

    /**
     * What a test key is issued to. Unset parts are left out of the certificate; without roles, an
     * individual gets {@link NcaRole#INDIVIDUAL} and a holder with a BIN gets
     * {@link NcaRole#ORGANISATION} and {@link NcaRole#EMPLOYEE}.
     */
    public static final class KeyRequest {
        private final TestNca nca;
        private @Nullable String iin;
        private @Nullable String bin;
        private @Nullable String surname;
        private @Nullable String givenName;
        private @Nullable String patronymic;
        private @Nullable String commonName;
        private @Nullable String organisation;
        private @Nullable String email;
        private final Set<NcaRole> roles = EnumSet.noneOf(NcaRole.class);
        private KeyPurpose purpose = KeyPurpose.SIGNING;
        private @Nullable Instant notBefore;
        private @Nullable Instant notAfter;
        private @Nullable URI crlDistributionPoint;
        private @Nullable URI ocsp;

        private KeyRequest(TestNca nca) {
            this.nca = nca;
        }

        /** The IIN, written as {@code SERIALNUMBER=IIN…} (unverified ones too, as the NCA's test identities). */
        public KeyRequest iin(Iin iin) {
            this.iin = Objects.requireNonNull(iin, "iin").value();
            return this;
        }

        /** The organisation's BIN, written as {@code OU=BIN…}. */
        public KeyRequest bin(Bin bin) {
            this.bin = Objects.requireNonNull(bin, "bin").value();
            return this;
        }

        public KeyRequest surname(String surname) {
            this.surname = Objects.requireNonNull(surname, "surname");
            return this;
        }

        public KeyRequest givenName(String givenName) {
            this.givenName = Objects.requireNonNull(givenName, "givenName");
            return this;
        }

        /** Written as {@code GIVENNAME}, as the NCA does. */
        public KeyRequest patronymic(String patronymic) {
            this.patronymic = Objects.requireNonNull(patronymic, "patronymic");
            return this;
        }

        /** The {@code CN}; by default «SURNAME GIVENNAME». */
        public KeyRequest commonName(String commonName) {
            this.commonName = Objects.requireNonNull(commonName, "commonName");
            return this;
        }

        public KeyRequest organisation(String organisation) {
            this.organisation = Objects.requireNonNull(organisation, "organisation");
            return this;
        }

        public KeyRequest email(String email) {
            this.email = Objects.requireNonNull(email, "email");
            return this;
        }

        /** Roles to write into the extended key usage (ORGANISATION is added when a BIN is set). */
        public KeyRequest roles(NcaRole... roles) {
            for (NcaRole role : roles) {
                this.roles.add(Objects.requireNonNull(role, "role"));
            }
            return this;
        }

        /** SIGNING (default; EKU 1.3.6.1.5.5.7.3.4) or AUTHENTICATION only (EKU 1.3.6.1.5.5.7.3.2). */
        public KeyRequest purpose(KeyPurpose purpose) {
            this.purpose = Objects.requireNonNull(purpose, "purpose");
            return this;
        }

        /** An authentication-only key. */
        public KeyRequest authenticationOnly() {
            return purpose(KeyPurpose.AUTHENTICATION);
        }

        /** The validity period (for expired or not-yet-valid certificates; the CA does not check it). */
        public KeyRequest validity(Instant notBefore, Instant notAfter) {
            this.notBefore = Objects.requireNonNull(notBefore, "notBefore").truncatedTo(ChronoUnit.SECONDS);
            this.notAfter = Objects.requireNonNull(notAfter, "notAfter").truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** Writes a CRL distribution point (where {@code CrlSource.downloading} fetches the CRL). */
        public KeyRequest crlDistributionPoint(URI uri) {
            this.crlDistributionPoint = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /** Writes the OCSP responder's address into the authority information access extension. */
        public KeyRequest ocsp(URI uri) {
            this.ocsp = Objects.requireNonNull(uri, "uri");
            return this;
        }

        public NcaKey issue() {
            if (iin == null && commonName == null && surname == null) {
                throw new IllegalStateException("a key needs an IIN, a name or a common name");
            }
            return nca.issue(this);
        }

        Set<NcaRole> effectiveRoles() {
            Set<NcaRole> effective = EnumSet.noneOf(NcaRole.class);
            if (bin != null) {
                effective.add(NcaRole.ORGANISATION);
            }
            effective.addAll(roles);
            if (effective.isEmpty()) {
                effective.add(NcaRole.INDIVIDUAL);
            } else if (effective.equals(EnumSet.of(NcaRole.ORGANISATION))) {
                effective.add(NcaRole.EMPLOYEE);
            }
            return effective;
        }

        /** CN, SURNAME, SERIALNUMBER, C, O, OU, GIVENNAME, E: the NCA's order. */
        X500Name subject() {
            X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
            String cn = commonName;
            if (cn == null) {
                cn = surname == null ? "" : givenName == null ? surname : surname + " " + givenName;
            }
            name.addRDN(BCStyle.CN, cn);
            if (surname != null) {
                name.addRDN(BCStyle.SURNAME, surname);
            }
            if (iin != null) {
                name.addRDN(BCStyle.SERIALNUMBER, "IIN" + iin);
            }
            name.addRDN(BCStyle.C, "KZ");
            if (organisation != null) {
                name.addRDN(BCStyle.O, organisation);
            }
            if (bin != null) {
                name.addRDN(BCStyle.OU, "BIN" + bin);
            }
            if (patronymic != null) {
                name.addRDN(BCStyle.GIVENNAME, patronymic);
            }
            if (email != null) {
                name.addRDN(BCStyle.EmailAddress, email);
            }
            return name.build();
        }
    }
}
