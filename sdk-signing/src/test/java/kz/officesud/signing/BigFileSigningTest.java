package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Detached signing streams: 200 MB signed and verified by a JVM whose whole heap is 64 MB. */
class BigFileSigningTest {

    @Test
    void detached_200MB_signsAndVerifies_underXmx64m() throws IOException, InterruptedException {
        long size = 200L * 1024 * 1024;

        String output = ForkedJvm.run(BigFileSigningMain.class, "64m", Long.toString(size));

        assertThat(output).contains("signed and verified " + size + " bytes");
    }
}
