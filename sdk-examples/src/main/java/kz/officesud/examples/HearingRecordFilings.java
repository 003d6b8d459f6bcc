package kz.officesud.examples;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.HearingRecordCopyRequest;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.RemarksOnRecord;
import kz.officesud.core.model.Talon;

/**
 * The hearing record («Протокол судебного заседания»): a request for a copy of the record, and remarks on it (also the
 * fifth of the documents in a case). The forms ask the applicant's side in the process, phone and postal address, and
 * the case's plaintiffs and defendants by name; the remarks, the date of the record, which is not after the filing's.
 * Each files with {@link kz.officesud.filing.CourtSession#file} and returns the court's talon; neither bears a state
 * fee.
 *
 * <pre>
 * java -cp sdk-examples/target/officesud-demo.jar kz.officesud.examples.HearingRecordFilings [--list] [example...]
 * </pre>
 */
public final class HearingRecordFilings {
    /** The applicant's phone number, as people write it. */
    static final String PHONE = "+7 701 234 56 78";

    /** The applicant's postal address. */
    static final String ADDRESS = "050000, г. Алматы, пр. Абая, 1, кв. 2";

    /** Every example of the group. */
    public static final List<Example> EXAMPLES = List.of(
            new Example(
                    "hearing-record-copy",
                    CourtService.HEARING_RECORD_COPY_REQUEST,
                    "a copy of the record in electronic form",
                    HearingRecordFilings::hearingRecordCopy),
            new Example(
                    "remarks-on-record",
                    CourtService.REMARKS_ON_RECORD,
                    "remarks on last week's record",
                    HearingRecordFilings::remarksOnRecord));

    private HearingRecordFilings() {}

    public static void main(String[] args) {
        System.exit(Examples.main("HearingRecordFilings", EXAMPLES, args, System.out, System.err));
    }

    /** «Заявление о выдаче копии протокола судебного заседания»: the plaintiff asks for the record of the hearing. */
    static Talon hearingRecordCopy(ExampleUser user) throws IOException {
        HearingRecordCopyRequest request = HearingRecordCopyRequest.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CaseNumber.parse(CivilFilings.CASE))
                .side(PartySide.PLAINTIFF)
                .phone(PHONE)
                .postalAddress(ADDRESS)
                .plaintiffs(user.party().name())
                .defendants(CivilFilings.COMPANY.name())
                .document(user.document("Заявление о выдаче копии протокола судебного заседания"))
                .build();
        return user.session().file(request, user.key());
    }

    /** «Замечания на протокол судебного заседания»: on the record of a hearing held a week ago. */
    static Talon remarksOnRecord(ExampleUser user) throws IOException {
        RemarksOnRecord remarks = RemarksOnRecord.builder()
                .court(CivilFilings.COURT)
                .caseNumber(CaseNumber.parse(CivilFilings.CASE))
                .side(PartySide.PLAINTIFF)
                .phone(PHONE)
                .postalAddress(ADDRESS)
                .plaintiffs(user.party().name())
                .defendants(CivilFilings.COMPANY.name())
                .recordDate(LocalDate.now(ZoneId.of("Asia/Almaty")).minusDays(7))
                .document(user.document(
                        "Замечания на протокол судебного заседания",
                        "В протоколе не отражено ходатайство истца о вызове свидетеля."))
                .build();
        return user.session().file(remarks, user.key());
    }
}
