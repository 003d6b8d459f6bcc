package kz.officesud.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.Filing;
import kz.officesud.core.wire.DraftForm;
import kz.officesud.core.wire.DraftView;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.internal.JsonBodies;

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
        Objects.requireNonNull(filing, "filing");
        byte[] body = JsonBodies.json(session.office().mapper(), new DraftForm(filing));
        return session.execute(
                session.request("save a draft", "POST", "drafts")
                        .idempotencyKey(kz.officesud.core.contract.IdempotencyKey.random()
                                .value())
                        .body(JsonBodies.repeatable(body)),
                answer -> session.office().mapper().readValue(answer.body(), DraftView.class));
    }

    /**
     * Replaces the filing of a draft.
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such draft
     */
    public DraftView replace(String draftId, Filing filing) {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(filing, "filing");
        byte[] body = JsonBodies.json(session.office().mapper(), new DraftForm(filing));
        return session.execute(
                session.request("replace draft " + draftId, "PUT", "drafts", draftId)
                        .body(JsonBodies.repeatable(body)),
                answer -> session.office().mapper().readValue(answer.body(), DraftView.class));
    }

    /** The account's drafts, the last saved first. */
    public List<DraftView> list() {
        return session.get(
                "list my drafts",
                answer -> List.copyOf(session.office().mapper().readValue(answer.body(), DRAFTS)),
                "drafts");
    }

    /**
     * One draft, to resume: its filing's documents are metadata until bound again.
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such draft
     */
    public DraftView get(String draftId) {
        Objects.requireNonNull(draftId, "draftId");
        return session.get(
                "get draft " + draftId,
                answer -> session.office().mapper().readValue(answer.body(), DraftView.class),
                "drafts",
                draftId);
    }

    /**
     * Deletes a draft (once filed, or given up).
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such draft
     */
    public void delete(String draftId) {
        Objects.requireNonNull(draftId, "draftId");
        session.execute(session.request("delete draft " + draftId, "DELETE", "drafts", draftId), answer -> null);
    }

    private static final TypeReference<List<DraftView>> DRAFTS = new TypeReference<>() {};
}
