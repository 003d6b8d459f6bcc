package kz.officesud.core.contract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Fuzzes the strict reading of a signed manifest ({@link Manifest#parse}): any bytes either are the canonical manifest
 * of this version — written again they are the same bytes, and its content digest is computed — or are refused with a
 * {@link ManifestException} and its reason; never a Jackson or JDK exception.
 */
class ManifestFuzzTest {
    @FuzzTest
    void parse(byte[] input) {
        Manifest manifest;
        try {
            manifest = Manifest.parse(input);
        } catch (ManifestException refused) {
            if (refused.reason() == null) {
                throw new AssertionError("a refusal without a reason", refused);
            }
            return;
        }
        if (!Arrays.equals(manifest.canonicalBytes(), input)) {
            throw new AssertionError("a manifest that reads is not its own canonical bytes");
        }
        manifest.contentDigest();
        manifest.filing().documents();
    }
}
