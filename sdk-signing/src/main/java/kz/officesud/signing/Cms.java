package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import kz.officesud.signing.internal.CmsEncoder;

/**
 * CMS (PKCS#7) signatures as the NCA's Kalkan makes them: {@code SignedData} version 1, the signer
 * identified by issuer and serial number, the signer's certificate embedded, and the signed attributes
 * contentType, signingTime, signingCertificateV2 and messageDigest, in DER.
 *
 * <pre>{@code
 * try (NcaKeyStore store = NcaKeyStore.open(Path.of("individual.p12"), password)) {
 *     byte[] signature = Cms.signDetached(store.signingKey(), Path.of("claim.pdf"));
 * }
 * }</pre>
 *
 * <p>Detached signatures stream their content: a 20 MB document is read once, in 64 KiB blocks, and
 * never held in memory. Thread-safe (stateless); {@link CmsVerifier} checks what this class makes.
 */
public final class Cms {
    private Cms() {}

    /**
     * A detached CMS over {@code content}, read to its end (the caller closes the stream), signed now.
     *
     * @throws SigningException if the content cannot be read or the key cannot sign
     */
    public static byte[] signDetached(NcaSigner signer, InputStream content) {
        return signDetached(signer, content, Instant.now());
    }

    /** A detached CMS over {@code content} whose signingTime attribute is {@code signingTime}. */
    public static byte[] signDetached(NcaSigner signer, InputStream content, Instant signingTime) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(content, "content");
        try {
            return CmsEncoder.sign(signer, content, null, time(signingTime));
        } catch (IOException e) {
            throw new SigningException("cannot read the content to sign", e);
        }
    }

    /** A detached CMS over the file's bytes, streamed. */
    public static byte[] signDetached(NcaSigner signer, Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return signDetached(signer, in);
        } catch (IOException e) {
            throw new SigningException("cannot read " + file.getFileName() + " to sign it", e);
        }
    }

    /** A detached CMS over {@code content}. */
    public static byte[] signDetached(NcaSigner signer, byte[] content) {
        Objects.requireNonNull(content, "content");
        return signDetached(signer, new java.io.ByteArrayInputStream(content));
    }

    /**
     * A CMS that carries {@code content} inside it (Kalkan's "attached" signature, used for short
     * texts such as an authentication challenge or an XML form).
     */
    public static byte[] signAttached(NcaSigner signer, byte[] content) {
        return signAttached(signer, content, Instant.now());
    }

    public static byte[] signAttached(NcaSigner signer, byte[] content, Instant signingTime) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(content, "content");
        try {
            return CmsEncoder.sign(signer, new java.io.ByteArrayInputStream(content), content, time(signingTime));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }

    private static Instant time(Instant signingTime) {
        // UTCTime has whole seconds; truncating here keeps the attribute and the report equal.
        return Objects.requireNonNull(signingTime, "signingTime").truncatedTo(ChronoUnit.SECONDS);
    }
}
