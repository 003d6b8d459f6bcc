package kz.officesud.signing.container;

import com.code_intelligence.jazzer.junit.FuzzTest;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.FuzzFixture;

/**
 * Fuzzes the signed ZIP container's verifier ({@link SignedZipVerifier#verify}, with its own ZIP reader): any bytes
 * become a report with typed problems, never an exception. The CMS verifier trusts the test NCAs of the seeds
 * ({@link FuzzFixture}); the limits are small, so that bombs are met within a fuzzer's input.
 */
class SignedZipFuzzTest {
    private static final SignedZipVerifier VERIFIER = SignedZipVerifier.builder()
            .cmsVerifier(CmsVerifier.builder()
                    .trustAnchors(FuzzFixture.TRUST)
                    .validationTime(FuzzFixture.AT)
                    .build())
            .limits(new ContainerLimits(100, 1 << 20, 4 << 20, 200, 64 << 10, 64 << 10, 64 << 10))
            .build();

    static {
        SignedZipVerifier.faults = FuzzFixture::notice;
    }

    @FuzzTest
    void verify(byte[] input) {
        SignedZipReport report = VERIFIER.verify(FuzzFixture.file(input));
        report.signatures().forEach(signature -> FuzzFixture.notice(signature.report()));
        String shown = report.problems().toString() + report.files() + report.signers() + report.valid();
        if (shown.isEmpty()) {
            throw new AssertionError("a report without its parts");
        }
    }
}
