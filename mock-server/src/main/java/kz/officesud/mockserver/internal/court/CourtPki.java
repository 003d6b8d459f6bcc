package kz.officesud.mockserver.internal.court;

import com.fasterxml.jackson.databind.JsonNode;
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
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationSource;
import kz.officesud.signing.revocation.RevocationStatus;
import kz.officesud.signing.testnca.TestNca;

/**
 * The court's own test NCA as a PKI on HTTP ({@code /pki}: OCSP, CRL, TSA, the CA certificates) and its
 * revocations ({@code /__admin/revocations}); the clerk asks it directly (not over the network) whether a
 * certificate it issued is revoked.
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

    public CourtPki(TestNca nca, Clock clock) {
        this.nca = Objects.requireNonNull(nca, "nca");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TestNca nca() {
        return nca;
    }

    /** Writes the court's own OCSP and CRL addresses into the certificates the test NCA issues from now on. */
    public void serveAt(URI baseUrl) {
        nca.serviceAddresses(baseUrl.resolve("pki/ocsp"), baseUrl.resolve("pki/crl"));
    }

    /** Remembers a certificate of this NCA, so the admin API can revoke it by serial number. */
    public void remember(X509Certificate certificate) {
        if (ownCertificate(certificate)) {
            issued.put(certificate.getSerialNumber(), certificate);
        }
    }

    private boolean ownCertificate(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().equals(nca.intermediate().getSubjectX500Principal());
    }

    /** Revokes (or with CERTIFICATE_HOLD suspends) a certificate of the court's test NCA as of the court's now. */
    public void revoke(X509Certificate certificate, RevocationReason reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason == RevocationReason.REMOVE_FROM_CRL) {
            throw new IllegalArgumentException("removeFromCRL is not a reason to revoke; release the certificate");
        }
        nca.revoke(certificate, reason);
        remember(certificate);
    }

    /** Lifts a hold or undoes a revocation. */
    public void release(X509Certificate certificate) {
        nca.release(certificate);
    }

    /**
     * The clerk's revocation policy: certificates of the court's own test NCA are checked against its current
     * revocations (a fresh CRL, no network); every other certificate is not checked (best effort: unknown is
     * recorded, not a problem).
     */
    public RevocationPolicy policy() {
        RevocationSource own = (certificate, issuer, at) -> issuer.equals(nca.intermediate())
                ? nca.crlSource().status(certificate, issuer, at)
                : new RevocationStatus.Unknown("not a certificate of the court's test NCA", "reference court");
        return RevocationPolicy.of(own).bestEffort();
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", BASE + "/ocsp", this::ocsp),
                new Route("GET", BASE + "/crl", this::crl),
                new Route("POST", BASE + "/tsp", this::tsp),
                new Route("GET", BASE + "/ca/root.cer", request -> certificate(nca.root())),
                new Route("GET", BASE + "/ca/intermediate.cer", request -> certificate(nca.intermediate())),
                new Route("POST", "/__admin/revocations", this::revokeByAdmin),
                new Route("DELETE", "/__admin/revocations/{serialNumber}", this::releaseByAdmin));
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
        try {
            return Response.bytes(200, PKIX_CERT, certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a test NCA certificate", e);
        }
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

    /** The admin form: the serial number (hex) or the certificate (base64 DER), and a reason. */
    private Response revokeByAdmin(Request request) throws IOException {
        admin(request);
        JsonNode body = request.jsonTree();
        RevocationReason reason = reason(body.path("reason").asText("unspecified"));
        X509Certificate certificate = body.path("certificate").isTextual()
                ? parse(body.path("certificate").asText())
                : known(body.path("serialNumber").asText(""));
        if (!ownCertificate(certificate)) {
            throw ProblemException.badRequest("bad_request", "not a certificate of the court's test NCA");
        }
        revoke(certificate, reason);
        return Response.json(201, view(certificate, reason));
    }

    private Response releaseByAdmin(Request request) {
        admin(request);
        X509Certificate certificate = known(request.param("serialNumber"));
        release(certificate);
        return Response.empty(204);
    }

    /** A revocation as the admin API answers it. */
    public record RevocationView(String serialNumber, String reason, Instant revokedAt, String subject) {}

    private RevocationView view(X509Certificate certificate, RevocationReason reason) {
        return new RevocationView(
                certificate.getSerialNumber().toString(16),
                camel(reason),
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                certificate.getSubjectX500Principal().getName());
    }

    private X509Certificate known(String serialHex) {
        BigInteger serial;
        try {
            serial = new BigInteger(serialHex.trim().replace(":", ""), 16);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(
                    "bad_request", "give 'serialNumber' in hex (or 'certificate' in base64 DER)");
        }
        X509Certificate certificate = issued.get(serial);
        if (certificate == null) {
            throw ProblemException.notFound("the court's test NCA issued no certificate the court knows with serial "
                    + serial.toString(16) + "; give 'certificate' instead");
        }
        return certificate;
    }

    private static X509Certificate parse(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw ProblemException.badRequest("bad_request", "'certificate' is not a base64 DER X.509 certificate");
        }
    }

    /** {@code keyCompromise}, {@code KEY_COMPROMISE} or {@code key_compromise}. */
    static RevocationReason reason(String value) {
        String normalized = value.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            RevocationReason reason = RevocationReason.valueOf(normalized);
            if (reason != RevocationReason.REMOVE_FROM_CRL) {
                return reason;
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw ProblemException.badRequest(
                "bad_request", "reason is an RFC 5280 CRLReason, e.g. keyCompromise, superseded, certificateHold");
    }

    static String camel(RevocationReason reason) {
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

    private static void admin(Request request) {
        if (!request.fromLoopback()) {
            throw new ProblemException(403, "forbidden", "the admin API answers loopback callers only");
        }
    }

    @Override
    public String toString() {
        return "CourtPki[" + nca + "]";
    }
}
