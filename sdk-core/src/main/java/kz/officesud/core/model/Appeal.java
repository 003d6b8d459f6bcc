package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An appeal («Апелляционная жалоба») against a first-instance decision in a civil case that has not entered into
 * force (seed 000 §2.2.1): the form asks for the address (the court), the type of proceedings, the payment and
 * the case; the complaint itself is a document. It is filed with the court that heard the case, so the case
 * number is that court's.
 *
 * @param court the court the appeal is addressed to: the court whose decision is appealed
 * @param caseNumber the case's number at that court
 * @param proceedings the kind of proceedings the case was heard in
 * @param participants the appellant and the other participants, as the appellant names them
 * @param stateFee the state-fee step
 * @param summary what the appellant asks, as text
 * @param statement the complaint itself (the file of the апелляционная жалоба)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record Appeal(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        @Nullable Proceedings proceedings,
        List<Participant> participants,
        @Nullable StateFee stateFee,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase, TakesStateFee {

    public Appeal {
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder()
                .from(court, participants, statement, annexes, powersOfAttorney)
                .inCase(caseNumber, summary);
        b.proceedings = proceedings;
        b.stateFee = stateFee;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.APPEAL;
    }

    /**
     * A civil case at first instance: the appeal is addressed to the court whose decision it appeals, which heard
     * the case at first instance (and sends the appeal on to the appellate court).
     */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.of(CaseKind.CIVIL_FIRST_INSTANCE);
    }

    /** Builds an {@link Appeal}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends FeeCaseFilingBuilder<Builder> {
        private @Nullable Proceedings proceedings;

        private Builder() {}

        public Builder proceedings(Proceedings proceedings) {
            this.proceedings = Objects.requireNonNull(proceedings, "proceedings");
            return this;
        }

        @Override
        public Appeal build() {
            return new Appeal(
                    court,
                    caseNumber,
                    proceedings,
                    participants,
                    stateFee,
                    summary,
                    statement,
                    annexes,
                    powersOfAttorney);
        }
    }
}
