package kz.officesud.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form of the two hearing-record services (the 2014 instruction on filing through «Сот кабинеті», points 17 and
 * 20): the applicant's side in the process, then the case's parties by name — «истцы по делу (подсудимый, осужденный)»
 * and «ответчики по делу (потерпевший)»: in a criminal case the defendant or convicted person stands in the first
 * list and the victim in the second. The names are as the applicant writes them; the form asks no identity numbers.
 */
public sealed interface HearingRecordForm extends FiledInCase, TakesApplicantContacts
        permits HearingRecordCopyRequest, RemarksOnRecord {

    /** The applicant's side in the process (сторона процесса); absent only in an incomplete draft. */
    @Nullable
    PartySide side();

    /** The plaintiffs of the case (in a criminal case: the defendant or convicted person), by name. */
    List<String> plaintiffs();

    /** The defendants of the case (in a criminal case: the victim), by name; a case may have none. */
    List<String> defendants();
}
