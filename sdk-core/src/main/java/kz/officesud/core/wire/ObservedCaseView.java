package kz.officesud.core.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.Region;

/**
 * What a participant sees of a case by IIN and access password (ЭНП, «Сведения о судебном деле»): the case, its
 * participants by category, its course across all instances and its acts and documents — both oldest first, and only
 * the documents the court has not blocked and the participant's category may see.
 *
 * @param caseNumber the case number
 * @param registeredOn the day the case was registered
 * @param form the form of proceedings
 * @param region the region of the court
 * @param courtCode the court's 4-digit code
 * @param courtName the court's name
 * @param archived whether the case is finished and in the court's archive
 * @param category the viewer's category in the case
 * @param participants the participants by category
 * @param timeline the case's course, oldest first
 * @param documents the acts and documents the viewer may see, oldest first
 * @param accessToken the token that downloads them ({@code Authorization: Bearer}), short-lived
 * @param accessExpiresAt when the token stops working
 */
public record ObservedCaseView(
        String caseNumber,
        LocalDate registeredOn,
        ProceedingsForm form,
        Region region,
        String courtCode,
        String courtName,
        boolean archived,
        ParticipantCategory category,
        List<CaseParticipantView> participants,
        List<CaseTimelineEntry> timeline,
        List<CaseDocumentView> documents,
        String accessToken,
        Instant accessExpiresAt) {
    public ObservedCaseView {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(courtCode, "courtCode");
        Objects.requireNonNull(courtName, "courtName");
        Objects.requireNonNull(category, "category");
        participants = List.copyOf(participants);
        timeline = List.copyOf(timeline);
        documents = List.copyOf(documents);
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
    }

    @Override
    public String toString() {
        return "ObservedCaseView[" + caseNumber + ", " + form + ", " + courtCode + ", " + timeline.size() + " steps, "
                + documents.size() + " documents, accessToken=***]";
    }
}
