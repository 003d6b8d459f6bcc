package kz.officesud.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import kz.officesud.core.model.Filing;
import kz.officesud.core.wire.DraftForm;
import kz.officesud.core.wire.DraftView;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.internal.Answer;
import kz.officesud.transport.internal.ApiRequest;
import kz.officesud.transport.internal.Futures;
import kz.officesud.transport.internal.JsonBodies;
import kz.officesud.transport.internal.ResponseReader;

/**
 * «Ожидает отправки»: filings the court keeps for the account unsigned and unsent («не подписанные и не отправленные в
 * судебный орган заявления», the court's notice «Судебный кабинет», seed 000, §2.1). A draft may be incomplete; the
 * court keeps its form and its documents' metadata (name, size, SHA-256), not their bytes. To file a resumed draft,
 * bind each document to its file again; a file that is not the one saved is refused when it is uploaded.
 *
 * <pre>{@code
 * DraftView saved = session.drafts().save(claim);
 * // … later, in another process
 * Filing resumed = session.drafts().get(saved.draftId()).filing()
 *         .withDocuments(a -> a.withContent(ContentSource.ofPath(folder.resolve(a.fileName()))));
 * session.file(resumed, key);
 * session.drafts().delete(saved.draftId());
 * }</pre>
 */
public final class Drafts {
    private final CourtSession session;

    Drafts(CourtSession session) {
        this.session = session;
    }

    /**
     * Saves a new draft.
     *
     * @throws CourtServiceException {@code draft_refused} (409) when the account keeps as many drafts as the court
     *     allows
     */
    public DraftView save(Filing filing) {
        return session.execute(saveRequest(filing), draft());
    }

    /** As {@link #save(Filing)}, without blocking. */
    public CompletableFuture<DraftView> saveAsync(Filing filing) {
        return Futures.start(() -> session.executeAsync(saveRequest(filing), draft()));
    }

    private ApiRequest.Builder saveRequest(Filing filing) {
        Objects.requireNonNull(filing, "filing");
        byte[] body = JsonBodies.json(session.office().mapper(), new DraftForm(filing));
        return session.request("save a draft", "POST", "drafts")
                .idempotencyKey(
                        kz.officesud.core.contract.IdempotencyKey.random().value())
                .body(JsonBodies.repeatable(body));
    }

    /**
     * Replaces the filing of a draft.
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such draft
     */
    public DraftView replace(String draftId, Filing filing) {
        return session.execute(replaceRequest(draftId, filing), draft());
    }

    /** As {@link #replace(String, Filing)}, without blocking. */
    public CompletableFuture<DraftView> replaceAsync(String draftId, Filing filing) {
        return Futures.start(() -> session.executeAsync(replaceRequest(draftId, filing), draft()));
    }

    private ApiRequest.Builder replaceRequest(String draftId, Filing filing) {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(filing, "filing");
        byte[] body = JsonBodies.json(session.office().mapper(), new DraftForm(filing));
        return session.request("replace draft " + draftId, "PUT", "drafts", draftId)
                .body(JsonBodies.repeatable(body));
    }

    /** The account's drafts, the last saved first. */
    public List<DraftView> list() {
        return session.get("list my drafts", this::drafts, "drafts");
    }

    /** As {@link #list()}, without blocking. */
    public CompletableFuture<List<DraftView>> listAsync() {
        return session.getAsync("list my drafts", this::drafts, "drafts");
    }

    private List<DraftView> drafts(Answer answer) throws IOException {
        return List.copyOf(session.office().mapper().readValue(answer.body(), DRAFTS));
    }

    private ResponseReader<DraftView> draft() {
        return session.office().reader(DraftView.class);
    }

    /**
     * One draft, to resume: its filing's documents are metadata until bound again.
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such draft
     */
    public DraftView get(String draftId) {
        Objects.requireNonNull(draftId, "draftId");
        return session.get("get draft " + draftId, draft(), "drafts", draftId);
    }

    /** As {@link #get(String)}, without blocking. */
    public CompletableFuture<DraftView> getAsync(String draftId) {
        Objects.requireNonNull(draftId, "draftId");
        return session.getAsync("get draft " + draftId, draft(), "drafts", draftId);
    }

    /**
     * Deletes a draft (once filed, or given up).
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such draft
     */
    public void delete(String draftId) {
        session.execute(deleteRequest(draftId), answer -> null);
    }

    /** As {@link #delete(String)}, without blocking. */
    public CompletableFuture<Void> deleteAsync(String draftId) {
        return Futures.start(() -> session.executeAsync(deleteRequest(draftId), answer -> null));
    }

    private ApiRequest.Builder deleteRequest(String draftId) {
        Objects.requireNonNull(draftId, "draftId");
        return session.request("delete draft " + draftId, "DELETE", "drafts", draftId);
    }

    private static final TypeReference<List<DraftView>> DRAFTS = new TypeReference<>() {};
}
