package kz.officesud.signing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * The real NCA test material in {@code ../shared/testdata/nca} (never copied into the project). Tests
 * that use it are skipped when it is absent.
 */
public final class SharedTestData {
    private SharedTestData() {}

    public static final char[] PASSWORD = "Qwerty12".toCharArray();

    /** Inside the validity of the previous generation's test keys (they expired in 2021) and of their CAs. */
    public static final java.time.Instant LEGACY_TIME = java.time.Instant.parse("2020-10-01T00:00:00Z");

    /** A verifier that trusts the NCA's test CAs (marked test) as of {@link #LEGACY_TIME}. */
    public static CmsVerifier legacyVerifier() {
        return CmsVerifier.builder()
                .trustAnchors(TrustAnchors.fromDirectory(nca("ca-certs/test")).asTest())
                .validationTime(LEGACY_TIME)
                .build();
    }

    /** The {@code testdata/nca} folder; skips the calling test when it is absent. */
    public static Path nca() {
        Path shared = Path.of(System.getProperty("officesud.shared.dir", "../../shared"));
        Path nca = shared.resolve("testdata/nca");
        assumeTrue(Files.isDirectory(nca), "NCA test material not found at " + nca.toAbsolutePath());
        return nca;
    }

    public static Path nca(String relative) {
        Path path = nca().resolve(relative);
        assumeTrue(Files.exists(path), "missing " + path);
        return path;
    }

    /** A certificate, DER or PEM. */
    public static X509Certificate certificate(String relative) {
        try (InputStream in = Files.newInputStream(nca(relative))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
