package kz.officesud.signing.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.InProcessTransport;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.SharedTestData;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationProblem.Code;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** OCSP: the NCA's recorded responses, and round trips with the test NCA's responder (never the network). */
class OcspTest {
    private static final byte[] CONTENT = "Кассационная жалоба".getBytes(StandardCharsets.UTF_8);
    private TestNca nca;
    private NcaKey key;

    @BeforeEach
    void issue() {
        nca = TestNca.generate();
        key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
    }

    static Stream<Arguments> ncaSamples() {
        return Stream.of(
                Arguments.of(
                        "ocsp_response_individual_2015.bin",
                        "ncanode-go/nca_gost2022_test.cer",
                        "0FF06211DC82BEB00253FFA000F1DE84ABEF454F",
                        "2022-09-02T17:00:00Z",
                        RevocationReason.CERTIFICATE_HOLD,
                        "1970-01-01T00:00:00Z"),
                Arguments.of(
                        "ocsp_response_ceo_2015_revoked.bin",
                        "ncanode-go/nca_gost2022_test.cer",
                        "3A90343E720594C55204B19CB9A402422EF0E622",
                        "2022-09-02T17:00:00Z",
                        RevocationReason.CERTIFICATE_HOLD,
                        "2022-07-27T10:25:30Z"),
                Arguments.of(
                        "ocsp_response_ceo_sign_2004_revoked.bin",
                        "ca-certs/test/nca_gost_test.cer",
                        "12E3E7B9966D09EB9CDA64251457E815C2A8DDED",
                        "2022-09-02T17:00:00Z",
                        RevocationReason.SUPERSEDED,
                        "2022-01-18T06:30:55Z"),
                Arguments.of(
                        "ocsp_response_individual_sign_2004.bin",
                        "ca-certs/test/nca_rsa_test.cer",
                        "4279390A141F5353A62947B61ED65E81741467D1",
                        "2022-09-02T17:00:00Z",
                        null,
                        null));
    }

    @ParameterizedTest
    @MethodSource("ncaSamples")
    void ncaRecordedResponse_verifiesAndGivesItsStatus(
            String file, String issuer, String serial, String now, RevocationReason reason, String revokedAt)
            throws IOException {
        byte[] response = Files.readAllBytes(SharedTestData.nca("samples/ocsp-tsp-samples/" + file));

        RevocationStatus status = OcspClient.checkResponse(
                response, new BigInteger(serial, 16), SharedTestData.certificate(issuer), null, Instant.parse(now));

        if (reason == null) {
            assertThat(status).as(status.toString()).isInstanceOf(RevocationStatus.Good.class);
        } else {
            assertThat(status).as(status.toString()).isInstanceOfSatisfying(RevocationStatus.Revoked.class, r -> {
                assertThat(r.reason()).isEqualTo(reason);
                assertThat(r.revokedAt()).isEqualTo(Instant.parse(revokedAt));
            });
        }
    }

    @Test
    void ncaRecordedResponse_withAlteredByte_doesNotVerify() throws IOException {
        byte[] response =
                Files.readAllBytes(SharedTestData.nca("samples/ocsp-tsp-samples/ocsp_response_ceo_2015_revoked.bin"));
        // the serial number inside the signed response data
        byte[] serial = new BigInteger("3A90343E720594C55204B19CB9A402422EF0E622", 16).toByteArray();
        int at = InProcessTransport.indexOf(response, serial);
        assertThat(at).isNotNegative();
        response[at + serial.length - 1] ^= 1;

        RevocationStatus status = OcspClient.checkResponse(
                response,
                new BigInteger(1, java.util.Arrays.copyOfRange(response, at, at + serial.length)),
                SharedTestData.certificate("ncanode-go/nca_gost2022_test.cer"),
                null,
                Instant.parse("2022-09-02T17:00:00Z"));

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class, u -> assertThat(u.reason())
                .contains("signature"));
    }

    @Test
    void ncaRecordedResponse_withTheWrongNonce_isUnknown() throws IOException {
        byte[] response =
                Files.readAllBytes(SharedTestData.nca("samples/ocsp-tsp-samples/ocsp_response_ceo_2015_revoked.bin"));

        RevocationStatus status = OcspClient.checkResponse(
                response,
                new BigInteger("3A90343E720594C55204B19CB9A402422EF0E622", 16),
                SharedTestData.certificate("ncanode-go/nca_gost2022_test.cer"),
                new byte[] {1, 2, 3, 4, 5, 6, 7, 8},
                Instant.parse("2022-09-02T17:00:00Z"));

        assertThat(status).isInstanceOfSatisfying(RevocationStatus.Unknown.class, u -> assertThat(u.reason())
                .contains("nonce"));
    }

    @Test
    void testNcaResponder_good_thenRevoked_overTransport() {
        OcspClient ocsp = OcspClient.builder()
                .responder(URI.create("http://test-nca.invalid/ocsp"))
                .transport(transport(nca))
                .build();

        assertThat(ocsp.status(key.certificate(), nca.intermediate(), Instant.now()))
                .isInstanceOf(RevocationStatus.Good.class);

        nca.revoke(key.certificate(), RevocationReason.CERTIFICATE_HOLD);
        assertThat(ocsp.status(key.certificate(), nca.intermediate(), Instant.now()))
                .isInstanceOfSatisfying(RevocationStatus.Revoked.class, r -> assertThat(r.reason())
                        .isEqualTo(RevocationReason.CERTIFICATE_HOLD));
    }

    @Test
    void responseOfAnotherCa_isUnknown() {
        TestNca other = TestNca.generate();
        OcspClient ocsp = OcspClient.builder()
                .responder(URI.create("http://other.invalid/ocsp"))
                .transport(transport(other))
                .build();

        RevocationStatus status = ocsp.status(key.certificate(), nca.intermediate(), Instant.now());

        assertThat(status).isInstanceOf(RevocationStatus.Unknown.class);
    }

    @Test
    void replayedResponse_isRejectedByTheNonce() {
        AtomicReference<byte[]> recorded = new AtomicReference<>();
        HttpTransport recording = ocspTransport(request -> {
            byte[] response = nca.ocspResponse(request);
            recorded.compareAndSet(null, response);
            return recorded.get();
        });
        OcspClient ocsp = OcspClient.builder()
                .responder(URI.create("http://test-nca.invalid/ocsp"))
                .transport(recording)
                .build();

        assertThat(ocsp.status(key.certificate(), nca.intermediate(), Instant.now()))
                .isInstanceOf(RevocationStatus.Good.class);
        assertThat(ocsp.status(key.certificate(), nca.intermediate(), Instant.now()))
                .isInstanceOfSatisfying(RevocationStatus.Unknown.class, u -> assertThat(u.reason())
                        .contains("nonce"));
    }

    @Test
    void malformedOrGarbageResponses_areUnknown_neverThrow() {
        for (byte[] garbage : new byte[][] {{}, {0x30, 0x00}, "<html>".getBytes(StandardCharsets.US_ASCII)}) {
            OcspClient ocsp = OcspClient.builder()
                    .responder(URI.create("http://x.invalid/"))
                    .transport(ocspTransport(request -> garbage))
                    .build();
            assertThat(ocsp.status(key.certificate(), nca.intermediate(), Instant.now()))
                    .isInstanceOf(RevocationStatus.Unknown.class);
        }
        assertThat(Stream.of(nca.ocspResponse(new byte[] {1, 2, 3}))).allSatisfy(r -> assertThat(
                        OcspClient.checkResponse(r, BigInteger.ONE, nca.intermediate(), null, Instant.now()))
                .isInstanceOfSatisfying(RevocationStatus.Unknown.class, u -> assertThat(u.reason())
                        .contains("malformedRequest")));
    }

    @Test
    void unreachableResponder_isUnknown_andCrlFallbackAnswers() {
        OcspClient down = OcspClient.builder()
                .responder(URI.create("http://down.invalid/"))
                .transport(ocspTransport(request -> {
                    throw new IOException("connection refused");
                }))
                .build();
        nca.revoke(key.certificate(), RevocationReason.KEY_COMPROMISE);
        byte[] cms = Cms.signDetached(key, CONTENT);

        VerificationReport ocspOnly = verifier(RevocationPolicy.of(down)).verifyDetached(cms, CONTENT);
        VerificationReport withFallback =
                verifier(RevocationPolicy.preferOcsp(down, nca.crlSource())).verifyDetached(cms, CONTENT);

        assertThat(ocspOnly.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOCATION_UNKNOWN);
        assertThat(withFallback.problems())
                .extracting(VerificationProblem::code)
                .containsExactly(Code.REVOKED);
    }

    @Test
    void loopbackHttpResponder_roundTrip_withTheJdkTransport_andTheAddressFromTheCertificate() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ocsp", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] response = nca.ocspResponse(in.readAllBytes());
                exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
                exchange.sendResponseHeaders(200, response.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response);
                }
            }
        });
        server.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp");
            NcaKey withAia = nca.request()
                    .iin(Iin.ofUnverified("123456789011"))
                    .surname("ТЕСТОВ")
                    .ocsp(uri)
                    .issue();
            byte[] cms = Cms.signDetached(withAia, CONTENT);
            CmsVerifier verifier =
                    verifier(RevocationPolicy.of(OcspClient.builder().build()));

            VerificationReport good = verifier.verifyDetached(cms, CONTENT);
            nca.revoke(withAia.certificate(), RevocationReason.AFFILIATION_CHANGED);
            VerificationReport revoked = verifier.verifyDetached(cms, CONTENT);

            assertThat(good.problems()).isEmpty();
            assertThat(good.signers().get(0).revocation().orElseThrow().source())
                    .contains("OCSP RESPONDER");
            assertThat(revoked.problems()).extracting(VerificationProblem::code).containsExactly(Code.REVOKED);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void jdkTransport_refusesAnOversizedAnswer_andAnErrorStatus() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/big", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[4096]);
            } catch (IOException e) {
                // the client hung up once it had enough
            }
        });
        server.createContext("/error", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpTransport transport = HttpTransport.jdk(java.time.Duration.ofSeconds(5), 1024);

            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> transport.post(URI.create(base + "/big"), "application/ocsp-request", new byte[1]))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("exceeds 1024 bytes");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> transport.get(URI.create(base + "/error")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("503");
        } finally {
            server.stop(0);
        }
    }

    private CmsVerifier verifier(RevocationPolicy policy) {
        return CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .revocation(policy)
                .build();
    }

    private static HttpTransport transport(TestNca responder) {
        return ocspTransport(responder::ocspResponse);
    }

    /** OCSP requests answered in process: nothing leaves it. */
    private static HttpTransport ocspTransport(InProcessTransport.Responder responder) {
        return new InProcessTransport("application/ocsp-request", responder);
    }
}
