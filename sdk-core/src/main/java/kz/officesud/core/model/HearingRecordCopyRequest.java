package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request for a copy of the hearing record in electronic form («Заявление о выдаче копии протокола судебного
 * заседания»; the 2014 instruction on filing through «Сот кабинеті», points 17–19): the form asks the applicant's side
 * in the process, phone and postal address, the region and the court, the case number, and the case's plaintiffs
 * (defendant, convicted person) and defendants (victim); the application itself is a document. The e-government portal
 * leads to this service too (the 2018 rules, §4). It bears no state fee. The court fixes the region.
 *
 * @param court the court that held the hearing
 * @param caseNumber the case's number at that court
 * @param side the applicant's side in the process
 * @param phone the applicant's phone number
 * @param postalAddress the applicant's postal address
 * @param plaintiffs the case's plaintiffs (in a criminal case: the defendant or convicted person), by name
 * @param defendants the case's defendants (in a criminal case: the victim), by name
 * @param statement the application itself
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record HearingRecordCopyRequest(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        @Nullable PartySide side,
        @Nullable String phone,
        @Nullable String postalAddress,
        List<String> plaintiffs,
        List<String> defendants,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, HearingRecordForm {

    public HearingRecordCopyRequest {
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
        return new Builder()
                .from(court, List.of(), statement, annexes, powersOfAttorney)
                .form(this);
    }

    @Override
    public CourtService service() {
        return CourtService.HEARING_RECORD_COPY_REQUEST;
    }

    /**
     * Builds a {@link HearingRecordCopyRequest}; {@link #build()} accepts an incomplete draft, which validation
     * reports.
     */
    public static final class Builder extends HearingRecordBuilder<Builder> {
        private Builder() {}

        @Override
        public HearingRecordCopyRequest build() {
            return new HearingRecordCopyRequest(
                    court,
                    caseNumber,
                    side,
                    phone,
                    postalAddress,
                    plaintiffs,
                    defendants,
                    statement,
                    annexes,
                    powersOfAttorney);
        }
    }
}
