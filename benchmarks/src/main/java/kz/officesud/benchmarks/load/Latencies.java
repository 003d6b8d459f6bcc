package kz.officesud.benchmarks.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Latencies recorded in nanoseconds, then read as percentiles (nearest rank) in milliseconds. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long value) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = value;
    }

    synchronized int count() {
        return count;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in ms, by nearest rank; 0 when nothing was recorded. */
    synchronized double percentile(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
    }

    synchronized double max() {
        return percentile(100);
    }

    Map<String, Object> summary() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count());
        map.put("p50Ms", round(percentile(50)));
        map.put("p99Ms", round(percentile(99)));
        map.put("maxMs", round(max()));
        return map;
    }

    String line() {
        return String.format(
                Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(50), percentile(99), max());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
