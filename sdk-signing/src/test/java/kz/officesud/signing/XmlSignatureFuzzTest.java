package kz.officesud.signing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Fuzzes XMLDSig and WS-Security verification ({@link CmsVerifier#verifyXml}, {@link CmsVerifier#verifyWsSecurity}):
 * the DTD-less parser, the canonicalisation and the signature checks turn any bytes into a report, never an
 * exception.
 *
 * <p>A report a boundary gave because a parser threw is {@linkplain FuzzFixture#notice(VerificationReport)
 * noticed}. The input: byte 0 picks the check (even: XMLDSig, odd: WS-Security), the rest is the document.
 */
class XmlSignatureFuzzTest {
    @FuzzTest
    void verify(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] xml = Arrays.copyOfRange(input, 1, input.length);
        VerificationReport report =
                (input[0] & 1) == 0 ? FuzzFixture.VERIFIER.verifyXml(xml) : FuzzFixture.VERIFIER.verifyWsSecurity(xml);
        FuzzFixture.read(report);
    }
}
