package kz.officesud.core.wire;

import java.time.LocalDate;
import java.util.Objects;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.Region;

/**
 * A case the search found: what the public may know of it — never its participants' data or documents.
 *
 * @param caseNumber the case number
 * @param courtCode the court's 4-digit code
 * @param courtName the court's name
 * @param region the court's region
 * @param form the form of proceedings
 * @param registeredOn the day the case was registered
 * @param archived whether the case is finished and in the court's archive
 */
public record CaseSummary(
        String caseNumber,
        String courtCode,
        String courtName,
        Region region,
        ProceedingsForm form,
        LocalDate registeredOn,
        boolean archived) {
    public CaseSummary {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(courtCode, "courtCode");
        Objects.requireNonNull(courtName, "courtName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }
}
