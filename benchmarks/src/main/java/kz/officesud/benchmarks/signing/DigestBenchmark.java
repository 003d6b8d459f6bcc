package kz.officesud.benchmarks.signing;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import kz.officesud.signing.internal.Gost34311;
import kz.officesud.signing.internal.Streebog;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_512Digest;
import org.bouncycastle.crypto.engines.GOST28147Engine;
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
 * The GOST digests the SDK computes for every GOST signature, its own implementations (the ones
 * {@code Digests} hands out to signing, verifying, CRLs, OCSP, manifests) beside Bouncy Castle's, on the
 * same bytes held in memory: Streebog-512 and Streebog-256 (GOST R 34.11-2012, the GOST-2015 keys') and
 * GOST 34.311-95 with the S-box Kalkan uses (the GOST-2004 keys'). Target: Streebog-512 at least twice Bouncy
 * Castle's throughput. Both sides get the whole array in one {@code update} and one {@code doFinal} per
 * operation, reusing one digest object.
 *
 * <p>The only benchmark that reaches into {@code kz.officesud.signing.internal}: the digests have no public
 * face of their own ({@code Cms.digest} streams through them, see {@link SigningBenchmark#digest}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DigestBenchmark {
    /** The digest: its name here, and each side's implementation. */
    public enum Algorithm {
        STREEBOG_512,
        STREEBOG_256,
        GOST_34311_95;

        Digest officesud() {
            return switch (this) {
                case STREEBOG_512 -> Streebog.streebog512();
                case STREEBOG_256 -> Streebog.streebog256();
                case GOST_34311_95 -> Gost34311.kalkan();
            };
        }

        Digest bouncyCastle() {
            return switch (this) {
                case STREEBOG_512 -> new GOST3411_2012_512Digest();
                case STREEBOG_256 -> new GOST3411_2012_256Digest();
                case GOST_34311_95 -> new GOST3411Digest(GOST28147Engine.getSBox("D-TEST"));
            };
        }
    }

    @Param({"STREEBOG_512", "STREEBOG_256", "GOST_34311_95"})
    public Algorithm algorithm;

    /** 1 MiB (throughput) and 1 KiB (a form, signed attributes: the per-call overhead shows). */
    @Param({"1048576", "1024"})
    public int size;

    private byte[] data;
    private Digest officesud;
    private Digest bouncyCastle;
    private byte[] out;

    @Setup(Level.Trial)
    public void setUp() {
        data = new byte[size];
        new SplittableRandom(11).nextBytes(data);
        officesud = algorithm.officesud();
        bouncyCastle = algorithm.bouncyCastle();
        out = new byte[officesud.getDigestSize()];
        byte[] theirs = new byte[bouncyCastle.getDigestSize()];
        officesud.update(data, 0, data.length);
        officesud.doFinal(out, 0);
        bouncyCastle.update(data, 0, data.length);
        bouncyCastle.doFinal(theirs, 0);
        if (!java.util.Arrays.equals(out, theirs)) {
            throw new IllegalStateException(algorithm + ": the two implementations disagree");
        }
    }

    @Benchmark
    public byte[] officesud() {
        officesud.update(data, 0, data.length);
        officesud.doFinal(out, 0);
        return out;
    }

    @Benchmark
    public byte[] bouncyCastle() {
        bouncyCastle.update(data, 0, data.length);
        bouncyCastle.doFinal(out, 0);
        return out;
    }
}
