package kz.officesud.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.CancelCourtOrder;
import kz.officesud.core.model.CassationComplaint;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.NewlyDiscoveredCircumstances;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.PrivateComplaint;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.SetAsideDefaultJudgment;
import kz.officesud.core.model.Tenge;

/**
 * The civil-proceedings filings' own rules: the sides of a claim in each kind of proceedings, the amount of a
 * court order, who may ask to set aside a default judgment or to cancel a court order, and the circumstances of a
 * review. Which court takes each of them is their {@linkplain Filing#caseKind() kind}, judged by {@link
 * CourtJurisdiction}.
 */
final class CivilRules {
    private CivilRules() {}

    /** The sides a claim names in each kind of proceedings, and the sides it must have. */
    private static final Map<Proceedings, Set<PartySide>> FOREIGN_SIDES = Map.of(
            Proceedings.ACTION, Set.of(PartySide.CREDITOR, PartySide.DEBTOR),
            Proceedings.SPECIAL_ACTION, Set.of(PartySide.CREDITOR, PartySide.DEBTOR),
            Proceedings.SPECIAL, Set.of(PartySide.PLAINTIFF, PartySide.DEFENDANT, PartySide.CREDITOR, PartySide.DEBTOR),
            Proceedings.COURT_ORDER, Set.of(PartySide.PLAINTIFF, PartySide.DEFENDANT));

    /**
     * A claim names the sides of its proceedings (the Civil Procedure Code; seed 000 §2.1 lists the sides the form
     * offers):
     *
     * <ul>
     *   <li>action proceedings (исковое): at least one plaintiff and one defendant;
     *   <li>special action proceedings (особое исковое), heard by the rules of an action with the Code's exceptions:
     *       at least one plaintiff or applicant (заявитель), and one defendant;
     *   <li>special proceedings (особое), where no right is disputed: an applicant, and neither plaintiff nor
     *       defendant (an interested person is another participant);
     *   <li>court-order proceedings (приказное): at least one creditor (взыскатель) and one debtor (должник), and
     *       neither plaintiff nor defendant.
     * </ul>
     *
     * A creditor or debtor outside court-order proceedings is a violation too. A claim with no proceedings yet is
     * held to the action's sides, the form's first choice.
     */
    static List<Violation> claimParties(Filing filing, ValidationOptions options) {
        if (!(filing instanceof Claim claim)) {
            return List.of();
        }
        Proceedings proceedings = claim.proceedings();
        List<Violation> out = new ArrayList<>();
        if (proceedings == null || proceedings == Proceedings.ACTION) {
            require(out, claim, PartySide.PLAINTIFF, "claim.plaintiff.required");
            require(out, claim, PartySide.DEFENDANT, "claim.defendant.required");
        } else if (proceedings == Proceedings.SPECIAL_ACTION) {
            if (claim.participants(PartySide.PLAINTIFF).isEmpty()
                    && claim.participants(PartySide.APPLICANT).isEmpty()) {
                out.add(Violation.of("participants", null, "claim.plaintiffOrApplicant.required"));
            }
            require(out, claim, PartySide.DEFENDANT, "claim.defendant.required");
        } else if (proceedings == Proceedings.SPECIAL) {
            require(out, claim, PartySide.APPLICANT, "claim.applicant.required");
        } else {
            require(out, claim, PartySide.CREDITOR, "claim.creditor.required");
            require(out, claim, PartySide.DEBTOR, "claim.debtor.required");
        }
        if (proceedings != null) {
            Set<PartySide> foreign = FOREIGN_SIDES.get(proceedings);
            List<Participant> participants = claim.participants();
            for (int i = 0; i < participants.size(); i++) {
                PartySide side = participants.get(i).side();
                if (foreign.contains(side)) {
                    out.add(new Violation(
                            FilingPaths.participant(i) + ".side",
                            side.name(),
                            foreignSideKey(proceedings),
                            Map.of("side", side)));
                }
            }
        }
        return out;
    }

    private static String foreignSideKey(Proceedings proceedings) {
        return switch (proceedings) {
            case SPECIAL -> "claim.side.special";
            case COURT_ORDER -> "claim.side.courtOrder";
            default -> "claim.side.creditorOrDebtor";
        };
    }

    private static void require(List<Violation> out, Filing filing, PartySide side, String key) {
        if (filing.participants(side).isEmpty()) {
            out.add(Violation.of("participants", null, key));
        }
    }

    /**
     * A court order recovers money or property of a value (the claim amount), so in court-order proceedings the
     * amount is more than zero; zero stands only for a non-property claim of the other proceedings.
     */
    static List<Violation> courtOrderAmount(Filing filing, ValidationOptions options) {
        if (filing instanceof Claim claim && claim.proceedings() == Proceedings.COURT_ORDER) {
            Tenge amount = claim.claimAmount();
            if (amount != null && amount.isZero()) {
                return List.of(new Violation(
                        "claimAmount",
                        amount.toString(),
                        "claim.courtOrder.claimAmount.positive",
                        Map.of("value", amount.toString())));
            }
        }
        return List.of();
    }

    /**
     * Who asks: a default judgment is set aside on the application of the defendant who was absent from the
     * hearing, a court order is cancelled on the debtor's objections; the participants name that side.
     */
    static List<Violation> applicantSide(Filing filing, ValidationOptions options) {
        List<Violation> out = new ArrayList<>();
        if (filing instanceof SetAsideDefaultJudgment) {
            require(out, filing, PartySide.DEFENDANT, "setAsideDefaultJudgment.defendant.required");
        } else if (filing instanceof CancelCourtOrder) {
            require(out, filing, PartySide.DEBTOR, "cancelCourtOrder.debtor.required");
        }
        return out;
    }

    /**
     * The appeal, the private complaint, the cassation complaint and the review on newly discovered circumstances
     * name the kind of proceedings the case was heard in: their forms ask «тип производства» (seed 000 §2.2.1–2.2.3).
     */
    static List<Violation> reviewProceedings(Filing filing, ValidationOptions options) {
        Proceedings proceedings;
        if (filing instanceof Appeal appeal) {
            proceedings = appeal.proceedings();
        } else if (filing instanceof PrivateComplaint complaint) {
            proceedings = complaint.proceedings();
        } else if (filing instanceof CassationComplaint complaint) {
            proceedings = complaint.proceedings();
        } else if (filing instanceof NewlyDiscoveredCircumstances review) {
            proceedings = review.proceedings();
        } else {
            return List.of();
        }
        return proceedings != null ? List.of() : List.of(Violation.of("proceedings", null, "proceedings.required"));
    }

    /** A review on newly discovered or new circumstances says which. */
    static List<Violation> circumstances(Filing filing, ValidationOptions options) {
        if (filing instanceof NewlyDiscoveredCircumstances review && review.circumstances() == null) {
            return List.of(Violation.of("circumstances", null, "circumstances.required"));
        }
        return List.of();
    }
}
