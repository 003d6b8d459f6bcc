package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance corpus inspected by JVMs of their own, as a user's application runs the SDK: the class path holds
 * sdk-documents, its runtime dependencies and {@link CorpusRunner}, nothing else (no Bouncy Castle, which PDFBox needs
 * for certificate-encrypted PDFs; no test library).
 *
 * <ul>
 *   <li>No inspection throws anything (an exception or an error such as {@code NoClassDefFoundError}), and every file
 *       gets the verdict {@link CorpusTest} expects of it.
 *   <li>With an SLF4J backend at INFO, POI and PDFBox print nothing: their events reach SLF4J at DEBUG at most.
 *   <li>The same corpus with the Log4j API's own simple logger at WARN (what an application without our provider would
 *       get) does print their warnings: the corpus makes them talk, so the check above can fail.
 * </ul>
 */
class CorpusOnItsOwnTest {
    private static final Pattern PARSER_LINE =
            Pattern.compile("(?m)^.*\\b(INFO|WARN|ERROR|FATAL)\\b.*\\borg\\.apache\\.(poi|pdfbox|fontbox)\\..*$");

    private static Path dir;
    private static Path manifest;
    private static Path runnerDir;
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void makeTheCorpus() throws Exception {
        dir = Files.createTempDirectory("officesud-corpus-alone");
        List<String> lines = new ArrayList<>();
        for (CorpusTest.Case k : CorpusTest.corpus()) {
            Path f = k.maker().make(dir.resolve(k.name()));
            LayoutRule layout = k.rules().layout();
            boolean substitutes =
                    layout != null && !layout.acceptedSubstitutes().isEmpty();
            lines.add(f + "\t" + k.rules().id() + "\t" + k.rules().maxFileSize() + "\t" + substitutes);
            EXPECTED.put(k.name(), k.format() + "\t" + new TreeSet<>(k.expected()));
        }
        manifest = Files.write(dir.resolve("manifest.tsv"), lines, StandardCharsets.UTF_8);
        // the runner, alone in a class directory of its own
        runnerDir = Files.createDirectories(dir.resolve("runner"));
        String resource = CorpusRunner.class.getName().replace('.', '/') + ".class";
        Path target = runnerDir.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = CorpusRunner.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target);
        }
    }

    @AfterAll
    static void removeTheCorpus() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** sdk-documents' classes and runtime dependencies, as Maven resolved them for this build, and the runner. */
    private static String classPath(String... more) throws IOException {
        return classPathWithout("\0", more);
    }

    /** {@link #classPath} without the jars whose file name starts with {@code missing}. */
    private static String classPathWithout(String missing, String... more) throws IOException {
        String runtime = System.getProperty("officesud.runtimeClasspath");
        assertThat(runtime)
                .as("the system property officesud.runtimeClasspath, set by the build")
                .isNotNull();
        String deps = Files.readString(Path.of(runtime), StandardCharsets.UTF_8).strip();
        assertThat(deps).doesNotContain("bcprov", "bcpkix", "junit", "assertj", "slf4j-simple");
        List<String> parts = new ArrayList<>();
        parts.add(Path.of("target", "classes").toAbsolutePath().toString());
        for (String jar : deps.split(java.io.File.pathSeparator)) {
            if (!Path.of(jar).getFileName().toString().startsWith(missing)) {
                parts.add(jar);
            }
        }
        parts.add(runnerDir.toString());
        parts.addAll(List.of(more));
        return String.join(java.io.File.pathSeparator, parts);
    }

    private record Run(String out, String err) {}

    private static Run run(String classPath, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classPath, CorpusRunner.class.getName(), manifest.toString()));
        Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
        Path err = dir.resolve("err-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the runner ends").isTrue();
        Run run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertThat(p.exitValue()).as("exit of the runner: %s", run.err()).isZero();
        assertThat(run.out()).contains("DONE");
        return run;
    }

    @Test
    void withOnlyTheSdkOnTheClassPath_noInspectionThrows_andEveryVerdictHolds() throws Exception {
        Run run = run(classPath());
        assertThat(run.out()).contains("bouncycastle absent");
        assertThat(run.out()).doesNotContain("THROWN");
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            String[] f = line.split("\t");
            if (f[0].equals("OK")) {
                found.put(f[1], f[2] + "\t" + f[3]);
            }
        }
        assertThat(found).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        assertThat(found).containsKey("pdf-certificate-encrypted.pdf");
    }

    @Test
    void poiAndPdfBox_logNothingAboveDebug_whileInspectingTheCorpus() throws Exception {
        String simple = jarOnThisClassPath("slf4j-simple");
        Run run = run(
                classPath(simple),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showLogName=true",
                "-Dorg.slf4j.simpleLogger.logFile=System.err");
        assertThat(PARSER_LINE.matcher(run.err()).results().map(m -> m.group()).toList())
                .as("POI and PDFBox lines above DEBUG")
                .isEmpty();
        assertThat(run.err()).doesNotContain("StatusLogger", "could not find a logging provider");
    }

    @Test
    void withoutTheSdksLog4jProvider_poiAndPdfBoxWarn_onThisCorpus() throws Exception {
        // the Log4j API's own simple logger, chosen by the system property: what the parsers say when nothing demotes
        Run run = run(
                classPath(),
                "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
                "-Dorg.apache.logging.log4j.simplelog.level=WARN",
                "-Dorg.apache.logging.log4j.simplelog.showlogname=true",
                "-Dorg.apache.logging.log4j.simplelog.showShortLogname=false");
        assertThat(PARSER_LINE.matcher(run.err()).results().map(m -> m.group()))
                .as("PDFBox's warnings (through Commons Logging) among them")
                .anyMatch(line -> line.contains("org.apache.pdfbox."));
        assertThat(PARSER_LINE.matcher(run.err()).results().map(m -> m.group()))
                .as("POI's warnings among them")
                .anyMatch(line -> line.contains("org.apache.poi."));
    }

    @Test
    void withAParserLibraryMissing_noInspectionThrowsEither() throws Exception {
        // a class path a user can have (an exclusion, a shaded jar): PDFBox's FontBox left out
        Run run = run(classPathWithout("fontbox"));
        assertThat(run.out()).doesNotContain("THROWN");
        assertThat(run.out().lines().filter(l -> l.startsWith("OK\t")).count()).isEqualTo(EXPECTED.size());
        // Word files do not need it and keep their verdicts
        assertThat(run.out()).contains("OK\tdoc-stylesheet-default-arial.doc\tDOC\t[WRONG_FONT]");
    }

    private static String jarOnThisClassPath(String name) {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith(name)) {
                return entry;
            }
        }
        throw new AssertionError(name + " is not on the test class path");
    }
}
