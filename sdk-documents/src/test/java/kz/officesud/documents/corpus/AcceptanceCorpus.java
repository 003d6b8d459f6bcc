package kz.officesud.documents.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.officesud.documents.CorpusFiles;
import kz.officesud.documents.DocumentFormat;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.RuleSet;

/**
 * The acceptance corpus of the document rules ({@code CorpusTest}), written to a folder, for the tests of other
 * modules that must give the same verdicts on it (the command line's {@code check}, held to {@code
 * CourtOffice.check}). In a package of its own, which a module's tests see even where sdk-documents' packages are a named
 * module's.
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
        return CorpusFiles.writeTo(folder);
    }
}
