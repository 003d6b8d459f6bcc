package kz.officesud.core.validation;

import java.util.ArrayList;
import java.util.List;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.StateFee;

/** The paths of a filing's parts, as {@link Violation#path()} names them (its JSON property names). */
public final class FilingPaths {
    private FilingPaths() {}

    /** {@code participants[i]}. */
    public static String participant(int index) {
        return "participants[" + index + "]";
    }

    /**
     * Every file of {@code filing} with its path: for a claim the statement ({@code statement}), the annexes
     * ({@code annexes[i]}) and a state-fee receipt ({@code stateFee.receipt}).
     */
    public static List<LocatedAttachment> attachments(Filing filing) {
        List<LocatedAttachment> out = new ArrayList<>();
        if (filing instanceof Claim claim) {
            if (claim.statement() != null) {
                out.add(new LocatedAttachment("statement", claim.statement()));
            }
            for (int i = 0; i < claim.annexes().size(); i++) {
                out.add(new LocatedAttachment(
                        "annexes[" + i + "]", claim.annexes().get(i)));
            }
            if (claim.stateFee() instanceof StateFee.Receipt receipt && receipt.receipt() != null) {
                out.add(new LocatedAttachment("stateFee.receipt", receipt.receipt()));
            }
        }
        return List.copyOf(out);
    }
}
