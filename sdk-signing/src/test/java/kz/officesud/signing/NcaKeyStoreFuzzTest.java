package kz.officesud.signing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * Fuzzes opening a PKCS#12 key file ({@link NcaKeyStore#open(java.io.InputStream, char[], String)}) with the right
 * password and a wrong one, and signing with what it opened: the only failures are an {@link NcaKeyException} (with
 * its reason) and, for a key that cannot sign, a {@link SigningException}.
 *
 * <p>The input: byte 0 picks the password (even: the seeds' own, odd: a wrong one), the rest is the file. A typed
 * answer a boundary gave because a parser or the key's arithmetic threw is {@linkplain FuzzFixture#notice(Throwable)
 * noticed}.
 */
class NcaKeyStoreFuzzTest {
    static final String PASSWORD = "Qwerty12";

    @FuzzTest
    void open(byte[] input) {
        if (input.length == 0) {
            return;
        }
        char[] password = ((input[0] & 1) == 0 ? PASSWORD : "wrong password").toCharArray();
        byte[] file = Arrays.copyOfRange(input, 1, input.length);
        try (NcaKeyStore store = NcaKeyStore.open(new ByteArrayInputStream(file), password, "fuzz.p12")) {
            for (NcaKey key : store.keys()) {
                key.profile().toString();
                try {
                    key.sign(FuzzFixture.CONTENT);
                } catch (SigningException cannotSign) {
                    // a key of the file that cannot sign (an NcaKeyException among others)
                    FuzzFixture.notice(cannotSign);
                }
            }
        } catch (NcaKeyException documented) {
            // the key store's one exception
            FuzzFixture.notice(documented);
        }
    }
}
