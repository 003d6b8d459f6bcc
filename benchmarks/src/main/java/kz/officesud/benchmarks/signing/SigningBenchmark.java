package kz.officesud.benchmarks.signing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.Cms;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.KeyAlgorithm;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.VerificationReport;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sign and verify 1 KB and 20 MB detached CMS with GOST-2015-512 and RSA-2048, each beside the
 * bare digest of the same bytes (Streebog-512 and SHA-256, streamed the way {@link Cms} streams).
 * Target: signing 20 MB costs at most 1.1x digesting it.
 *
 * <p>Keys come from a {@link TestNca} of the benchmarked generation (GOST-2015-512, GOST 34.310-2004 or
 * RSA-2048), so the benchmark needs no outside material; the cryptography is the same as with the NCA's keys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SigningBenchmark {
    @Param({"GOST_2015_512", "GOST_2004", "RSA"})
    public KeyAlgorithm algorithm;

    @Param({"1024", "20971520"})
    public int size;

    private byte[] content;
    private NcaKey key;
    private CmsVerifier verifier;
    private byte[] signature;
    private String jcaDigest;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        content = new byte[size];
        new SplittableRandom(42).nextBytes(content);
        TestNca nca = TestNca.generate(algorithm);
        key = nca.issueIndividual(Iin.ofUnverified("123456789011"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        verifier = CmsVerifier.builder().trustAnchors(nca.trustAnchors()).build();
        jcaDigest = algorithm == KeyAlgorithm.RSA ? "SHA-256" : null;
        signature = Cms.signDetached(key, content);
        VerificationReport report = verifier.verifyDetached(signature, content);
        if (!report.valid()) {
            throw new IllegalStateException("benchmark signature does not verify: " + report);
        }
    }

    /** The bare digest, streamed in 64 KiB blocks like the signer: the floor signing is compared with. */
    @Benchmark
    public byte[] digest() throws Exception {
        return Cms.digest(algorithm, new ByteArrayInputStream(content));
    }

    /** For reference: the JDK's own SHA-256 over the array (RSA only; GOST has no JDK digest). */
    @Benchmark
    public byte[] digestJdk() throws Exception {
        if (jcaDigest == null) {
            return Cms.digest(algorithm, new ByteArrayInputStream(content));
        }
        MessageDigest digest = MessageDigest.getInstance(jcaDigest);
        try (InputStream in = new ByteArrayInputStream(content)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    @Benchmark
    public byte[] signDetached() {
        return Cms.signDetached(key, new ByteArrayInputStream(content));
    }

    @Benchmark
    public VerificationReport verifyDetached() {
        return verifier.verifyDetached(signature, content);
    }
}
