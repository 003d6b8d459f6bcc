package kz.officesud.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.internal.Answer;

/**
 * «Судебные акты»: the judicial acts the courts issued on the logged-in account's filings, newest first, and their
 * files. Each method asks the court afresh.
 *
 * <pre>{@code
 * for (JudicialActEntry entry : session.judicialActs().list()) {
 *     session.judicialActs().download(entry, folder.resolve(entry.act().fileName()));
 * }
 * }</pre>
 */
public final class JudicialActs {
    private final CourtSession session;

    JudicialActs(CourtSession session) {
        this.session = session;
    }

    /** The account's judicial acts, the last issued first. */
    public List<JudicialActEntry> list() {
        var cabinet = session.cabinet();
        if (cabinet != null) {
            return cabinet.judicialActs();
        }
        return session.get("list my judicial acts", this::entries, "judicial-acts");
    }

    /** As {@link #list()}, without blocking. */
    public CompletableFuture<List<JudicialActEntry>> listAsync() {
        if (session.cabinet() != null) {
            return session.throughCabinet(this::list);
        }
        return session.getAsync("list my judicial acts", this::entries, "judicial-acts");
    }

    private List<JudicialActEntry> entries(Answer answer) throws IOException {
        return List.copyOf(session.office().mapper().readValue(answer.body(), ENTRIES));
    }

    /**
     * Downloads an act's file to {@code target}, streamed (never whole in memory) and written whole or not at all,
     * its size and SHA-256 those the court listed.
     *
     * @return {@code target}
     * @throws CourtIoException the court sent other bytes than the act it listed
     */
    public Path download(JudicialActEntry entry, Path target) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(target, "target");
        return session.myCases().downloadAct(entry.filingId(), entry.act(), target);
    }

    /** As {@link #download(JudicialActEntry, Path)}, without blocking; cancelling the future stops the download. */
    public CompletableFuture<Path> downloadAsync(JudicialActEntry entry, Path target) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(target, "target");
        return session.myCases().downloadActAsync(entry.filingId(), entry.act(), target);
    }

    private static final TypeReference<List<JudicialActEntry>> ENTRIES = new TypeReference<>() {};
}
