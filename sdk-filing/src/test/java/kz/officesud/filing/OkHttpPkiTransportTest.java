package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.testnca.TestNca;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CAdES-T through OkHttp: a timestamp from a TSA (the test NCA's, behind a loopback server). */
class OkHttpPkiTransportTest {
    private final TestNca nca = TestNca.generate();
    private final MockWebServer tsa = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();

    @BeforeEach
    void start() throws IOException {
        tsa.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!"application/timestamp-query".equals(request.getHeaders().get("Content-Type"))) {
                    return new MockResponse.Builder().code(415).build();
                }
                byte[] reply = nca.timestampResponse(request.getBody().toByteArray());
                return new MockResponse.Builder()
                        .addHeader("Content-Type", "application/timestamp-reply")
                        .body(new Buffer().write(reply))
                        .build();
            }
        });
        tsa.start();
    }

    @AfterEach
    void stop() {
        tsa.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    @Test
    void addTimestamp_overOkHttp_givesACmsWhoseTimestampVerifies() {
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("850304300125"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        byte[] content = "Апелляционная жалоба".getBytes(StandardCharsets.UTF_8);
        CmsVerifier verifier =
                CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build();
        TsaClient tsaClient = TsaClient.builder()
                .uri(URI.create(tsa.url("/tsp/").toString()))
                .transport(OkHttpPkiTransport.of(client))
                .verifier(verifier)
                .build();

        byte[] timestamped = Cms.addTimestamp(Cms.signDetached(key, content), tsaClient);

        VerificationReport report = verifier.verifyDetached(timestamped, content);
        assertThat(report.problems()).isEmpty();
        assertThat(tsa.getRequestCount()).isEqualTo(1);
        assertThat(timestamped.length).isGreaterThan(Cms.signDetached(key, content).length + 500);
    }

    @Test
    void answerOverTheCap_isRefused() {
        tsa.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .body(new Buffer().write(new byte[2048]))
                        .build();
            }
        });
        OkHttpPkiTransport transport = OkHttpPkiTransport.of(client, 1024);

        assertThatThrownBy(() -> transport.get(URI.create(tsa.url("/crl").toString())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exceeds 1024 bytes");
    }

    @Test
    void errorStatus_isAnIoException() {
        tsa.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(503).build();
            }
        });
        assertThatThrownBy(() -> OkHttpPkiTransport.of(client)
                        .post(URI.create(tsa.url("/ocsp").toString()), "application/ocsp-request", new byte[] {1}))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("HTTP 503");
    }
}
