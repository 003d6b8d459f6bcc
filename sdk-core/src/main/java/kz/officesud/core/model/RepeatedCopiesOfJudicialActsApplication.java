package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An application for a repeated issue of copies (duplicates) of judicial acts («Заявление о повторной выдаче копий
 * (дубликатов) судебных актов») of a case the court has (seed 000 §2.3, item 10). Unlike a first issue ({@link
 * CopiesOfJudicialActsApplication}) it bears the state fee: the Tax Code lists the repeated issue of copies of
 * judicial acts, writs and other documents among the filings that do (seed 002 §31).
 *
 * @param court the court the case is at
 * @param caseNumber the case's number at that court
 * @param participants the filer and the other participants, as the filer names them
 * @param stateFee the state-fee step
 * @param summary what the filer asks or states, in a few words
 * @param statement the application itself
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record RepeatedCopiesOfJudicialActsApplication(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable StateFee stateFee,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase, TakesStateFee {

    public RepeatedCopiesOfJudicialActsApplication {
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
        b.stateFee = stateFee;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.REPEATED_COPIES_OF_JUDICIAL_ACTS;
    }

    /** Builds a {@link RepeatedCopiesOfJudicialActsApplication}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends FeeCaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public RepeatedCopiesOfJudicialActsApplication build() {
            return new RepeatedCopiesOfJudicialActsApplication(
                    court, caseNumber, participants, stateFee, summary, statement, annexes, powersOfAttorney);
        }
    }
}
