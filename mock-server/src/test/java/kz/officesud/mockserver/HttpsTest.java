package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standalone, the court serves HTTPS from a configured key store (here one the JDK's keytool makes). */
class HttpsTest {
    private static final char[] PASSWORD = "court-store-pass".toCharArray();

    @TempDir
    Path directory;

    private Path keyStore() throws Exception {
        Path store = directory.resolve("court.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "court",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=ip:127.0.0.1,dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        new String(PASSWORD))
                .redirectErrorStream(true)
                .start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        return store;
    }

    private static HttpClient trusting(Path store) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            trust.load(in, PASSWORD);
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trustManagers.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Test
    void servesHttps_fromTheKeyStore_theApiAndTheControl() throws Exception {
        Path store = keyStore();
        HttpClient client = trusting(store);

        try (ReferenceCourt court =
                ReferenceCourt.builder().https(store, PASSWORD).build().start()) {
            assertThat(court.baseUrl().getScheme()).isEqualTo("https");
            HttpResponse<String> openApi = client.send(
                    HttpRequest.newBuilder(court.baseUrl().resolve("api/v1/openapi.yaml"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(openApi.statusCode()).isEqualTo(200);
            assertThat(openApi.body()).startsWith("openapi: 3.1.0");
            try (HttpCourtControl control = HttpCourtControl.connect(court.baseUrl(), court.controlToken(), client)) {
                assertThat(control.health().status()).isEqualTo("UP");
            }
        }
    }

    @Test
    void fromTheCommandLine_withThePasswordInTheEnvironmentOrAnOption() throws Exception {
        Path store = keyStore();
        ReferenceCourt.Builder builder = ReferenceCourtMain.parse(new String[] {
            "--port", "0", "--in-memory", "--https-keystore", store.toString(), "--https-password", new String(PASSWORD)
        });

        try (ReferenceCourt court = builder.build().start()) {
            assertThat(court.baseUrl().getScheme()).isEqualTo("https");
        }
    }
}
