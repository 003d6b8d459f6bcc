package kz.officesud.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;

/**
 * The load harness: starts the standalone reference court as a process of its own on loopback and drives it.
 *
 * <ol>
 *   <li><b>filings</b>: signed filings per second — a claim's form and a 100 KB statement PDF, signed with the NCA's
 *       real GOST-2015 test key (read from the shared NCA test material; the scenario is skipped when it is absent),
 *       made and signed before the measured phase; the court verifies each signature and registers each filing before
 *       it answers. Throughput, p50/p99/max latency and failures.
 *   <li><b>uploads</b>: 16 clients upload 20 MB each at once to a court with {@code -Xmx256m}; all must be stored
 *       whole. Time, and the court's peak heap (from its GC log) and peak resident memory.
 * </ol>
 *
 * <p>Bounded: the filings stop at their count or time limit, whichever comes first; every request has a timeout.
 * Run with {@code --help} for the options; {@code docs/benchmarks.md} gives the command and the figures.
 */
public final class LoadHarness {
    private LoadHarness() {}

    private static final String USAGE =
            """
            java -cp benchmarks/target/benchmarks.jar kz.officesud.benchmarks.load.LoadHarness [options]
              --scenario filings|uploads|all   (all)
              --filings N          measured filings (6000)
              --warm-up N          filings sent first, not counted (1000)
              --clients N          concurrent clients (16)
              --rate R             measured phase as an open loop: R filings a second on a fixed schedule,
                                   latency from each one's scheduled start (default: the clients, closed loop)
              --seconds N          time limit of each filing phase (60)
              --statement-bytes N  size of each statement PDF (102400)
              --court-heap SIZE    the filing court's -Xmx (512m)
              --court-cpus LIST    run the court under taskset -c LIST (e.g. 0 or 0-1)
              --court-jvm OPTION   one more JVM option for the court (repeatable; e.g. -XX:StartFlightRecording=...)
              --court-lib DIR      run the court from the jars in DIR (another build, to compare); default: beside this one
              --uploads N          concurrent large uploads (16)
              --upload-mb N        size of each large upload (20)
              --upload-heap SIZE   the upload court's -Xmx (256m)
              --nca DIR            the NCA test material (../shared/testdata/nca)
              --json FILE          also write the results as JSON
              --keep               keep the courts' directories (data, logs, GC logs)
            """;

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> options = parse(args);
        if (options.containsKey("--help")) {
            System.out.println(USAGE);
            return;
        }
        String scenario = one(options, "--scenario", "all");
        Path nca = Path.of(
                one(options, "--nca", System.getProperty("officesud.shared.dir", "../shared") + "/testdata/nca"));
        Path work = Files.createTempDirectory("officesud-load-");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("machine", machine());
        report.put("loadAverageBefore", loadAverage());
        System.out.println("officesud load harness — " + report.get("date"));
        if (options.containsKey("--court-lib")) {
            report.put("courtLib", one(options, "--court-lib", null));
            System.out.println("court from: " + report.get("courtLib"));
        }
        System.out.println("machine: " + report.get("machine") + "; load average " + report.get("loadAverageBefore"));
        report.put("forcedWriteMs", forcedWrites(work));
        System.out.println("this disk: a 1.5 KB file written and forced (fsync), one after another: "
                + report.get("forcedWriteMs"));
        try {
            if (scenario.equals("all") || scenario.equals("filings")) {
                report.put("filings", filings(options, nca, work));
            }
            if (scenario.equals("all") || scenario.equals("uploads")) {
                report.put("uploads", uploads(options, work));
            }
        } finally {
            report.put("loadAverageAfter", loadAverage());
            System.out.println("load average after: " + report.get("loadAverageAfter"));
            if (options.containsKey("--keep")) {
                System.out.println("kept: " + work);
            } else {
                delete(work);
            }
        }
        String json = one(options, "--json", null);
        if (json != null) {
            ObjectMapper mapper = OfficesudJson.newMapper();
            Files.write(Path.of(json), mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
            System.out.println("JSON: " + json);
        }
        boolean failed = report.values().stream()
                .anyMatch(v -> v instanceof Map<?, ?> m && m.get("failures") instanceof Number f && f.intValue() > 0);
        System.exit(failed ? 1 : 0);
    }

    private static Map<String, Object> filings(Map<String, List<String>> options, Path nca, Path work)
            throws Exception {
        Path p12 = nca.resolve("ncanode-go/individual/valid/individual_valid.p12");
        Path testCas = nca.resolve("ca-certs/test");
        if (!Files.isRegularFile(p12) || !Files.isDirectory(testCas)) {
            System.out.println("filings: SKIPPED — the NCA test material is absent (" + nca.toAbsolutePath() + ")");
            return Map.of("skipped", "NCA test material absent");
        }
        FilingLoad.Settings settings = new FilingLoad.Settings(
                integer(options, "--filings", 6000),
                integer(options, "--warm-up", 1000),
                integer(options, "--clients", 16),
                Duration.ofSeconds(integer(options, "--seconds", 60)),
                integer(options, "--statement-bytes", 100 * 1024),
                Double.parseDouble(one(options, "--rate", "0")));
        String heap = one(options, "--court-heap", "512m");
        String cpus = one(options, "--court-cpus", null);
        System.out.printf(
                Locale.ROOT,
                "filings: court -Xmx%s%s, clerk immediate, %d clients%s, %,d warm-up + %,d measured filings, at most %d s a phase%n",
                heap,
                cpus == null ? "" : ", taskset -c " + cpus,
                settings.clients(),
                settings.rate() > 0 ? " (warm-up), then " + settings.rate() + " filings/s offered" : "",
                settings.warmUp(),
                settings.filings(),
                settings.limit().toSeconds());
        try (NcaKeyStore store = NcaKeyStore.open(p12, "Qwerty12".toCharArray())) {
            NcaKey key = store.signingKey();
            List<String> courtOptions = List.of("--clerk", "immediate", "--test-trust-dir", testCas.toString());
            StandaloneCourt court = StandaloneCourt.start(new StandaloneCourt.Settings(
                    heap,
                    cpus,
                    options.getOrDefault("--court-jvm", List.of()),
                    courtOptions,
                    work.resolve("filings"),
                    libraries(options)));
            Map<String, Object> result;
            try {
                result = new FilingLoad(settings, court, key).run(work);
                result.put("courtHeap", heap);
                result.put("courtCpus", cpus == null ? "all" : cpus);
                result.put("courtPeakRssMb", mb(court.peakRss()));
            } finally {
                court.close();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> filing = (Map<String, Object>) result.get("filing");
            System.out.printf(
                    Locale.ROOT,
                    "filings: %,d registered in %.1f s = %.0f filings/s; per filing (upload + submission) p50 %s ms, p99 %s ms, max %s ms; %d failures%n",
                    ((Number) result.get("registered")).intValue(),
                    ((Number) result.get("seconds")).doubleValue(),
                    ((Number) result.get("filingsPerSecond")).doubleValue(),
                    filing.get("p50Ms"),
                    filing.get("p99Ms"),
                    filing.get("maxMs"),
                    ((Number) result.get("failures")).intValue());
            System.out.println("  upload " + result.get("upload") + "; submission " + result.get("submission")
                    + "; the court's CPU time per filing " + result.get("courtCpuMsPerFiling") + " ms");
            if (!((List<?>) result.get("firstFailures")).isEmpty()) {
                System.out.println("  first failures: " + result.get("firstFailures"));
            }
            return result;
        }
    }

    private static Map<String, Object> uploads(Map<String, List<String>> options, Path work) throws Exception {
        int count = integer(options, "--uploads", 16);
        int megabytes = integer(options, "--upload-mb", 20);
        String heap = one(options, "--upload-heap", "256m");
        String cpus = one(options, "--court-cpus", null);
        System.out.printf(Locale.ROOT, "uploads: %d × %d MB at once, court -Xmx%s%n", count, megabytes, heap);
        StandaloneCourt court = StandaloneCourt.start(new StandaloneCourt.Settings(
                heap,
                cpus,
                options.getOrDefault("--court-jvm", List.of()),
                List.of(),
                work.resolve("uploads"),
                libraries(options)));
        Map<String, Object> result;
        try {
            result = new UploadLoad(court, count, megabytes).run();
            result.put("courtHeap", heap);
            result.put("courtPeakRssMb", mb(court.peakRss()));
        } finally {
            court.close();
        }
        result.put("courtPeakHeapBeforeGcMb", mb(court.peakHeapBeforeGc()));
        result.put("courtCollections", court.collections());
        result.put("courtOutOfMemory", court.outOfMemory());
        System.out.printf(
                Locale.ROOT,
                "uploads: %d of %d stored whole in %.1f s (%.0f MB/s); court peak heap %s MB (before a GC), peak RSS %s MB, %d GCs, out of memory: %s; %d failures%n",
                ((Number) result.get("stored")).intValue(),
                count,
                ((Number) result.get("seconds")).doubleValue(),
                ((Number) result.get("megabytesPerSecond")).doubleValue(),
                result.get("courtPeakHeapBeforeGcMb"),
                result.get("courtPeakRssMb"),
                court.collections(),
                result.get("courtOutOfMemory"),
                ((Number) result.get("failures")).intValue());
        if (!((List<?>) result.get("firstFailures")).isEmpty()) {
            System.out.println("  first failures: " + result.get("firstFailures"));
        }
        return result;
    }

    /**
     * What one forced write costs on the disk the courts write to (the court forces every record before it is
     * visible): 100 files of 1.5 KB written and forced one after another, p50 and p99 in ms.
     */
    private static Map<String, Object> forcedWrites(Path work) throws IOException {
        Path probe = Files.createDirectories(work.resolve("fsync-probe"));
        Latencies times = new Latencies();
        byte[] bytes = new byte[1536];
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                    probe.resolve(i + ".json"),
                    java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            times.add(System.nanoTime() - start);
        }
        delete(probe);
        Map<String, Object> summary = times.summary();
        summary.remove("count");
        return summary;
    }

    private static Path libraries(Map<String, List<String>> options) {
        String dir = one(options, "--court-lib", null);
        return dir == null ? null : Path.of(dir);
    }

    private static Object mb(OptionalLong bytes) {
        return bytes.isPresent() ? (Object) (bytes.getAsLong() / (1024 * 1024)) : "n/a";
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException e) {
            // not Linux
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h") || option.equals("--keep")) {
                options.put(option.equals("-h") ? "--help" : option, List.of());
                continue;
            }
            if (!USAGE.contains(" " + option + " ") || i + 1 == args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + option + "\n" + USAGE);
            }
            options.computeIfAbsent(option, o -> new ArrayList<>()).add(args[++i]);
        }
        return options;
    }

    private static String one(Map<String, List<String>> options, String name, String otherwise) {
        List<String> values = options.get(name);
        return values == null ? otherwise : values.get(values.size() - 1);
    }

    private static int integer(Map<String, List<String>> options, String name, int otherwise) {
        String value = one(options, name, null);
        return value == null ? otherwise : Integer.parseInt(value);
    }

    private static void delete(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
