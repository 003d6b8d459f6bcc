package kz.officesud.signing.container;

import java.util.Objects;

/**
 * A file of a signed ZIP container whose bytes match the manifest.
 *
 * @param name the file's name in the archive (a relative path with {@code /})
 * @param size its length in bytes
 * @param digestMethod the manifest's digest method URI (e.g. {@code
 *     urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512})
 * @param digestValue the digest, in base64 as the manifest writes it
 */
public record ContainerFile(String name, long size, String digestMethod, String digestValue) {

    public ContainerFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digestMethod, "digestMethod");
        Objects.requireNonNull(digestValue, "digestValue");
        if (size < 0) {
            throw new IllegalArgumentException("size cannot be negative: " + size);
        }
    }
}
