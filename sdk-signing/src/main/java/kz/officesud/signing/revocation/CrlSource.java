package kz.officesud.signing.revocation;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.RevocationException;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revocation by CRL: full and delta CRLs, given up front or downloaded from the certificate's CRL
 * distribution points (and "freshest CRL" for deltas) and cached until their {@code nextUpdate}. A CRL
 * counts only when its issuer's key verifies its signature; a CRL whose {@code nextUpdate} had passed at
 * the validation time gives {@link RevocationStatus.Unknown}. A certificate on hold
 * ({@code certificateHold}) is reported revoked.
 *
 * <pre>{@code
 * CrlSource crls = CrlSource.of(Crl.read(Path.of("nca_gost2022.crl")));
 * RevocationStatus status = crls.status(certificate, issuer, Instant.now());
 * }</pre>
 *
 * <p>Thread-safe; each CRL is parsed once and indexed ({@link Crl}).
 */
public final class CrlSource implements RevocationSource {
    private static final Logger LOG = LoggerFactory.getLogger(CrlSource.class);

    private final List<Crl> given;
    private final @Nullable HttpTransport transport;
    private final Clock clock;
    private final ConcurrentMap<URI, Crl> downloaded = new ConcurrentHashMap<>();

    private CrlSource(List<Crl> given, @Nullable HttpTransport transport, Clock clock) {
        this.given = List.copyOf(given);
        this.transport = transport;
        this.clock = clock;
    }

    /** These CRLs only (no downloads). */
    public static CrlSource of(Collection<Crl> crls) {
        return new CrlSource(new ArrayList<>(crls), null, Clock.systemUTC());
    }

    public static CrlSource of(Crl... crls) {
        return of(Arrays.asList(crls));
    }

    /**
     * Downloads CRLs from the distribution points the certificates name, through {@code transport}, and
     * keeps each until its {@code nextUpdate} (by {@code clock}).
     */
    public static CrlSource downloading(HttpTransport transport, Clock clock) {
        return new CrlSource(List.of(), Objects.requireNonNull(transport, "transport"), clock);
    }

    /** This source with more CRLs given up front. */
    public CrlSource with(Crl... crls) {
        List<Crl> all = new ArrayList<>(given);
        all.addAll(Arrays.asList(crls));
        return new CrlSource(all, transport, clock);
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(at, "at");
        List<Crl> candidates = new ArrayList<>(given);
        List<String> downloadFailures = new ArrayList<>();
        if (transport != null) {
            candidates.addAll(download(certificate, downloadFailures));
        }
        List<Crl> full = new ArrayList<>();
        List<Crl> deltas = new ArrayList<>();
        boolean badSignature = false;
        for (Crl crl : candidates) {
            if (!crl.issuer().equals(certificate.getIssuerX500Principal()) || !keyMatches(crl, issuer)) {
                continue;
            }
            if (!crl.signedBy(issuer)) {
                badSignature = true;
                continue;
            }
            (crl.isDelta() ? deltas : full).add(crl);
        }
        if (full.isEmpty()) {
            String issuerName = CertificateProfile.of(issuer).commonName();
            String why = badSignature
                    ? "the CRL of " + issuerName + " is not signed by its key"
                    : "no CRL of " + issuerName
                            + (downloadFailures.isEmpty() ? "" : " (download failed: " + downloadFailures + ")");
            return new RevocationStatus.Unknown(why, "CRL");
        }
        Crl base = full.stream().max(Comparator.comparing(Crl::thisUpdate)).orElseThrow();
        if (base.nextUpdate().isPresent() && at.isAfter(base.nextUpdate().get())) {
            return new RevocationStatus.Unknown(
                    "the latest " + base + " was superseded on "
                            + base.nextUpdate().get() + ", before " + at,
                    base.toString());
        }
        BigInteger serial = certificate.getSerialNumber();
        Optional<Crl.Entry> entry = base.find(serial);
        Crl answered = base;
        Optional<Crl> delta = deltas.stream()
                .filter(d -> !d.thisUpdate().isBefore(base.thisUpdate()))
                .filter(d -> base.number().isPresent()
                        && d.baseNumber().orElseThrow().compareTo(base.number().get()) <= 0)
                .filter(d ->
                        d.nextUpdate().isEmpty() || !at.isAfter(d.nextUpdate().get()))
                .max(Comparator.comparing(Crl::thisUpdate));
        if (delta.isPresent() && delta.get().find(serial).isPresent()) {
            entry = delta.get().find(serial);
            answered = delta.get();
        }
        if (entry.isEmpty() || entry.get().reason() == RevocationReason.REMOVE_FROM_CRL) {
            return new RevocationStatus.Good(answered.toString());
        }
        return new RevocationStatus.Revoked(entry.get().revokedAt(), entry.get().reason(), answered.toString());
    }

    private static boolean keyMatches(Crl crl, X509Certificate issuer) {
        Optional<byte[]> aki = crl.authorityKeyId();
        byte[] ski = issuer.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (aki.isEmpty() || ski == null) {
            return true;
        }
        try {
            byte[] id = SubjectKeyIdentifier.getInstance(
                            ASN1OctetString.getInstance(ski).getOctets())
                    .getKeyIdentifier();
            return Arrays.equals(id, aki.get());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private List<Crl> download(X509Certificate certificate, List<String> failures) {
        List<Crl> crls = new ArrayList<>();
        for (URI uri : distributionPoints(certificate)) {
            Crl cached = downloaded.get(uri);
            Instant now = clock.instant();
            if (cached == null || cached.nextUpdate().map(now::isAfter).orElse(true)) {
                try {
                    LOG.debug("downloading the CRL {}", uri);
                    cached = Crl.parse(Objects.requireNonNull(transport).get(uri));
                    downloaded.put(uri, cached);
                } catch (IOException | RevocationException e) {
                    LOG.debug("CRL {} not available: {}", uri, e.toString());
                    failures.add(uri + ": " + e.getMessage());
                    if (cached == null) {
                        continue;
                    }
                }
            }
            crls.add(cached);
        }
        return crls;
    }

    /** The http(s) addresses of the CRL distribution points and the freshest-CRL (delta) points. */
    static List<URI> distributionPoints(X509Certificate certificate) {
        List<URI> uris = new ArrayList<>();
        for (String oid : List.of(Extension.cRLDistributionPoints.getId(), Extension.freshestCRL.getId())) {
            byte[] value = certificate.getExtensionValue(oid);
            if (value == null) {
                continue;
            }
            try {
                CRLDistPoint points = CRLDistPoint.getInstance(
                        ASN1OctetString.getInstance(value).getOctets());
                for (DistributionPoint point : points.getDistributionPoints()) {
                    DistributionPointName name = point.getDistributionPoint();
                    if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                        continue;
                    }
                    for (GeneralName general :
                            GeneralNames.getInstance(name.getName()).getNames()) {
                        if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                            String text = general.getName().toString();
                            if (text.startsWith("http://") || text.startsWith("https://")) {
                                uris.add(URI.create(text));
                            }
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                LOG.debug("unreadable CRL distribution point in {}", certificate.getSerialNumber());
            }
        }
        return uris;
    }

    @Override
    public String toString() {
        return "CrlSource[" + given.size() + " CRL(s)" + (transport == null ? "" : ", downloading") + "]";
    }
}
