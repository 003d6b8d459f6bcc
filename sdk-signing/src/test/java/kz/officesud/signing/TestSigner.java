package kz.officesud.signing;

import kz.officesud.core.model.Iin;
import kz.officesud.signing.testnca.TestNca;

/** A test NCA, an individual's signing key from it, and a verifier that trusts it. */
record TestSigner(TestNca nca, NcaKey key, CmsVerifier verifier) {

    /** ТЕСТОВ ТЕСТ ТЕСТОВИЧ, IIN 123456789011 (the NCA's own test identity), from a fresh GOST-2015 test NCA. */
    static TestSigner individual() {
        return individual(TestNca.generate());
    }

    /**
     * The same from an RSA test NCA made once per test JVM and shared: an RSA test NCA makes five 2048-bit
     * keys, a second or more each on a loaded machine.
     */
    static TestSigner rsaIndividual() {
        return Rsa.SIGNER;
    }

    private static TestSigner individual(TestNca nca) {
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        return new TestSigner(
                nca, key, CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build());
    }

    /** Holder idiom: generated on first use. */
    private static final class Rsa {
        static final TestSigner SIGNER = individual(TestNca.generate(KeyAlgorithm.RSA));
    }
}
