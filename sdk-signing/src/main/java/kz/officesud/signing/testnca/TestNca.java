package kz.officesud.signing.testnca;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaRole;
import kz.officesud.signing.SigningException;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.internal.KeyAccess;
import kz.officesud.signing.internal.Pkcs12;
import kz.officesud.signing.revocation.Crl;
import kz.officesud.signing.revocation.CrlSource;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationSource;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
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
 *
 * <p>Four parts stand behind this facade, each in its own class: the certification authority (root,
 * intermediate, issuing), the CRL issuer, the OCSP responder and the TSA; the CRL issuer and the OCSP
 * responder answer from one register of revocations.
 */
public final class TestNca {
    private final KeyAlgorithm algorithm;
    private final Clock clock;
    private final CertificateAuthority ca;
    private final Revocations revocations;
    private final CrlIssuer crls;
    private final OcspResponder ocsp;
    private final TimeStampAuthority tsa;
    private volatile @Nullable URI ocspAddress;
    private volatile @Nullable URI crlAddress;

    private TestNca(KeyAlgorithm algorithm, Clock clock) {
        this.algorithm = algorithm;
        this.clock = clock;
        this.ca = new CertificateAuthority(algorithm, clock);
        this.revocations = new Revocations(ca);
        this.crls = new CrlIssuer(ca, revocations, clock);
        this.ocsp = new OcspResponder(ca, revocations, clock);
        this.tsa = new TimeStampAuthority(ca, clock);
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
        return ca.root();
    }

    /** The issuing CA («OFFICESUD ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (…) TEST»), signed by the root. */
    public X509Certificate intermediate() {
        return ca.intermediate();
    }

    /** The root and the intermediate, marked test. */
    public TrustAnchors trustAnchors() {
        return TrustAnchors.of(List.of(ca.root()), List.of(ca.intermediate())).asTest();
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
        revocations.revoke(certificate, reason, revokedAt);
    }

    /** Lifts a hold (or undoes any revocation): the certificate is good again in later CRLs. */
    public void release(X509Certificate certificate) {
        revocations.release(certificate, clock.instant());
    }

    /**
     * A delta CRL over the full CRL number {@code baseCrlNumber}: every current entry, and each
     * certificate released from hold since as {@code removeFromCRL}. Next update in an hour.
     */
    public byte[] deltaCrl(BigInteger baseCrlNumber) {
        return crls.deltaCrl(Objects.requireNonNull(baseCrlNumber, "baseCrlNumber"));
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
        return crls.crl(
                Objects.requireNonNull(thisUpdate, "thisUpdate"), Objects.requireNonNull(nextUpdate, "nextUpdate"));
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
        return ocsp.certificate();
    }

    /**
     * Answers a DER OCSP request as the NCA's responder does: a basic response signed by the delegated
     * responder (this NCA's algorithm; GOST in the NCA byte order), its certificate included, the nonce
     * echoed, each requested certificate good, revoked (with reason) or unknown (not issued by this CA). A
     * request that cannot be read gets a {@code malformedRequest} response. The reference court serves this
     * over HTTP.
     */
    public byte[] ocspResponse(byte[] request) {
        return ocsp.respond(Objects.requireNonNull(request, "request"));
    }

    /** The TSA's certificate (EKU timeStamping, critical; issued by the intermediate). */
    public X509Certificate tsa() {
        return tsa.key().certificate();
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
        return tsa.respond(Objects.requireNonNull(request, "request"));
    }

    // ------------------------------------------------------------------------------------- issuing

    NcaKey issue(KeyRequest request) {
        URI crl = request.crlDistributionPoint != null ? request.crlDistributionPoint : crlAddress;
        URI ocspUri = request.ocsp != null ? request.ocsp : ocspAddress;
        return ca.issue(
                request.subject(),
                request.purpose,
                request.effectiveRoles(),
                request.notBefore,
                request.notAfter,
                crl,
                ocspUri);
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
