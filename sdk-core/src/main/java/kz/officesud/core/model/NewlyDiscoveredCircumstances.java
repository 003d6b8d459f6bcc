package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An application to review a judicial act that has entered into force on newly discovered or new circumstances
 * («Заявление о пересмотре по вновь открывшимся / новым обстоятельствам»; seed 000 §2.2.3: the address, the type of
 * proceedings, the case, the e-form data and the documents, no payment step). It goes to the court that made the
 * act, so the case number is that court's. The application says which circumstances it rests on: the Civil
 * Procedure Code grounds the two apart.
 *
 * @param court the court that made the act to review
 * @param caseNumber the case's number at that court
 * @param proceedings the kind of proceedings the case was heard in
 * @param circumstances which circumstances the application rests on
 * @param participants the applicant and the other participants, as the applicant names them
 * @param summary the circumstances and what the applicant asks, as text
 * @param statement the application itself (the file of the заявление)
 * @param annexes the documents annexed to it, one file per document (those that prove the circumstances)
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record NewlyDiscoveredCircumstances(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        @Nullable Proceedings proceedings,
        @Nullable Circumstances circumstances,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    /** The circumstances a review rests on. */
    public enum Circumstances {
        /**
         * Вновь открывшиеся обстоятельства (жаңадан ашылған мән-жайлар): facts that existed when the act was made
         * but were not, and could not be, known to the applicant.
         */
        NEWLY_DISCOVERED,
        /**
         * Новые обстоятельства (жаңа мән-жайлар): what arose after the act and the Code names as a ground, such as
         * the annulment of the act or decision the judgment rested on.
         */
        NEW
    }

    public NewlyDiscoveredCircumstances {
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
        b.circumstances = circumstances;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.NEWLY_DISCOVERED_CIRCUMSTANCES;
    }

    /**
     * None that one kind can say: the application goes to the court that made the act under review, of whichever
     * instance (a first-instance decision, an appellate or a cassation resolution); the case number ties it to that
     * court.
     */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.empty();
    }

    /**
     * Builds a {@link NewlyDiscoveredCircumstances}; {@link #build()} accepts an incomplete draft, which validation
     * reports.
     */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private @Nullable Proceedings proceedings;
        private @Nullable Circumstances circumstances;

        private Builder() {}

        public Builder proceedings(Proceedings proceedings) {
            this.proceedings = Objects.requireNonNull(proceedings, "proceedings");
            return this;
        }

        public Builder circumstances(Circumstances circumstances) {
            this.circumstances = Objects.requireNonNull(circumstances, "circumstances");
            return this;
        }

        @Override
        public NewlyDiscoveredCircumstances build() {
            return new NewlyDiscoveredCircumstances(
                    court,
                    caseNumber,
                    proceedings,
                    circumstances,
                    participants,
                    summary,
                    statement,
                    annexes,
                    powersOfAttorney);
        }
    }
}
