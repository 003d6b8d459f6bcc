package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An application to cancel a court order («Заявление об отмене судебного приказа»): the debtor objects to a court
 * order given without a hearing, and the court that gave it cancels it (seed 000 §2.2.5: the case and the e-form
 * data, with the documents; no payment step). It goes to that court, so the case number is its own. Only the debtor
 * objects, so the participants name one ({@link PartySide#DEBTOR}).
 *
 * @param court the court that gave the court order
 * @param caseNumber the number of the court-order case at that court
 * @param participants the debtor who objects and the other participants (the creditor)
 * @param summary the debtor's objections, as text
 * @param statement the application itself (the file of the заявление)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record CancelCourtOrder(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public CancelCourtOrder {
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder()
                .from(court, participants, statement, annexes, powersOfAttorney)
                .inCase(caseNumber, summary);
    }

    @Override
    public CourtService service() {
        return CourtService.CANCEL_COURT_ORDER;
    }

    /** A civil case at first instance: a court order is given, and cancelled, by the court of first instance. */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.of(CaseKind.CIVIL_FIRST_INSTANCE);
    }

    /** Builds a {@link CancelCourtOrder}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public CancelCourtOrder build() {
            return new CancelCourtOrder(court, caseNumber, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
