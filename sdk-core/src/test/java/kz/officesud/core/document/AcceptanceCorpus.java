package kz.officesud.core.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The acceptance corpus of {@link CorpusTest}, written to a folder, for the tests of other modules that must give the
 * same verdicts on it (the command line's {@code check}, held to {@code CourtOffice.check}).
 */
public final class AcceptanceCorpus {
    private AcceptanceCorpus() {}

    /**
     * One corpus file.
     *
     * @param file where it was written
     * @param rules the rule set it is judged by
     * @param format the format its bytes show
     * @param expected exactly the problems the inspector reports under {@code rules}
     */
    public record Entry(Path file, RuleSet rules, DocumentFormat format, Set<DocumentProblem> expected) {}

    /** Writes every file of the corpus into {@code folder} under its corpus name. */
    public static List<Entry> writeTo(Path folder) throws Exception {
        List<Entry> entries = new ArrayList<>();
        CorpusTest.makeDir(); // the makers' scratch folder
        try {
            for (CorpusTest.Case c : CorpusTest.corpus()) {
                Path file = c.maker().make(folder.resolve(c.name()));
                entries.add(new Entry(file, c.rules(), c.format(), Set.copyOf(c.expected())));
            }
        } finally {
            CorpusTest.removeDir();
        }
        return entries;
    }
}
