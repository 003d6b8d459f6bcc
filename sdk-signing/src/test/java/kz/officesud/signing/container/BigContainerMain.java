package kz.officesud.signing.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.core.model.ContentSource;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.testnca.TestNca;

/**
 * Run in a separate JVM by {@link BigContainerTest} under a small heap: makes a container of {@code args[1]}
 * bytes generated on the fly (incompressible, so the archive is as large), in the folder {@code args[0]},
 * signed with a key of generation {@code args[2]}; verifies it; co-signs it; verifies it again.
 */
public final class BigContainerMain {
    private BigContainerMain() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        TestNca nca = TestNca.generate(KeyAlgorithm.valueOf(args[2]));
        NcaKey first = Containers.individual(nca);
        NcaKey second = Containers.individual(nca);
        Path zip = folder.resolve("big.zip");
        long start = System.nanoTime();

        SignedZip.builder().add("scan.pdf", new Noise(size)).signer(first).writeTo(zip);
        long made = System.nanoTime();
        SignedZipReport report = Containers.verifier(nca).verify(zip);
        long verified = System.nanoTime();
        SignedZip.coSigning(zip).signer(second).writeTo(zip);
        long cosigned = System.nanoTime();
        SignedZipReport twice = Containers.verifier(nca).verify(zip);
        long reverified = System.nanoTime();

        if (!report.valid() || !twice.valid() || twice.signers().size() != 2) {
            throw new IllegalStateException(report + " / " + twice);
        }
        System.out.printf(
                "made, verified, co-signed and verified %d bytes (archive %d bytes): %d / %d / %d / %d ms;"
                        + " max heap %d%n",
                size,
                Files.size(zip),
                (made - start) / 1_000_000,
                (verified - made) / 1_000_000,
                (cosigned - verified) / 1_000_000,
                (reverified - cosigned) / 1_000_000,
                Runtime.getRuntime().maxMemory());
    }

    /** Pseudo-random bytes (xorshift), the same on every {@link #open()}: a scan that deflate cannot shrink. */
    record Noise(long size) implements ContentSource {
        @Override
        public InputStream open() {
            return new InputStream() {
                private long state = 0x9E3779B97F4A7C15L;
                private long remaining = size;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (remaining <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, remaining);
                    for (int i = 0; i < n; i += 8) {
                        state ^= state << 13;
                        state ^= state >>> 7;
                        state ^= state << 17;
                        for (int j = 0; j < 8 && i + j < n; j++) {
                            b[off + i + j] = (byte) (state >>> (8 * j));
                        }
                    }
                    remaining -= n;
                    return n;
                }
            };
        }
    }
}
