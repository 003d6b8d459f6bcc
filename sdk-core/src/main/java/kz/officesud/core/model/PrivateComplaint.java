package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A private complaint («Частная жалоба») against a ruling (определение) of the court of first instance in a civil
 * case, as opposed to an appeal against its decision. The court office files it through the same form as an appeal
 * (seed 000 §2.2.1: the address, the type of proceedings, the case, the e-form data and the documents), and like
 * an appeal it goes through the court that made the ruling, so the case number is that court's. It bears no state
 * fee: the Tax Code charges claims, applications and appeals, not complaints against rulings.
 *
 * @param court the court the complaint is addressed to: the court whose ruling is challenged
 * @param caseNumber the case's number at that court
 * @param proceedings the kind of proceedings the case is heard in
 * @param participants the complainant and the other participants, as the complainant names them
 * @param summary what the complainant asks, as text
 * @param statement the complaint itself (the file of the частная жалоба)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record PrivateComplaint(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        @Nullable Proceedings proceedings,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public PrivateComplaint {
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
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.PRIVATE_COMPLAINT;
    }

    /** A civil case at first instance: the complaint goes through the court whose ruling it challenges. */
    @Override
    public Optional<CaseKind> caseKind() {
        return Optional.of(CaseKind.CIVIL_FIRST_INSTANCE);
    }

    /** Builds a {@link PrivateComplaint}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private @Nullable Proceedings proceedings;

        private Builder() {}

        public Builder proceedings(Proceedings proceedings) {
            this.proceedings = Objects.requireNonNull(proceedings, "proceedings");
            return this;
        }

        @Override
        public PrivateComplaint build() {
            return new PrivateComplaint(
                    court, caseNumber, proceedings, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
