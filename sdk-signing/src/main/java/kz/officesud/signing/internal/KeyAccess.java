package kz.officesud.signing.internal;

import java.security.cert.X509Certificate;
import java.util.List;
import kz.officesud.signing.NcaKey;
import org.jspecify.annotations.Nullable;

/**
 * Lets the module's own packages (the key store reader, the test NCA) create {@link NcaKey}s and reach
 * their key material without making either public API. {@code NcaKey} installs the bridge when its
 * class initializes (the JDK's "shared secrets" pattern).
 */
public final class KeyAccess {
    private KeyAccess() {}

    /** What {@link NcaKey} exposes to the module. */
    public interface Bridge {
        NcaKey newKey(String alias, SigningKey key, List<X509Certificate> chain);

        SigningKey signingKey(NcaKey key);
    }

    private static volatile @Nullable Bridge bridge;

    public static void install(Bridge installed) {
        bridge = installed;
    }

    public static Bridge bridge() {
        Bridge current = bridge;
        if (current == null) {
            try {
                Class.forName(NcaKey.class.getName(), true, NcaKey.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            current = bridge;
            if (current == null) {
                throw new IllegalStateException("NcaKey did not install its bridge");
            }
        }
        return current;
    }
}
