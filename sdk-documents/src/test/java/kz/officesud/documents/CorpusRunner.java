package kz.officesud.documents;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Run by {@link CorpusOnItsOwnTest} in a JVM of its own, whose class path holds sdk-documents, its runtime
 * dependencies and this class alone (no Bouncy Castle, no test library, no logging backend unless the test adds one):
 * inspects every file of a manifest and prints one line per file, {@code OK name format problems} or {@code THROWN
 * name class: message}. Uses nothing but the JDK and the SDK's API.
 */
public final class CorpusRunner {
    private CorpusRunner() {}

    public static void main(String[] args) throws Exception {
        Path manifest = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("bouncycastle "
                + (present("org.bouncycastle.jce.provider.BouncyCastleProvider") ? "present" : "absent"));
        DocumentInspector inspector = DocumentInspector.create();
        try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] f = line.split("\t");
                Path file = Path.of(f[0]);
                String name = file.getFileName().toString();
                try {
                    RuleSet rules =
                            f[1].equals(RuleSets.KZ_2014.id()) ? RuleSets.KZ_2014 : RuleSets.KZ_2018_AMENDED_2025;
                    rules = rules.withMaxFileSize(Long.parseLong(f[2]));
                    if (Boolean.parseBoolean(f[3]) && rules.layout() != null) {
                        rules = rules.withLayout(rules.layout().acceptingMetricCompatibleSubstitutes());
                    }
                    DocumentReport r = inspector.inspect(file, rules);
                    for (DocumentViolation v : r.violations()) {
                        for (String language : new String[] {"en", "ru", "kk"}) {
                            v.message(java.util.Locale.forLanguageTag(language));
                        }
                    }
                    out.println("OK\t" + name + "\t" + r.format() + "\t" + new TreeSet<>(r.problems()));
                } catch (Throwable t) {
                    out.println("THROWN\t" + name + "\t" + t);
                }
            }
        }
        out.println("DONE");
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, CorpusRunner.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
