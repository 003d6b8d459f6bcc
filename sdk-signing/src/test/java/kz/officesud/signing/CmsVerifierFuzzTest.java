package kz.officesud.signing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Fuzzes CMS verification ({@link CmsVerifier#verifyAttached}, {@link CmsVerifier#verifyDetached} over the seeds'
 * content, {@link CmsVerifier#verifyTimestamp}): a bad signature is a report with typed problems, never an exception.
 * The verifier trusts the test NCAs that made the seeds ({@link FuzzFixture}).
 *
 * <p>A report a boundary gave because a parser threw is {@linkplain FuzzFixture#notice(VerificationReport)
 * noticed}. The input: byte 0 picks the check ({@code % 3}), the rest is the signature.
 */
class CmsVerifierFuzzTest {
    @FuzzTest
    void verify(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] signature = Arrays.copyOfRange(input, 1, input.length);
        VerificationReport report =
                switch ((input[0] & 0xFF) % 3) {
                    case 0 -> FuzzFixture.VERIFIER.verifyAttached(signature);
                    case 1 -> FuzzFixture.VERIFIER.verifyDetached(signature, FuzzFixture.CONTENT);
                    default -> FuzzFixture.VERIFIER.verifyTimestamp(signature, FuzzFixture.CONTENT);
                };
        FuzzFixture.read(report);
    }
}
