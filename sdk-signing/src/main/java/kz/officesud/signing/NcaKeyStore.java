package kz.officesud.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.signing.NcaKeyException.Reason;
import kz.officesud.signing.internal.ParserFault;
import kz.officesud.signing.internal.Pkcs12;

/**
 * An NCA key file (PKCS#12, {@code .p12}) opened with its password: GOST R 34.10-2015 512-bit keys, and
 * the previous generation's RSA and GOST 34.310-2004 keys.
 *
 * <pre>{@code
 * char[] password = ...;
 * try (NcaKeyStore store = NcaKeyStore.open(Path.of("individual_valid.p12"), password)) {
 *     byte[] cms = Cms.signDetached(store.signingKey(), content);
 * } finally {
 *     Arrays.fill(password, '\0');
 * }
 * }</pre>
 *
 * <p>The password is used while opening and never kept; the caller wipes it. Closing the store makes
 * its keys unusable.
 */
public final class NcaKeyStore implements AutoCloseable {
    /** Key files are a few kilobytes; anything far larger is not one. */
    private static final int MAX_SIZE = 1 << 20;

    private final String displayName;
    private final List<NcaKey> keys;
    private volatile boolean closed;

    private NcaKeyStore(String displayName, List<NcaKey> keys) {
        this.displayName = displayName;
        this.keys = List.copyOf(keys);
    }

    /**
     * Opens a key file.
     *
     * @throws NcaKeyException {@code WRONG_PASSWORD}, {@code CORRUPT_FILE}, {@code UNSUPPORTED_ALGORITHM},
     *     {@code NO_KEY}, {@code NOT_FOUND} (no such file) or {@code IO_ERROR}
     */
    public static NcaKeyStore open(Path p12, char[] password) {
        Objects.requireNonNull(p12, "p12");
        Objects.requireNonNull(password, "password");
        Path fileName = p12.getFileName();
        String displayName = fileName == null ? p12.toString() : fileName.toString();
        try (InputStream in = Files.newInputStream(p12)) {
            return open(in, password, displayName);
        } catch (NoSuchFileException e) {
            throw new NcaKeyException(Reason.NOT_FOUND, "no key file " + p12, e);
        } catch (IOException e) {
            throw new NcaKeyException(Reason.IO_ERROR, "cannot read " + displayName, e);
        }
    }

    /**
     * Opens a key file from a stream (read to its end; not closed). A file that breaks a reader in a way no check
     * foresaw is {@code CORRUPT_FILE} too; what was thrown is the exception's cause, and no message names the
     * password or the key.
     *
     * @param displayName how messages name the file, e.g. its file name
     */
    public static NcaKeyStore open(InputStream in, char[] password, String displayName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(displayName, "displayName");
        byte[] data;
        try {
            data = in.readNBytes(MAX_SIZE + 1);
        } catch (IOException e) {
            throw new NcaKeyException(Reason.IO_ERROR, "cannot read " + displayName, e);
        }
        if (data.length > MAX_SIZE) {
            throw new NcaKeyException(Reason.CORRUPT_FILE, displayName + " is too large to be a key file");
        }
        List<NcaKey> keys = new ArrayList<>();
        try {
            for (Pkcs12.Entry entry : Pkcs12.read(data, password, displayName)) {
                keys.add(new NcaKey(entry.alias(), entry.key(), entry.chain()));
            }
        } catch (RuntimeException e) {
            // the boundary: a reader's unchecked exception no check foresaw (an NcaKeyException passes as it is)
            ParserFault fault = ParserFault.of("NcaKeyStore.open", e);
            throw new NcaKeyException(Reason.CORRUPT_FILE, fault.describe(displayName), fault);
        }
        return new NcaKeyStore(displayName, keys);
    }

    /** The name messages use for the file. */
    public String displayName() {
        return displayName;
    }

    /** Every key in the file (NCA files hold one). */
    public List<NcaKey> keys() {
        checkOpen();
        return keys;
    }

    /**
     * The key certified for signing documents.
     *
     * @throws NcaKeyException {@code NO_KEY} if the file holds only an authentication key
     */
    public NcaKey signingKey() {
        return keyFor(KeyPurpose.SIGNING);
    }

    /**
     * The key certified for authentication.
     *
     * @throws NcaKeyException {@code NO_KEY} if the file holds only a signing key
     */
    public NcaKey authenticationKey() {
        return keyFor(KeyPurpose.AUTHENTICATION);
    }

    /**
     * The key with this alias (the NCA uses the certificate's subject key identifier in hex).
     *
     * @throws NcaKeyException {@code NOT_FOUND}
     */
    public NcaKey key(String alias) {
        Objects.requireNonNull(alias, "alias");
        checkOpen();
        return keys.stream()
                .filter(k -> k.alias().equalsIgnoreCase(alias))
                .findFirst()
                .orElseThrow(() -> new NcaKeyException(Reason.NOT_FOUND, displayName + " holds no key " + alias));
    }

    private NcaKey keyFor(KeyPurpose purpose) {
        checkOpen();
        return keys.stream()
                .filter(k -> k.profile().purposes().contains(purpose))
                .findFirst()
                .orElseThrow(() -> new NcaKeyException(
                        Reason.NO_KEY,
                        displayName + " holds no " + purpose.name().toLowerCase(java.util.Locale.ROOT) + " key"));
    }

    private void checkOpen() {
        if (closed) {
            throw new NcaKeyException(Reason.CLOSED, displayName + " is closed");
        }
    }

    /** Forgets the keys; signing with them afterwards fails with {@code CLOSED}. */
    @Override
    public void close() {
        closed = true;
        keys.forEach(NcaKey::destroy);
    }

    @Override
    public String toString() {
        return "NcaKeyStore[" + displayName + ", " + keys.size() + " key(s)" + (closed ? ", closed" : "") + "]";
    }
}
