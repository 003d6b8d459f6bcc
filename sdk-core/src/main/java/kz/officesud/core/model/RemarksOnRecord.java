package kz.officesud.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Remarks on the hearing record («Замечания на протокол судебного заседания»): a participant's corrections to the
 * record of a hearing. One service, reached from the court office's documents in a case (seed 000 §2.3, item 5), from
 * its hearing-record section and from the e-government portal (the 2018 rules, §4); its form is that of the 2014
 * instruction on filing through «Сот кабинеті», points 20–22: the fields of a {@link HearingRecordCopyRequest} and
 * the date of the record. The remarks themselves are a document. It bears no state fee.
 *
 * @param court the court that held the hearing
 * @param caseNumber the case's number at that court
 * @param side the applicant's side in the process
 * @param phone the applicant's phone number
 * @param postalAddress the applicant's postal address
 * @param plaintiffs the case's plaintiffs (in a criminal case: the defendant or convicted person), by name
 * @param defendants the case's defendants (in a criminal case: the victim), by name
 * @param recordDate the date of the hearing record remarked on
 * @param statement the remarks themselves
 * @param annexes the documents annexed to them, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record RemarksOnRecord(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        @Nullable PartySide side,
        @Nullable String phone,
        @Nullable String postalAddress,
        List<String> plaintiffs,
        List<String> defendants,
        @Nullable LocalDate recordDate,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, HearingRecordForm {

    public RemarksOnRecord {
        plaintiffs = List.copyOf(Objects.requireNonNull(plaintiffs, "plaintiffs"));
        defendants = List.copyOf(Objects.requireNonNull(defendants, "defendants"));
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder()
                .from(court, List.of(), statement, annexes, powersOfAttorney)
                .form(this);
        b.recordDate = recordDate;
        return b;
    }

    @Override
    public CourtService service() {
        return CourtService.REMARKS_ON_RECORD;
    }

    /** Builds {@link RemarksOnRecord}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends HearingRecordBuilder<Builder> {
        private @Nullable LocalDate recordDate;

        private Builder() {}

        /** The date of the hearing record remarked on. */
        public Builder recordDate(LocalDate recordDate) {
            this.recordDate = Objects.requireNonNull(recordDate, "recordDate");
            return this;
        }

        @Override
        public RemarksOnRecord build() {
            return new RemarksOnRecord(
                    court,
                    caseNumber,
                    side,
                    phone,
                    postalAddress,
                    plaintiffs,
                    defendants,
                    recordDate,
                    statement,
                    annexes,
                    powersOfAttorney);
        }
    }
}
