package kz.officesud.signing.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import kz.officesud.signing.ForkedJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Containers stream: 200 MB made, verified, co-signed and verified again by a JVM whose whole heap is 64 MB. */
class BigContainerTest {

    @Test
    void container_200MB_makesVerifiesAndCoSigns_underXmx64m(@TempDir Path folder)
            throws IOException, InterruptedException {
        long size = 200L * 1024 * 1024;

        String output = ForkedJvm.run(BigContainerMain.class, "64m", folder.toString(), Long.toString(size), "RSA");

        assertThat(output).contains("made, verified, co-signed and verified " + size + " bytes");
    }
}
