package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.SignerReport;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.revocation.Crl;
import kz.officesud.signing.revocation.CrlSource;
import kz.officesud.signing.revocation.OcspClient;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.revocation.RevocationReason;
import kz.officesud.signing.revocation.RevocationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The court serves its test NCA's PKI on HTTP: OCSP, CRL, TSA and the CA certificates, over real loopback. */
@ExtendWith(NoLeakedCourt.class)
class PkiTest {
    /** Monday 2026-11-23 10:00 in Astana. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court =
            ReferenceCourtExtension.inProcess(builder -> builder.clock(CourtClock.fixed(MONDAY_10)));

    private final CourtHttp http = CourtHttp.of(court);
    private final HttpTransport transport = HttpTransport.jdk(Duration.ofSeconds(10));

    private X509Certificate intermediate() {
        return court.court().testNca().intermediate();
    }

    private OcspClient ocsp() {
        return OcspClient.builder()
                .responder(court.baseUrl().resolve("pki/ocsp"))
                .transport(transport)
                .clock(court.clock())
                .build();
    }

    @Test
    void testUsersCertificates_nameTheCourtsOwnOcspResponder() {
        TestUser user = court.users().individual();

        assertThat(OcspClient.responderOf(user.key().certificate()))
                .contains(court.baseUrl().resolve("pki/ocsp"));
    }

    @Test
    void ocsp_answersGood_thenRevokedAfterTheCourtRevokes() {
        TestUser user = court.users().individual();
        X509Certificate certificate = user.key().certificate();

        Instant now = court.clock().instant();
        RevocationStatus before = ocsp().status(certificate, intermediate(), now);
        court.court().revoke(user.key(), RevocationReason.KEY_COMPROMISE);
        RevocationStatus after =
                ocsp().status(certificate, intermediate(), court.clock().instant());

        assertThat(before).isInstanceOf(RevocationStatus.Good.class);
        assertThat(after).isInstanceOfSatisfying(RevocationStatus.Revoked.class, revoked -> {
            assertThat(revoked.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
            assertThat(revoked.revokedAt()).isEqualTo(now);
        });
    }

    @Test
    void ocsp_followsTheAddressInTheCertificate_andTheAdminApiRevokesBySerial() {
        TestUser user = court.users().individual();
        X509Certificate certificate = user.key().certificate();
        OcspClient byCertificate =
                OcspClient.builder().transport(transport).clock(court.clock()).build();

        JsonNode revocation = http.postJson(
                        "/__admin/revocations",
                        Map.of("serialNumber", certificate.getSerialNumber().toString(16), "reason", "certificateHold"))
                .expect(201)
                .json();
        RevocationStatus held =
                byCertificate.status(certificate, intermediate(), court.clock().instant());
        http.send(
                        "DELETE",
                        "/__admin/revocations/" + certificate.getSerialNumber().toString(16),
                        null)
                .expect(204);
        RevocationStatus released =
                byCertificate.status(certificate, intermediate(), court.clock().instant());

        assertThat(revocation.path("reason").asText()).isEqualTo("certificateHold");
        assertThat(held).isInstanceOfSatisfying(RevocationStatus.Revoked.class, revoked -> assertThat(revoked.reason())
                .isEqualTo(RevocationReason.CERTIFICATE_HOLD));
        assertThat(released).isInstanceOf(RevocationStatus.Good.class);
    }

    @Test
    void crl_listsTheRevokedSerial_andIsSignedByTheIntermediate() throws Exception {
        TestUser revokedUser = court.users().individual();
        TestUser goodUser = court.users().individual();
        court.court().revoke(revokedUser.key(), RevocationReason.SUPERSEDED);

        CourtHttp.Reply reply = http.get("/pki/crl").expect(200);
        Crl crl = Crl.parse(reply.body());

        assertThat(reply.header("Content-Type")).isEqualTo("application/pkix-crl");
        assertThat(crl.signedBy(intermediate())).isTrue();
        assertThat(crl.find(revokedUser.key().certificate().getSerialNumber()))
                .hasValueSatisfying(entry -> assertThat(entry.reason()).isEqualTo(RevocationReason.SUPERSEDED));
        assertThat(crl.find(goodUser.key().certificate().getSerialNumber())).isEmpty();
    }

    @Test
    void crlSourceDownloading_findsTheCourtsCrlThroughTheCertificate_andSeesTheRevocation() {
        TestUser user = court.users().individual();
        court.court().revoke(user.key(), RevocationReason.PRIVILEGE_WITHDRAWN);
        court.clock().advance(Duration.ofSeconds(1));

        RevocationStatus status = CrlSource.downloading(transport, court.clock())
                .status(user.key().certificate(), intermediate(), court.clock().instant());

        assertThat(status)
                .isInstanceOfSatisfying(RevocationStatus.Revoked.class, revoked -> assertThat(revoked.reason())
                        .isEqualTo(RevocationReason.PRIVILEGE_WITHDRAWN));
    }

    @Test
    void caCertificates_areServed() throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");

        X509Certificate root = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(
                http.get("/pki/ca/root.cer").expect(200).body()));
        X509Certificate intermediate = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(
                http.get("/pki/ca/intermediate.cer").expect(200).body()));

        assertThat(root).isEqualTo(court.court().testNca().root());
        assertThat(intermediate).isEqualTo(intermediate());
    }

    @Test
    void tsa_timestampsASignature_andTheVerifierAcceptsTheTimestamp() {
        TestUser user = court.users().individual();
        byte[] content = "исковое заявление".getBytes(StandardCharsets.UTF_8);
        CmsVerifier verifier = CmsVerifier.builder()
                .trustAnchors(court.court().trustAnchors())
                .clock(court.clock())
                .validateAtTimestamp()
                .revocation(RevocationPolicy.preferOcsp(
                        OcspClient.builder()
                                .transport(transport)
                                .clock(court.clock())
                                .build(),
                        court.court().testNca().crlSource()))
                .build();
        TsaClient tsa = TsaClient.builder()
                .uri(court.baseUrl().resolve("pki/tsp"))
                .transport(transport)
                .verifier(verifier)
                .build();

        Instant now = court.clock().instant();
        byte[] cms = Cms.addTimestamp(Cms.signDetached(user.key(), content), tsa);
        VerificationReport report = verifier.verifyDetached(cms, content);

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        SignerReport signer = report.signers().get(0);
        assertThat(signer.timestamp())
                .hasValueSatisfying(timestamp -> assertThat(timestamp.time()).isEqualTo(now));
        assertThat(signer.revocation()).containsInstanceOf(RevocationStatus.Good.class);
    }

    @Test
    void verifier_withTheCourtsOcsp_reportsARevokedSigner() {
        TestUser user = court.users().individual();
        byte[] content = "отзыв".getBytes(StandardCharsets.UTF_8);
        byte[] cms = Cms.signDetached(user.key(), content);
        court.court().revoke(user.key(), RevocationReason.KEY_COMPROMISE);
        court.clock().advance(Duration.ofSeconds(1));

        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(court.court().trustAnchors())
                .clock(court.clock())
                .revocationSource(ocsp())
                .build()
                .verifyDetached(cms, content);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(VerificationProblem::code).contains(VerificationProblem.Code.REVOKED);
    }

    @Test
    void ocsp_withAnotherContentType_is415() {
        JsonNode problem = http.send("POST", "/pki/ocsp", new byte[] {0x30, 0}, "Content-Type", "application/json")
                .expect(415)
                .json();

        assertThat(problem.path("code").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void tsp_withAnEmptyBody_is400_andATooLargeOne_is413() {
        http.send("POST", "/pki/tsp", new byte[0], "Content-Type", "application/timestamp-query")
                .expect(400);
        byte[] huge = new byte[128 * 1024];
        huge[0] = 0x30;

        JsonNode problem = http.send("POST", "/pki/tsp", huge, "Content-Type", "application/timestamp-query")
                .expect(413)
                .json();

        assertThat(problem.path("code").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void ocsp_withGarbageDer_answersMalformedRequest_inAnOcspResponse() {
        CourtHttp.Reply reply = http.send(
                        "POST",
                        "/pki/ocsp",
                        new byte[] {0x30, 0x03, 1, 2, 3},
                        "Content-Type",
                        "application/ocsp-request")
                .expect(200);

        assertThat(reply.header("Content-Type")).isEqualTo("application/ocsp-response");
        assertThat(OcspClient.checkResponse(
                        reply.body(),
                        java.math.BigInteger.ONE,
                        intermediate(),
                        null,
                        court.clock().instant()))
                .isInstanceOf(RevocationStatus.Unknown.class);
    }

    @Test
    void adminRevocation_ofAnUnknownSerial_is404_andOfABadReason_is400() {
        TestUser user = court.users().individual();

        http.postJson("/__admin/revocations", Map.of("serialNumber", "abcdef0123", "reason", "keyCompromise"))
                .expect(404);
        JsonNode bad = http.postJson(
                        "/__admin/revocations",
                        Map.of(
                                "certificate",
                                Base64.getEncoder()
                                        .encodeToString(encoded(user.key().certificate())),
                                "reason",
                                "becauseISaySo"))
                .expect(400)
                .json();

        assertThat(bad.path("code").asText()).isEqualTo("bad_request");
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
