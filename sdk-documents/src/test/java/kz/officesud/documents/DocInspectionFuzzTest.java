package kz.officesud.documents;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Fuzzes {@link DocumentInspector} with files named {@code .doc}, grown from the doc files of the test corpus (the
 * sniffer sees every other format too as the fuzzer changes their first bytes). See {@link InspectionInvariants}.
 */
class DocInspectionFuzzTest {
    @FuzzTest
    void inspect(byte[] input) throws IOException {
        InspectionInvariants.check(input, "fuzz.doc");
    }
}
