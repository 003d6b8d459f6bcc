package kz.officesud.signing;

import kz.officesud.core.model.Iin;
import kz.officesud.signing.testnca.TestNca;

/** A fresh GOST-2015 test NCA, an individual's signing key from it, and a verifier that trusts it. */
record TestSigner(TestNca nca, NcaKey key, CmsVerifier verifier) {

    /** ТЕСТОВ ТЕСТ ТЕСТОВИЧ, IIN 123456789011 (the NCA's own test identity). */
    static TestSigner individual() {
        TestNca nca = TestNca.generate();
        NcaKey key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        return new TestSigner(
                nca, key, CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build());
    }
}
