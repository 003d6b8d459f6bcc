package kz.officesud.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.OfficesudIoException;

/** A SHA-256 digest, as 64 lowercase hex digits ({@link #hex()}, also {@code toString()}). */
public record Sha256(String hex) {
    static final int BUFFER_SIZE = 16 * 1024;

    public Sha256 {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new InvalidValueException(
                    "sha256.format", Map.of(), "a SHA-256 is 64 lowercase hex digits, got '" + hex + "'");
        }
    }

    /** From 64 hex digits, either case. */
    public static Sha256 ofHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        return new Sha256(hex.toLowerCase(Locale.ROOT));
    }

    /** The digest of {@code bytes}. */
    public static Sha256 of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return ofDigest(newDigest().digest(bytes));
    }

    /** The digest of the content, streamed through a small buffer. */
    public static Sha256 of(ContentSource content) {
        Objects.requireNonNull(content, "content");
        try (InputStream in = content.open()) {
            return of(in);
        } catch (IOException e) {
            throw new OfficesudIoException("cannot read " + content + " to hash it", e);
        }
    }

    /** The digest of the rest of {@code in}, streamed; does not close it. */
    public static Sha256 of(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            digest.update(buffer, 0, n);
        }
        return ofDigest(digest.digest());
    }

    /** The 32 bytes of the digest (a fresh copy). */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    static Sha256 ofDigest(byte[] digest) {
        return new Sha256(HexFormat.of().formatHex(digest));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
