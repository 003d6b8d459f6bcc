package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A petition for review in the supervisory procedure («Ходатайство о пересмотре в порядке надзора») of judicial
 * acts in a civil case, to the Supreme Court of the Republic of Kazakhstan (seed 000 §2.2: the case and the e-form
 * data, with the documents; no type of proceedings and no payment step). Like a cassation complaint it names the
 * case by the number the court of first instance gave it ({@link FiledInCase.CaseNumbering#FIRST_INSTANCE}).
 *
 * @param court the court the petition is addressed to: the Supreme Court
 * @param caseNumber the case's number at the court of first instance
 * @param participants the petitioner and the other participants, as the petitioner names them
 * @param summary what the petitioner asks, as text
 * @param statement the petition itself (the file of the ходатайство)
 * @param annexes the documents annexed to it, one file per document (the acts to review among them)
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record SupervisoryReview(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public SupervisoryReview {
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
        return CourtService.SUPERVISORY_REVIEW;
    }

    /** Civil cases at the Supreme Court: only the Supreme Court takes it. */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.of(new CaseKind(ProceedingsForm.CIVIL, CourtInstance.SUPREME_COURT));
    }

    /** The case's number at the court of first instance, whatever court the petition goes to. */
    @Override
    public CaseNumbering caseNumbering() {
        return CaseNumbering.FIRST_INSTANCE;
    }

    /** Builds a {@link SupervisoryReview}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public SupervisoryReview build() {
            return new SupervisoryReview(
                    court, caseNumber, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
