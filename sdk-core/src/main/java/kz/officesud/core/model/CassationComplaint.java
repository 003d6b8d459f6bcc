package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cassation complaint or petition («Кассационная жалоба (ходатайство)») against judicial acts in a civil case
 * that have entered into force (seed 000 §2.2.2: the address, the type of proceedings, the payment, the case, the
 * e-form data and the documents; its content as the Civil Procedure Code requires). It goes to the cassation
 * court — the Cassation Court of the Republic of Kazakhstan, a court of the cassation instance from 1 July 2025
 * (seed 004 §8) — which reviews the whole case under the number the court of first instance gave it: the case
 * number is the first instance's ({@link FiledInCase.CaseNumbering#FIRST_INSTANCE}). It bears the state fee the Tax
 * Code sets for a cassation petition.
 *
 * @param court the cassation court the complaint is addressed to
 * @param caseNumber the case's number at the court of first instance
 * @param proceedings the kind of proceedings the case was heard in
 * @param participants the complainant and the other participants, as the complainant names them
 * @param stateFee the state-fee step
 * @param summary what the complainant asks, as text
 * @param statement the complaint itself (the file of the кассационная жалоба)
 * @param annexes the documents annexed to it, one file per document (the acts challenged among them)
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record CassationComplaint(
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

    public CassationComplaint {
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
        return CourtService.CASSATION_COMPLAINT;
    }

    /** Civil cases in cassation: only a court of the cassation instance takes it. */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.of(new CaseKind(ProceedingsForm.CIVIL, CourtInstance.CASSATION));
    }

    /** The case's number at the court of first instance, whatever court the complaint goes to. */
    @Override
    public CaseNumbering caseNumbering() {
        return CaseNumbering.FIRST_INSTANCE;
    }

    /**
     * Builds a {@link CassationComplaint}; {@link #build()} accepts an incomplete draft, which validation reports.
     */
    public static final class Builder extends FeeCaseFilingBuilder<Builder> {
        private @Nullable Proceedings proceedings;

        private Builder() {}

        public Builder proceedings(Proceedings proceedings) {
            this.proceedings = Objects.requireNonNull(proceedings, "proceedings");
            return this;
        }

        @Override
        public CassationComplaint build() {
            return new CassationComplaint(
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
