package kz.officesud.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.officesud.documents.corpus.AcceptanceCorpus;

/** Writes {@link CorpusTest}'s corpus for {@link AcceptanceCorpus}, which other modules' tests can see. */
public final class CorpusFiles {
    private CorpusFiles() {}

    /** Writes every file of the corpus into {@code folder} under its corpus name. */
    public static List<AcceptanceCorpus.Entry> writeTo(Path folder) throws Exception {
        List<AcceptanceCorpus.Entry> entries = new ArrayList<>();
        CorpusTest.makeDir(); // the makers' scratch folder
        try {
            for (CorpusTest.Case c : CorpusTest.corpus()) {
                Path file = c.maker().make(folder.resolve(c.name()));
                entries.add(new AcceptanceCorpus.Entry(file, c.rules(), c.format(), Set.copyOf(c.expected())));
            }
        } finally {
            CorpusTest.removeDir();
        }
        return entries;
    }
}
