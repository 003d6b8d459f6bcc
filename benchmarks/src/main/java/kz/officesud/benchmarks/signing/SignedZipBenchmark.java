package kz.officesud.benchmarks.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.container.SignedZip;
import kz.officesud.signing.container.SignedZipReport;
import kz.officesud.signing.container.SignedZipVerifier;
import kz.officesud.signing.testnca.TestNca;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signed ZIP containers of one 20 MB file: making one (the file deflated and hashed in one pass, the manifest
 * signed), verifying it (inflated and hashed, the CMS checked with its chain), and co-signing it (the entries
 * copied as they are stored, the files hashed once more to check them). The file is random bytes, as a scanned
 * PDF is to deflate; it is written to a temporary folder, so the figures include the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx128m", "-Xms128m"})
public class SignedZipBenchmark {
    @Param({"GOST_2015_512", "RSA"})
    public KeyAlgorithm algorithm;

    @Param({"20971520"})
    public int size;

    private Path folder;
    private Path file;
    private Path container;
    private NcaKey key;
    private NcaKey coSigner;
    private SignedZipVerifier verifier;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("signed-zip-benchmark");
        byte[] content = new byte[size];
        new SplittableRandom(42).nextBytes(content);
        file = Files.write(folder.resolve("scan.pdf"), content);
        TestNca nca = TestNca.generate(algorithm);
        key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        coSigner = nca.issueIndividual(Iin.ofUnverified("123456789012"), "ЕКІНШІ", "ТЕСТ", "ТЕСТҰЛЫ");
        verifier = SignedZipVerifier.builder()
                .cmsVerifier(
                        CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build())
                .build();
        container = folder.resolve("signed.zip");
        SignedZip.builder().add(file).signer(key).writeTo(container);
        SignedZipReport report = verifier.verify(container);
        if (!report.valid()) {
            throw new IllegalStateException("benchmark container does not verify: " + report);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    @Benchmark
    public Path make() {
        Path target = folder.resolve("made.zip");
        SignedZip.builder().add(file).signer(key).writeTo(target);
        return target;
    }

    @Benchmark
    public SignedZipReport verify() {
        return verifier.verify(container);
    }

    @Benchmark
    public Path coSign() {
        Path target = folder.resolve("cosigned.zip");
        SignedZip.coSigning(container).signer(coSigner).writeTo(target);
        return target;
    }
}
