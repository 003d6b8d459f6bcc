package kz.officesud.filing;

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
import kz.officesud.core.wire.FilingView;
import org.jspecify.annotations.Nullable;

/**
 * A filing in «Мои дела» with the history of its status.
 *
 * @param filingId the court's id of the filing
 * @param service the court service it was filed under
 * @param talon the talon of sending; null for a filing not sent yet
 * @param court the court it was addressed to
 * @param status where it stands now
 * @param statusHistory every change of status, oldest first (SENT → REGISTERED → IN_PROCEEDINGS ...)
 * @param reference the caller's reference the filing was signed with, if any
 * @param documents the documents filed, with how long the court keeps their copies (six months)
 * @param events the case's progress (accepted, hearings, decisions…), oldest first
 * @param acts the judicial acts issued on it, oldest first ({@link MyCases#downloadAct})
 * @param answers the court's answers to it, oldest first
 */
public record FilingDetails(
        FilingId filingId,
        CourtService service,
        @Nullable Talon talon,
        Court court,
        FilingStatus status,
        List<StatusChange> statusHistory,
        @Nullable String reference,
        List<FiledDocument> documents,
        List<CaseEvent> events,
        List<JudicialAct> acts,
        List<CourtAnswer> answers) {
    public FilingDetails {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(status, "status");
        statusHistory = List.copyOf(statusHistory);
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        acts = List.copyOf(acts);
        answers = List.copyOf(answers);
    }

    /** The details of a filing as the court answers it. */
    static FilingDetails of(FilingView view) {
        return new FilingDetails(
                view.filingId(),
                view.service(),
                view.talon(),
                view.court(),
                view.status(),
                view.history(),
                view.reference(),
                view.documents(),
                view.events(),
                view.acts(),
                view.answers());
    }
}
