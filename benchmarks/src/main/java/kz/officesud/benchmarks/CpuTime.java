package kz.officesud.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import kz.officesud.benchmarks.signing.DigestBenchmark;
import kz.officesud.benchmarks.signing.SigningBenchmark;
import kz.officesud.signing.KeyAlgorithm;

/**
 * The signing benchmarks' operations timed by the thread's CPU time instead of the wall clock: on a machine
 * shared with other builds, JMH's wall-clock figures carry the waits for a core, this does not (it still
 * carries what sharing does to caches). Same setup code as the JMH classes; five rounds after a warm-up,
 * the median and the range printed. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar kz.officesud.benchmarks.CpuTime}.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {}

    public static void main(String[] args) throws Exception {
        for (DigestBenchmark.Algorithm algorithm : DigestBenchmark.Algorithm.values()) {
            DigestBenchmark digests = new DigestBenchmark();
            digests.algorithm = algorithm;
            digests.size = 1 << 20;
            digests.setUp();
            throughput(algorithm + " officesud", digests::officesud);
            throughput(algorithm + " Bouncy Castle", digests::bouncyCastle);
        }
        for (KeyAlgorithm algorithm : new KeyAlgorithm[] {KeyAlgorithm.GOST_2015_512, KeyAlgorithm.GOST_2004}) {
            SigningBenchmark signing = new SigningBenchmark();
            signing.algorithm = algorithm;
            signing.size = 1024;
            signing.setUp();
            perOperation(algorithm + " 1 KB digest", signing::digest);
            perOperation(algorithm + " 1 KB signDetached", signing::signDetached);
            perOperation(algorithm + " 1 KB verifyDetached", signing::verifyDetached);
            perOperation(algorithm + " 1 KB verifyDetachedWithCrl", signing::verifyDetachedWithCrl);
            perOperation(algorithm + " 1 KB verifyDetachedUncached", signing::verifyDetachedUncached);
        }
    }

    private interface Operation {
        Object run() throws Exception;
    }

    /** MB (10^6 bytes) per CPU second of a 1 MiB digest. */
    private static void throughput(String name, Operation operation) throws Exception {
        double[] seconds = rounds(operation, 16);
        print(
                name,
                () -> String.format(
                        Locale.ROOT,
                        "%.1f MB/s (%.1f-%.1f)",
                        1.048576 / median(seconds),
                        1.048576 / seconds[seconds.length - 1],
                        1.048576 / seconds[0]));
    }

    /** CPU milliseconds per operation. */
    private static void perOperation(String name, Operation operation) throws Exception {
        double[] seconds = rounds(operation, 400);
        print(
                name,
                () -> String.format(
                        Locale.ROOT,
                        "%.3f ms (%.3f-%.3f)",
                        1000 * median(seconds),
                        1000 * seconds[0],
                        1000 * seconds[seconds.length - 1]));
    }

    /** Seconds of CPU per operation in each of five rounds (after as many warm-up rounds), sorted. */
    private static double[] rounds(Operation operation, int perRound) throws Exception {
        double[] seconds = new double[5];
        for (int round = -5; round < seconds.length; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                operation.run();
            }
            if (round >= 0) {
                seconds[round] = (THREADS.getCurrentThreadCpuTime() - start) / 1e9 / perRound;
            }
        }
        Arrays.sort(seconds);
        return seconds;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    @SuppressWarnings("SystemOut")
    private static void print(String name, Supplier<String> figure) {
        System.out.println(String.format(Locale.ROOT, "%-48s %s", name, figure.get()));
    }
}
