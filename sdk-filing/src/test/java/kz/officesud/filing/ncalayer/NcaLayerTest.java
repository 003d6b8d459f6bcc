package kz.officesud.filing.ncalayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import kz.officesud.core.model.Iin;
import kz.officesud.filing.ncalayer.NcaLayerException.Reason;
import kz.officesud.filing.testing.FakeNcaLayer;
import kz.officesud.filing.testing.FakeNcaLayer.Mode;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The NCALayer client against a fake NCALayer that speaks its protocol over wss on loopback. */
class NcaLayerTest {
    private static final Iin IIN = Iin.ofUnverified("123456789011");
    private static final byte[] MANIFEST = "{\"version\":2}".getBytes(StandardCharsets.UTF_8);

    private TestNca nca;
    private NcaKey key;
    private FakeNcaLayer fake;
    private NcaLayer ncaLayer;

    @BeforeEach
    void start() throws Exception {
        nca = TestNca.generate();
        key = nca.issueIndividual(IIN, "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        fake = new FakeNcaLayer(key);
        ncaLayer = NcaLayer.builder()
                .address(fake.address())
                .trust(fake.certificate())
                .timeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void stop() throws Exception {
        ncaLayer.close();
        fake.close();
    }

    @Test
    void version_isNcaLayersGreeting() {
        assertThat(ncaLayer.version()).isEqualTo("1.4");
    }

    @Test
    void signCms_asksBasicsForADetachedCmsByASigningKeyOfTheUser_andReturnsItsDer() {
        byte[] cms = ncaLayer.signCms(MANIFEST, SignRequest.signing().withIin(IIN));

        VerificationReport report =
                CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build().verifyDetached(cms, MANIFEST);
        assertThat(report.valid()).as(report.toString()).isTrue();
        var request = fake.requests().get(0);
        assertThat(request.path("module").asText()).isEqualTo("kz.gov.pki.knca.basics");
        assertThat(request.path("method").asText()).isEqualTo("sign");
        var args = request.path("args");
        assertThat(args.path("format").asText()).isEqualTo("cms");
        assertThat(args.path("signingParams").path("encapsulate").asBoolean()).isFalse();
        assertThat(args.path("signingParams").path("decode").asBoolean()).isTrue();
        assertThat(args.path("signerParams").path("iin").asText()).isEqualTo("123456789011");
        assertThat(args.path("signerParams").path("extKeyUsageOids").get(0).asText())
                .isEqualTo("1.3.6.1.5.5.7.3.4");
        assertThat(args.path("locale").asText()).isEqualTo("ru");
    }

    @Test
    void signCms_ofAnOlderNcaLayerWithoutBasics_fallsBackToCommonUtils() {
        fake.mode(Mode.NO_BASICS);

        byte[] cms = ncaLayer.signCms(MANIFEST, SignRequest.signing().withPurpose(KeyPurpose.AUTHENTICATION));

        assertThat(cms[0]).isEqualTo((byte) 0x30);
        assertThat(fake.requests())
                .extracting(
                        r -> r.path("module").asText() + "." + r.path("method").asText())
                .containsExactly("kz.gov.pki.knca.basics.sign", "kz.gov.pki.knca.commonUtils.createCAdESFromBase64");
        assertThat(fake.requests().get(1).path("args").get(1).asText()).isEqualTo("AUTHENTICATION");
    }

    @Test
    void signXml_returnsTheEnvelopedSignature() {
        String signed = ncaLayer.signXml("<login><nonce>42</nonce></login>", SignRequest.signing());

        assertThat(signed).contains("<nonce>42</nonce>").contains("SignatureValue");
        assertThat(CmsVerifier.builder()
                        .trustAnchors(nca.trustAnchors())
                        .build()
                        .verifyXml(signed.getBytes(StandardCharsets.UTF_8))
                        .valid())
                .isTrue();
    }

    @Test
    void theUsersCancel_isCancelledByUser_inBothModules() {
        fake.mode(Mode.CANCEL);

        assertThatThrownBy(() -> ncaLayer.signCms(MANIFEST, SignRequest.signing()))
                .isInstanceOfSatisfying(NcaLayerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CANCELLED_BY_USER);
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void ncaLayersRefusal_carriesItsCodeAndMessage() {
        fake.mode(Mode.REFUSE);

        assertThatThrownBy(() -> ncaLayer.signCms(MANIFEST, SignRequest.signing()))
                .isInstanceOfSatisfying(NcaLayerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REFUSED);
                    assertThat(e.code()).contains("SIGNING_FAILURE");
                    assertThat(e.getMessage()).contains("key is expired");
                });
    }

    @Test
    void somethingThatIsNotACms_isAProtocolError() {
        fake.mode(Mode.NOT_A_CMS);

        assertThatThrownBy(() -> ncaLayer.signCms(MANIFEST, SignRequest.signing()))
                .isInstanceOfSatisfying(
                        NcaLayerException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PROTOCOL));
    }

    @Test
    void aConnectionClosedWithoutAnAnswer_isAProtocolError() {
        fake.mode(Mode.CLOSE);

        assertThatThrownBy(() -> ncaLayer.signCms(MANIFEST, SignRequest.signing()))
                .isInstanceOfSatisfying(NcaLayerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.PROTOCOL);
                    assertThat(e.getMessage()).contains("without answering");
                });
    }

    @Test
    void noAnswerInTime_isATimeOut() {
        fake.mode(Mode.SILENT);
        try (NcaLayer impatient = NcaLayer.builder()
                .address(fake.address())
                .trust(fake.certificate())
                .timeout(Duration.ofMillis(500))
                .build()) {
            assertThatThrownBy(() -> impatient.signCms(MANIFEST, SignRequest.signing()))
                    .isInstanceOfSatisfying(NcaLayerException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                        assertThat(e.retryable()).isTrue();
                    });
        }
    }

    @Test
    void cancellingTheFuture_closesTheConnection() throws Exception {
        fake.mode(Mode.SILENT);
        CompletableFuture<byte[]> future = ncaLayer.signCmsAsync(MANIFEST, SignRequest.signing());
        while (fake.requests().isEmpty()) {
            Thread.sleep(10);
        }

        future.cancel(true);

        assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    }

    @Test
    void ncaLayerNotRunning_isNotRunning_andRetryable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (NcaLayer absent = NcaLayer.builder()
                .address(URI.create("wss://127.0.0.1:" + port + "/"))
                .build()) {
            assertThatThrownBy(absent::version).isInstanceOfSatisfying(NcaLayerException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.NOT_RUNNING);
                assertThat(e.retryable()).isTrue();
            });
        }
    }

    @Test
    void anUnpinnedNcaLayerCertificate_isNotTrusted() {
        try (NcaLayer untrusting = NcaLayer.builder().address(fake.address()).build()) {
            assertThatThrownBy(untrusting::version)
                    .isInstanceOfSatisfying(NcaLayerException.class, e -> assertThat(e.getMessage())
                            .contains("not trusted"));
        }
    }

    @Test
    void onlyALoopbackAddress_isAccepted() {
        assertThatThrownBy(() -> NcaLayer.builder()
                        .address(URI.create("wss://ncalayer.example.kz:13579/"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> NcaLayer.builder()
                        .address(URI.create("https://127.0.0.1:13579/"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
