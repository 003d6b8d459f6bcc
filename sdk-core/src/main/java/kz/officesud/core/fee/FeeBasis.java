package kz.officesud.core.fee;

import java.time.LocalDate;
import java.util.Objects;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.PersonKind;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import org.jspecify.annotations.Nullable;

/**
 * What the state fee is calculated from.
 *
 * @param service the service filed
 * @param proceedings the kind of proceedings, for a claim
 * @param payer whether the payer is an individual or a legal entity
 * @param claimAmount the amount of a claim of a property nature; null for one of a non-property nature
 * @param exemption the code of the exemption category claimed ({@link FeeExemption#code()}), if any
 * @param date the day of payment: the rates and the MRP in force that day apply
 */
public record FeeBasis(
        CourtService service,
        @Nullable Proceedings proceedings,
        PersonKind payer,
        @Nullable Tenge claimAmount,
        @Nullable String exemption,
        LocalDate date) {
    public FeeBasis {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(date, "date");
    }

    /**
     * The basis of a filing: its service; for a claim its proceedings, its amount, the kind of its first plaintiff
     * (or applicant) as the payer, and the exemption category it names.
     */
    public static FeeBasis of(Filing filing, LocalDate date) {
        Objects.requireNonNull(filing, "filing");
        PersonKind payer = java.util.stream.Stream.of(PartySide.PLAINTIFF, PartySide.APPLICANT)
                .flatMap(side -> filing.participants(side).stream())
                .map(Participant::party)
                .map(party -> party.kind())
                .findFirst()
                .orElse(PersonKind.INDIVIDUAL);
        if (filing instanceof Claim claim) {
            String exemption = claim.stateFee() instanceof StateFee.Exempt exempt ? exempt.exemptionCategory() : null;
            return new FeeBasis(filing.service(), claim.proceedings(), payer, claim.claimAmount(), exemption, date);
        }
        return new FeeBasis(filing.service(), null, payer, null, null, date);
    }
}
