package kz.officesud.signing;

import kz.officesud.core.model.Iin;
import kz.officesud.signing.testnca.TestNca;

/**
 * Run in a separate JVM by {@link BigFileSigningTest} under a small heap: signs {@code args[0]} bytes
 * generated on the fly (never in memory, never on disk) and verifies the signature the same way.
 */
public final class BigFileSigningMain {
    private BigFileSigningMain() {}

    public static void main(String[] args) {
        long size = Long.parseLong(args[0]);
        TestNca nca = TestNca.generate();
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("850304300125"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        byte[] cms = Cms.signDetached(key, new CmsTest.RepeatingStream(size));
        VerificationReport report = CmsVerifier.builder()
                .trustAnchors(nca.trustAnchors())
                .build()
                .verifyDetached(cms, new CmsTest.RepeatingStream(size));
        if (!report.valid()) {
            throw new IllegalStateException(report.toString());
        }
        System.out.println("signed and verified " + size + " bytes; max heap "
                + Runtime.getRuntime().maxMemory());
    }
}
