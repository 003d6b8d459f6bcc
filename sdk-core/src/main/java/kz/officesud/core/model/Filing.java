package kz.officesud.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document sent to a court through the court office: a claim, a complaint, a motion, a letter… One
 * record type per service (SPEC §3); {@link Claim} first, the others join the {@code permits} list as they
 * are modelled. A filing may be incomplete (a draft, «Ожидает отправки»): {@code FilingValidator} reports
 * every problem.
 */
public sealed interface Filing permits Claim {

    /** The service this filing belongs to. */
    CourtService service();

    /** The court it is addressed to; absent only in an incomplete draft. */
    @Nullable
    Court court();

    /** Every participant, in the order entered. */
    List<Participant> participants();

    /** Every document file, the main document first. */
    List<Attachment> documents();

    /** The participants on {@code side}, in order. */
    default List<Participant> participants(PartySide side) {
        return participants().stream().filter(p -> p.side() == side).toList();
    }
}
