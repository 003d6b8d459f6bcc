package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A counterclaim («Встречный иск») in a civil case the court already has (seed 000 §2.3, item 2): the defendant's own
 * claim against the plaintiff, heard together with the original one. It is a claim in substance, brought under the
 * general rules of bringing a claim: it names its plaintiffs (the counterclaimants, defendants of the original claim)
 * and its defendants, states the amount of the dispute, and bears the state fee as a statement of claim does (seed 002
 * §31). Its proceedings and category are the case's.
 *
 * @param court the court the case is at
 * @param caseNumber the case's number at that court
 * @param nature the nature of the claim (характер заявления), as text
 * @param participants the counterclaim's plaintiffs and defendants, every one of them, and other participants
 * @param claimAmount the amount of the dispute (цена иска); 0 for a claim that is not about property
 * @param stateFee the state-fee step
 * @param summary the counterclaim's demands and grounds, in a few words
 * @param statement the counterclaim itself (the file of the встречное исковое заявление)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record Counterclaim(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        @Nullable String nature,
        List<Participant> participants,
        @Nullable Tenge claimAmount,
        @Nullable StateFee stateFee,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase, TakesStateFee {

    public Counterclaim {
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
        b.nature = nature;
        b.claimAmount = claimAmount;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.COUNTERCLAIM;
    }

    /** Builds a {@link Counterclaim}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends FeeCaseFilingBuilder<Builder> {
        private @Nullable String nature;
        private @Nullable Tenge claimAmount;

        private Builder() {}

        public Builder nature(String nature) {
            this.nature = Objects.requireNonNull(nature, "nature");
            return this;
        }

        /** The amount of the dispute; 0 for a claim that is not about property. */
        public Builder claimAmount(Tenge claimAmount) {
            this.claimAmount = Objects.requireNonNull(claimAmount, "claimAmount");
            return this;
        }

        @Override
        public Counterclaim build() {
            return new Counterclaim(
                    court,
                    caseNumber,
                    nature,
                    participants,
                    claimAmount,
                    stateFee,
                    summary,
                    statement,
                    annexes,
                    powersOfAttorney);
        }
    }
}
