package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A motion («Ходатайство») in a civil case the court already has (seed 000 §2.3, item 3): a participant asks the court
 * to act — to call a witness, order evidence, adjourn a hearing. It bears no state fee.
 *
 * @param court the court the case is at
 * @param caseNumber the case's number at that court
 * @param participants the filer and the other participants, as the filer names them
 * @param summary what the filer asks or states, in a few words
 * @param statement the motion itself (the file of the ходатайство)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record Motion(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public Motion {
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
        return CourtService.MOTION;
    }

    /** Builds a {@link Motion}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public Motion build() {
            return new Motion(court, caseNumber, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
