package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An application for copies of judicial acts («Заявление о выдаче копий судебных актов») of a case the court has (seed
 * 000 §2.3, item 6). A first issue bears no state fee; a repeated one is a {@link
 * RepeatedCopiesOfJudicialActsApplication}, which does (seed 002 §31).
 *
 * @param court the court the case is at
 * @param caseNumber the case's number at that court
 * @param participants the filer and the other participants, as the filer names them
 * @param summary what the filer asks or states, in a few words
 * @param statement the application itself
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record CopiesOfJudicialActsApplication(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public CopiesOfJudicialActsApplication {
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
        return CourtService.COPIES_OF_JUDICIAL_ACTS;
    }

    /** Builds a {@link CopiesOfJudicialActsApplication}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public CopiesOfJudicialActsApplication build() {
            return new CopiesOfJudicialActsApplication(
                    court, caseNumber, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
