package kz.officesud.mockserver;

import java.io.IOException;
import java.util.stream.Stream;
import kz.officesud.core.fuzz.FuzzCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every input of this module's fuzz corpus through its target once more: see {@link FuzzCorpus}. */
class FuzzCorpusTest {
    @TestFactory
    Stream<DynamicNode> everyKeptInput_holdsItsTargetsInvariants() throws IOException {
        return FuzzCorpus.replay();
    }

    /** The JSON endpoints' target keeps one court for the JVM: closed here, as after the target's own class. */
    @AfterAll
    static void closeTheCourt() {
        JsonEndpointsFuzzTest.closeTheCourt();
    }
}
