package kz.officesud.core.wire;

import java.time.LocalDate;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.PersonKind;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.Tenge;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /state-fee/calculations}: what the cabinet calculates the state fee from (seed 001: the cabinet
 * calculates the fee).
 *
 * @param service the service filed
 * @param proceedings the kind of proceedings, for a claim
 * @param payer whether the payer is an individual or a legal entity
 * @param claimAmount the amount of a claim of a property nature; absent for one of a non-property nature
 * @param exemption the code of an exemption category the payer claims, if any
 * @param date the day of payment (the MRP in force that day); today when absent
 */
public record FeeCalculationForm(
        @Nullable CourtService service,
        @Nullable Proceedings proceedings,
        @Nullable PersonKind payer,
        @Nullable Tenge claimAmount,
        @Nullable String exemption,
        @Nullable LocalDate date) {}
