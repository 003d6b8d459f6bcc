package kz.officesud.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.Party;
import kz.officesud.filing.CourtSession;
import kz.officesud.signing.NcaKey;

/**
 * The user an {@link Example} files as: logged in to the court office, with the signing key and the party the key's
 * holder is, and a folder for the documents the example writes.
 *
 * @param session the logged-in session («Судебный кабинет»)
 * @param key the key that signs, the account holder's
 * @param party the key's holder as a party to the filing (an individual, by the key's IIN)
 * @param documents the folder the example's documents are written to
 */
public record ExampleUser(CourtSession session, NcaKey key, Party.Individual party, Path documents) {
    public ExampleUser {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(documents, "documents");
    }

    /**
     * Writes a Word document titled {@code title} ({@code <title>.docx}, Times New Roman 14 as the court's rules ask)
     * whose text is the title and {@code paragraphs}; its path, for a builder's {@code document} or {@code
     * attachment}.
     */
    public Path document(String title, String... paragraphs) throws IOException {
        List<String> text = new ArrayList<>(List.of(title));
        text.addAll(List.of(paragraphs));
        return SampleDocuments.docx(documents.resolve(title + ".docx"), text);
    }
}
