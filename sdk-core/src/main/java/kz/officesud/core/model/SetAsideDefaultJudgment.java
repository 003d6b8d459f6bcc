package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An application to set aside a default judgment («Заявление об отмене заочного решения»): the defendant, absent
 * from the hearing, asks the court that gave the default judgment to set it aside (seed 000 §2.2.4: the case and
 * the e-form data, with the documents; no payment step). It goes to that court, so the case number is its own. Only
 * a defendant asks it, so the participants name one ({@link PartySide#DEFENDANT}).
 *
 * @param court the court that gave the default judgment
 * @param caseNumber the case's number at that court
 * @param participants the defendant who applies and the other participants
 * @param summary what the defendant asks, as text
 * @param statement the application itself (the file of the заявление)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record SetAsideDefaultJudgment(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public SetAsideDefaultJudgment {
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
        return CourtService.SET_ASIDE_DEFAULT_JUDGMENT;
    }

    /** A civil case at first instance: a default judgment is given, and set aside, by the court of first instance. */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.of(CaseKind.CIVIL_FIRST_INSTANCE);
    }

    /** Builds a {@link SetAsideDefaultJudgment}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public SetAsideDefaultJudgment build() {
            return new SetAsideDefaultJudgment(
                    court, caseNumber, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
