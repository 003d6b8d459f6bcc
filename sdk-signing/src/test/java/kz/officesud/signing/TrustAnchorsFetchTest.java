package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.Test;

/** Trust anchors from the NCA's official addresses, pinned by SHA-256; and from a KeyStore. */
class TrustAnchorsFetchTest {
    /** Where the official addresses' files are in ../shared (names differ a little). */
    private static final Map<String, String> LOCAL_NAMES = Map.of(
            "root_gost2015_2022.cer", "root_gost_2022.cer",
            "nca_gost.crt", "nca_gost.cer",
            "nca_rsa.crt", "nca_rsa.cer");

    @Test
    void ncaProduction_fetchesEveryPinnedCertificate_rootsAndIssuingCas() {
        Path prod = SharedTestData.nca("ca-certs/prod");

        TrustAnchors anchors = TrustAnchors.ncaProduction(mirror(prod));

        assertThat(anchors.roots()).hasSize(5).allSatisfy(c -> assertThat(TrustAnchors.isPinnedNcaCertificate(c))
                .isTrue());
        assertThat(anchors.intermediates()).hasSize(5);
        assertThat(anchors.roots())
                .extracting(c -> CertificateProfile.of(c).commonName())
                .contains("НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022");
        assertThat(anchors.isTest(anchors.roots().get(0))).isFalse();
    }

    @Test
    void ncaProduction_whenAnAddressServesAnotherCertificate_leavesItOut() {
        Path prod = SharedTestData.nca("ca-certs/prod");
        TestNca impostor = TestNca.generate();
        HttpTransport real = mirror(prod);
        HttpTransport tampered = new HttpTransport() {
            @Override
            public byte[] get(URI uri) throws IOException {
                if (uri.getPath().endsWith("root_gost_2020.cer")) {
                    try {
                        return impostor.root().getEncoded();
                    } catch (java.security.cert.CertificateEncodingException e) {
                        throw new IOException(e);
                    }
                }
                return real.get(uri);
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
                throw new IOException("no POST");
            }
        };

        TrustAnchors anchors = TrustAnchors.ncaProduction(tampered);

        assertThat(anchors.roots()).hasSize(4).doesNotContain(impostor.root());
    }

    @Test
    void ncaProduction_whenNothingMatches_isTypedError() {
        TestNca impostor = TestNca.generate();
        HttpTransport everythingFake = new HttpTransport() {
            @Override
            public byte[] get(URI uri) throws IOException {
                try {
                    return impostor.root().getEncoded();
                } catch (java.security.cert.CertificateEncodingException e) {
                    throw new IOException(e);
                }
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
                throw new IOException("no POST");
            }
        };

        assertThatThrownBy(() -> TrustAnchors.ncaProduction(everythingFake))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("fingerprint mismatch");
    }

    @Test
    void ncaTest_fetchesTheTestRoot_markedTest() {
        Path testRoot = SharedTestData.nca("ncanode-go/root_test_gost_2022.cer");

        TrustAnchors anchors = TrustAnchors.ncaTest(mirror(testRoot.getParent()));

        assertThat(anchors.roots()).hasSize(1);
        assertThat(anchors.isTest(anchors.roots().get(0))).isTrue();
    }

    @Test
    void fromKeyStore_takesRootsAndIntermediates() throws Exception {
        TestNca nca = TestNca.generate();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", nca.root());
        store.setCertificateEntry("intermediate", nca.intermediate());

        TrustAnchors anchors = TrustAnchors.fromKeyStore(store);

        assertThat(anchors.roots()).containsExactly(nca.root());
        assertThat(anchors.intermediates()).containsExactly(nca.intermediate());
        assertThat(TrustAnchors.isPinnedNcaCertificate(nca.root())).isFalse();
    }

    /** Serves each official address from a local folder: nothing leaves the machine. */
    private static HttpTransport mirror(Path folder) {
        return new HttpTransport() {
            @Override
            public byte[] get(URI uri) throws IOException {
                String name = Path.of(uri.getPath()).getFileName().toString();
                Path file = folder.resolve(LOCAL_NAMES.getOrDefault(name, name));
                if (!Files.exists(file)) {
                    throw new IOException("404 " + uri);
                }
                return Files.readAllBytes(file);
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
                throw new IOException("no POST");
            }
        };
    }
}
