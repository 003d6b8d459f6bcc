package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the signing fuzz targets share: the content their seed signatures sign, and a verifier that trusts the test
 * NCAs that made the seeds ({@code fuzz-anchors.pem}, written by {@link FuzzSeeds} beside them), at a fixed time,
 * so that the fuzzer starts from signatures that hold and explores every check, not only the first refusal.
 */
public final class FuzzFixture {
    /** The content of every detached seed signature. */
    public static final byte[] CONTENT = "Исковое заявление о взыскании задолженности".getBytes(StandardCharsets.UTF_8);
    /** Inside the seed certificates' validity. */
    public static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");
    /** The class-path resource of the seeds' trust anchors. */
    public static final String ANCHORS = "/kz/officesud/signing/fuzz-anchors.pem";

    public static final TrustAnchors TRUST = anchors();
    static final CmsVerifier VERIFIER = CmsVerifier.builder()
            .trustAnchors(TRUST)
            .tsaTrustAnchors(TRUST)
            .validationTime(AT)
            .build();
    private static final Path FILE;

    static {
        try {
            Path dir = Files.createTempDirectory("officesud-fuzz");
            dir.toFile().deleteOnExit();
            FILE = dir.resolve("input.bin");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FuzzFixture() {}

    private static TrustAnchors anchors() {
        try (InputStream in = FuzzFixture.class.getResourceAsStream(ANCHORS)) {
            if (in == null) {
                return TrustAnchors.empty();
            }
            List<X509Certificate> all = PkiInput.certificates(in.readAllBytes());
            return TrustAnchors.of(
                    all.stream().filter(FuzzFixture::selfSigned).toList(),
                    all.stream().filter(c -> !selfSigned(c)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean selfSigned(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    /** {@code bytes} in the one temporary file of this JVM (fuzz targets run one input at a time). */
    public static Path file(byte[] bytes) {
        try {
            return Files.write(FILE, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every part of a report, as a caller would, so that lazily computed parts are computed too. */
    static void read(VerificationReport report) {
        String shown = report.problems().toString() + report.valid();
        for (SignerReport signer : report.signers()) {
            shown += signer.toString();
        }
        Optional<byte[]> content = report.content();
        if (shown.isEmpty() || content == null) {
            throw new AssertionError("a report without its parts");
        }
    }
}
