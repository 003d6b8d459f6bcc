package kz.officesud.mockserver.internal.court;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import kz.officesud.mockserver.internal.http.Response;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.store.CourtState.RevocationRecord;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationSource;
import kz.officesud.signing.revocation.RevocationStatus;
import kz.officesud.signing.testnca.TestNca;

/**
 * The court's own test NCA as a PKI on HTTP ({@code /pki}: OCSP, CRL, TSA, the CA certificates) and the
 * revocations made through the court, which it keeps ({@link #revocations()}) so that a restart brings them back:
 * a certificate of an earlier run's test NCA stays revoked for the clerk and log-in. The clerk asks it directly
 * (not over the network) whether a certificate is revoked.
 */
public final class CourtPki {
    public static final String BASE = "/pki";
    /** An OCSP request or a timestamp query is a few hundred bytes; anything much bigger is refused. */
    static final int MAX_REQUEST = 64 * 1024;

    static final String OCSP_REQUEST = "application/ocsp-request";
    static final String OCSP_RESPONSE = "application/ocsp-response";
    static final String TIMESTAMP_QUERY = "application/timestamp-query";
    static final String TIMESTAMP_REPLY = "application/timestamp-reply";
    static final String PKIX_CRL = "application/pkix-crl";
    static final String PKIX_CERT = "application/pkix-cert";

    private final TestNca nca;
    private final Clock clock;
    /** The certificates of this NCA the court knows by serial (its test users' and those revoked through it). */
    private final Map<BigInteger, X509Certificate> issued = new ConcurrentHashMap<>();
    /** Revocations made through the court, by issuer and serial. */
    private final Map<String, RevocationRecord> revoked = new ConcurrentHashMap<>();

    private volatile Runnable onChange = () -> {};

    public CourtPki(TestNca nca, Clock clock) {
        this.nca = Objects.requireNonNull(nca, "nca");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TestNca nca() {
        return nca;
    }

    /** Runs {@code listener} after every revocation or release (the court writes its state down). */
    public void onChange(Runnable listener) {
        this.onChange = Objects.requireNonNull(listener, "listener");
    }

    /** Writes the court's own OCSP and CRL addresses into the certificates the test NCA issues from now on. */
    public void serveAt(URI baseUrl) {
        nca.serviceAddresses(baseUrl.resolve("pki/ocsp"), baseUrl.resolve("pki/crl"));
    }

    /** Remembers a certificate of this NCA, so the control API can revoke it by serial number. */
    public void remember(X509Certificate certificate) {
        if (ownCertificate(certificate)) {
            issued.put(certificate.getSerialNumber(), certificate);
        }
    }

    public boolean ownCertificate(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().equals(nca.intermediate().getSubjectX500Principal());
    }

    /**
     * Revokes (or with CERTIFICATE_HOLD suspends) a certificate of a test NCA of this court (this run's or an
     * earlier one's) as of the court's now.
     */
    public RevocationRecord revoke(X509Certificate certificate, RevocationReason reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason == RevocationReason.REMOVE_FROM_CRL) {
            throw new IllegalArgumentException("removeFromCRL is not a reason to revoke; release the certificate");
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (ownCertificate(certificate)) {
            nca.revoke(certificate, reason, at);
            remember(certificate);
        }
        RevocationRecord record = new RevocationRecord(
                certificate.getSerialNumber().toString(16),
                certificate.getIssuerX500Principal().getName(),
                reason.name(),
                at.toString(),
                Base64.getEncoder().encodeToString(encoded(certificate)));
        revoked.put(key(certificate), record);
        onChange.run();
        return record;
    }

    /** Lifts a hold or undoes a revocation. */
    public void release(X509Certificate certificate) {
        if (ownCertificate(certificate)) {
            nca.release(certificate);
        }
        revoked.remove(key(certificate));
        onChange.run();
    }

    /** The revocations made through the court, oldest first. */
    public List<RevocationRecord> revocations() {
        return revoked.values().stream()
                .sorted(java.util.Comparator.comparing(RevocationRecord::revokedAt)
                        .thenComparing(RevocationRecord::serialNumber))
                .toList();
    }

    /** Takes up kept revocations (at start, or a snapshot's), replacing those held; the listener is not told. */
    public void restore(List<RevocationRecord> records) {
        for (RevocationRecord record : List.copyOf(revoked.values())) {
            X509Certificate certificate = parse(record.certificate());
            if (ownCertificate(certificate)) {
                nca.release(certificate);
            }
        }
        revoked.clear();
        for (RevocationRecord record : records) {
            X509Certificate certificate = parse(record.certificate());
            if (ownCertificate(certificate)) {
                nca.revoke(certificate, RevocationReason.valueOf(record.reason()), Instant.parse(record.revokedAt()));
                remember(certificate);
            }
            revoked.put(key(certificate), record);
        }
    }

    private static String key(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().getName() + "#"
                + certificate.getSerialNumber().toString(16);
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    /**
     * The clerk's revocation policy: certificates of the court's own test NCA are checked against its current
     * revocations (a fresh CRL, no network); those of earlier runs' test NCAs against the revocations the court
     * kept; every other certificate is not checked (best effort: unknown is recorded, not a problem).
     */
    public RevocationPolicy policy() {
        RevocationSource own = (certificate, issuer, at) -> {
            if (issuer.equals(nca.intermediate())) {
                return nca.crlSource().status(certificate, issuer, at);
            }
            RevocationRecord kept = revoked.get(key(certificate));
            if (kept != null && !Instant.parse(kept.revokedAt()).isAfter(at)) {
                return new RevocationStatus.Revoked(
                        Instant.parse(kept.revokedAt()),
                        RevocationReason.valueOf(kept.reason()),
                        "reference court (kept revocations)");
            }
            return new RevocationStatus.Unknown("not a certificate of the court's test NCA", "reference court");
        };
        return RevocationPolicy.of(own).bestEffort();
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", BASE + "/ocsp", this::ocsp),
                new Route("GET", BASE + "/crl", this::crl),
                new Route("POST", BASE + "/tsp", this::tsp),
                new Route("GET", BASE + "/ca/root.cer", request -> certificate(nca.root())),
                new Route("GET", BASE + "/ca/intermediate.cer", request -> certificate(nca.intermediate())));
    }

    private Response ocsp(Request request) throws IOException {
        byte[] body = derBody(request, OCSP_REQUEST);
        return Response.bytes(200, OCSP_RESPONSE, nca.ocspResponse(body));
    }

    private Response crl(Request request) {
        return Response.bytes(200, PKIX_CRL, nca.crl());
    }

    private Response tsp(Request request) throws IOException {
        byte[] body = derBody(request, TIMESTAMP_QUERY);
        return Response.bytes(200, TIMESTAMP_REPLY, nca.timestampResponse(body));
    }

    private static Response certificate(X509Certificate certificate) {
        return Response.bytes(200, PKIX_CERT, encoded(certificate));
    }

    /** A DER body of the given media type, at most {@link #MAX_REQUEST} bytes, not empty. */
    private static byte[] derBody(Request request, String mediaType) throws IOException {
        String type = request.header("Content-Type")
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .orElse("");
        if (!type.equals(mediaType)) {
            throw new ProblemException(415, "unsupported_media_type", "this resource takes Content-Type: " + mediaType);
        }
        byte[] body = request.bodyBytes(MAX_REQUEST);
        if (body.length == 0 || body[0] != 0x30) {
            throw ProblemException.badRequest("bad_request", "the body is not a DER " + mediaType);
        }
        return body;
    }

    /** A certificate of this NCA the court knows by its serial number (hex), or empty. */
    public java.util.Optional<X509Certificate> known(BigInteger serial) {
        return java.util.Optional.ofNullable(issued.get(serial));
    }

    /** A revoked certificate the court keeps, by serial number (hex), of any of its test NCAs. */
    public java.util.Optional<X509Certificate> revokedBySerial(BigInteger serial) {
        String hex = serial.toString(16);
        return revoked.values().stream()
                .filter(record -> record.serialNumber().equals(hex))
                .findFirst()
                .map(record -> parse(record.certificate()));
    }

    /** A base64 DER certificate; IllegalArgumentException when it is not one. */
    public static X509Certificate parse(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("not a base64 DER X.509 certificate");
        }
    }

    /** {@code keyCompromise}, {@code KEY_COMPROMISE} or {@code key_compromise}; IllegalArgumentException else. */
    public static RevocationReason reason(String value) {
        String normalized = value.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            RevocationReason reason = RevocationReason.valueOf(normalized);
            if (reason != RevocationReason.REMOVE_FROM_CRL) {
                return reason;
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw new IllegalArgumentException(
                "reason is an RFC 5280 CRLReason, e.g. keyCompromise, superseded, certificateHold");
    }

    public static String camel(RevocationReason reason) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : reason.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "CourtPki[" + nca + "]";
    }
}
