package kz.officesud.core.wire;

import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.CaseEvent;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtAnswer;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FiledDocument;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import org.jspecify.annotations.Nullable;

/**
 * A filing in «Мои дела»: {@code POST /filings} answers it (201 when filed now, 200 when the same submission
 * was filed before), {@code GET /filings} lists them, {@code GET /filings/{filingId}} gives one.
 *
 * @param filingId the court's id of the filing
 * @param service the service it was filed under
 * @param talon the talon of sending
 * @param court the court it is addressed to
 * @param status where it stands now
 * @param history every change of status, oldest first
 * @param reference the caller's reference the manifest carried, if any
 * @param idempotencyKey the key it was submitted under
 * @param documents the documents filed, with how long the court keeps their copies
 * @param events the case's progress, oldest first
 * @param acts the judicial acts issued on it, oldest first
 * @param answers the court's answers to it, oldest first
 */
public record FilingView(
        FilingId filingId,
        CourtService service,
        Talon talon,
        Court court,
        FilingStatus status,
        List<StatusChange> history,
        @Nullable String reference,
        String idempotencyKey,
        List<FiledDocument> documents,
        List<CaseEvent> events,
        List<JudicialAct> acts,
        List<CourtAnswer> answers) {
    public FilingView {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(talon, "talon");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        // an answer of an earlier court that lacks them reads as empty
        documents = documents == null ? List.of() : List.copyOf(documents);
        events = events == null ? List.of() : List.copyOf(events);
        acts = acts == null ? List.of() : List.copyOf(acts);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
