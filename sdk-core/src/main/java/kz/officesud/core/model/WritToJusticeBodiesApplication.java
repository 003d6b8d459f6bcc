package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An application to send a writ of execution to the justice bodies («Заявление о направлении исполнительного листа в
 * органы юстиции») in a case the court has decided (seed 000 §2.3, item 9): the creditor asks the court to send the
 * writ for enforcement itself. It bears no state fee.
 *
 * @param court the court the case is at
 * @param caseNumber the case's number at that court
 * @param participants the filer and the other participants, as the filer names them
 * @param summary what the filer asks or states, in a few words
 * @param statement the application itself
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record WritToJusticeBodiesApplication(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public WritToJusticeBodiesApplication {
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
        return CourtService.WRIT_TO_JUSTICE_BODIES;
    }

    /** Builds a {@link WritToJusticeBodiesApplication}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public WritToJusticeBodiesApplication build() {
            return new WritToJusticeBodiesApplication(
                    court, caseNumber, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
