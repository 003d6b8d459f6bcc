package kz.officesud.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A response («Отзыв») to a claim or a complaint in a civil case the court already has (seed 000 §2.3, item 1): a
 * participant's answer, which the judge passes on to the other parties. It bears no state fee.
 *
 * @param court the court the case is at
 * @param caseNumber the case's number at that court
 * @param participants the filer and the other participants, as the filer names them
 * @param summary what the filer asks or states, in a few words
 * @param statement the response itself (the file of the отзыв)
 * @param annexes the documents annexed to it, one file per document
 * @param powersOfAttorney the documents of a representative's authority (доверенность)
 */
public record Response(
        @Nullable Court court,
        @Nullable CaseNumber caseNumber,
        List<Participant> participants,
        @Nullable String summary,
        @Nullable Attachment statement,
        List<Attachment> annexes,
        List<Attachment> powersOfAttorney)
        implements Filing, FiledInCase {

    public Response {
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        annexes = List.copyOf(Objects.requireNonNull(annexes, "annexes"));
        powersOfAttorney = List.copyOf(Objects.requireNonNull(powersOfAttorney, "powersOfAttorney"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder()
                .from(court, participants, statement, annexes, powersOfAttorney)
                .inCase(caseNumber, summary);
    }

    @Override
    public CourtService service() {
        return CourtService.RESPONSE;
    }

    /** Builds a {@link Response}; {@link #build()} accepts an incomplete draft, which validation reports. */
    public static final class Builder extends CaseFilingBuilder<Builder> {
        private Builder() {}

        @Override
        public Response build() {
            return new Response(court, caseNumber, participants, summary, statement, annexes, powersOfAttorney);
        }
    }
}
